import { describe, expect, it } from 'vitest';
import { preparedBundledPacks } from '../../src/cli/load';
import { analyse } from '../../src/engine/analyse';
import { detectFormality } from '../../src/engine/compose';
import { compilePacks } from '../../src/packs/compile';

// Every opener and closer a whole-draft rewrite can add must do its step, in its own language, and
// raise nothing: otherwise "De-escalate this reply" would itself add something to fix.
const packs = preparedBundledPacks();
const compiled = compilePacks(packs);

describe.each(packs.map((p) => [p.language, p] as const))('compose data of %s', (language, pack) => {
  const compose = pack.compose!;
  const variants = [...(compose.openers ?? []), ...(compose.closers ?? [])];

  it('has 3+ openers for acknowledge and apologize and 3+ closers for anything_else, for each address', () => {
    for (const formality of ['formal', 'informal'] as const) {
      const fits = (v: { formality?: string }): boolean => (v.formality ?? 'both') === 'both' || v.formality === formality;
      for (const step of ['acknowledge', 'apologize'] as const) {
        expect(compose.openers!.filter((v) => v.step === step && fits(v)).length, `${step} ${formality}`).toBeGreaterThanOrEqual(3);
      }
      expect(compose.closers!.filter((v) => v.step === 'anything_else' && fits(v)).length, formality).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(variants.map((v) => [v.text, v] as const))('%s', (text, v) => {
    const a = analyse(text, compiled);
    expect(a.language).toBe(language);
    expect(a.steps[v.step].done).toBe(true);
    expect(a.findings.map((f) => f.rule)).toEqual([]);
    // A sentence tagged for one address must read as that address.
    if (v.formality === 'informal' || v.formality === 'formal') expect(detectFormality(text, compose)).toBe(v.formality);
  });
});
