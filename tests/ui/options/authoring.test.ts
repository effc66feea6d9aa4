import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/packs/pack';
import { shareableOwnPack, ownPhrasePacks } from '../../../src/packs/own-phrases';
import { validatePackText } from '../../../src/packs/validate';
import { BUNDLED_PACKS } from '../../../src/ui/options/bundled-packs';
import { packFileName } from '../../../src/ui/options/download-pack';
import { checkEditorText, checkLocalPack } from '../../../src/ui/options/local-pack-check';
import { buildLab, previewDraft } from '../../../src/ui/options/pack-lab';
import { createLabCore, type LabReply } from '../../../src/ui/options/pack-lab-core';
import { copyOfPack, newPackTemplate } from '../../../src/ui/options/pack-template';

const TEAM_TEXT = readFileSync(new URL('../../fixtures/team-pack.json', import.meta.url), 'utf8');
const FAILING_TEXT = readFileSync(new URL('../../fixtures/failing-examples-pack.json', import.meta.url), 'utf8');
const BUNDLED_IDS = BUNDLED_PACKS.map((p) => p.id);

describe('installing a local pack', () => {
  it('keeps the pack as written and a copy prepared with the word tools', () => {
    const text = TEAM_TEXT.replace('[your] ticket (is | was | has been) closed', '{close} [the] ticket');
    const { entry, problems } = checkLocalPack(text, 'team.json', BUNDLED_IDS);
    expect(problems).toEqual([]);
    expect(entry!.pack.rules[0]!.patterns).toEqual(['{close} [the] ticket']);
    // The background compiles without compromise: forms are spelled out, contractions written in.
    expect(entry!.prepared.rules[0]!.patterns[0]).toMatch(/^\(close \| closed \| closes \| closing\) \[the\] ticket$/);
    expect(Object.keys(entry!.prepared.contractions ?? {})).toContain("can't");
  });

  it('refuses a broken file naming the file, rule and field, and a bundled id', () => {
    const broken = checkLocalPack(TEAM_TEXT.replace('"custom:wording"', '"wording"'), 'team.json', BUNDLED_IDS);
    expect(broken.entry).toBeUndefined();
    expect(broken.problems).toEqual([expect.objectContaining({ origin: 'team.json', rule: 'acme.ticket-closed', path: 'rules[0].category' })]);
    const taken = checkLocalPack(TEAM_TEXT.replace('"acme-en"', '"tactful-en"'), 'team.json', BUNDLED_IDS);
    expect(taken.problems).toEqual([expect.objectContaining({ path: 'id', message: expect.stringContaining('bundled or subscribed pack') })]);
  });

  it('places the id problem in the editor too', () => {
    const text = TEAM_TEXT.replace('"acme-en"', '"tactful-en"');
    const [p] = checkEditorText(text, BUNDLED_IDS).problems;
    expect(text.slice(p!.offset, p!.offset + p!.length)).toBe('"tactful-en"');
    expect(p).toMatchObject({ line: 3, column: 9 });
  });
});

describe('the editor’s test bench', () => {
  it('previews a draft with the pack alone: findings with suggestions, and steps', () => {
    const pack = validatePackText(TEAM_TEXT, 't').pack!;
    const { lab } = buildLab({ ...pack, steps: { apologize: { patterns: ['i am sorry'] } } });
    const a = previewDraft(lab!, "I'm sorry. Your ticket's closed? No: your ticket was closed.");
    expect(a.findings.map((f) => [f.rule, f.text, f.suggestions[0]?.text])).toEqual([['acme.ticket-closed', 'your ticket was closed', 'your request is resolved']]);
    expect(a.steps.apologize.done).toBe(true);
  });

  it('runs pack test per rule, listing the failing examples', () => {
    const pack = validatePackText(FAILING_TEXT, 't').pack!;
    const { lab } = buildLab(pack);
    const asap = lab!.tests.find((r) => r.rule === 'acme.asap')!;
    expect(asap.failures.map((f) => [f.kind, f.text])).toEqual([
      ['flag', 'Reply as soon as possible.'],
      ['ok', 'We fixed it asap.'],
    ]);
    const team = buildLab(validatePackText(TEAM_TEXT, 't').pack!).lab!;
    expect(team.tests).toEqual([{ rule: 'acme.ticket-closed', examples: 3, failures: [] }]);
  });
});

describe('starting points and files', () => {
  it('the template is a valid pack whose examples pass', () => {
    const text = newPackTemplate();
    expect(checkEditorText(text, BUNDLED_IDS).problems).toEqual([]);
    const { lab } = buildLab(validatePackText(text, 't').pack!);
    expect(lab!.tests.every((r) => r.failures.length === 0 && r.examples > 0)).toBe(true);
  });

  it('a copy takes a free id and says it is a copy', () => {
    const en = BUNDLED_PACKS[0]!;
    const copy = JSON.parse(copyOfPack(en, [...BUNDLED_IDS, 'tactful-en-copy'])) as Pack;
    expect(copy).toMatchObject({ id: 'tactful-en-copy-2', name: `${en.name} (copy)` });
    expect(copy.rules).toEqual(en.rules);
  });

  it('own phrases export as a pack with ids of its own, which imports cleanly', () => {
    const [own] = ownPhrasePacks([{ phrase: 'ticket is closed', language: 'en', suggestion: 'resolved' }]).packs;
    const shared = shareableOwnPack(own!);
    expect(shared).toMatchObject({ id: 'my-phrases-en', rules: [{ id: 'my-phrases.en.1', patterns: ['ticket is closed'] }] });
    expect(checkLocalPack(JSON.stringify(shared), 'mine.json', BUNDLED_IDS).problems).toEqual([]);
    expect(packFileName(shared)).toBe('my-phrases-en-1.0.0.json');
  });
});

describe('the editor’s worker', () => {
  const TEAM = TEAM_TEXT;
  it('checks a text, then compiles it, runs its examples and previews the draft', () => {
    const replies: LabReply[] = [];
    const handle = createLabCore((r) => replies.push(r), (step) => step());
    handle({ kind: 'draft', draft: 'Your ticket was closed.' });
    handle({ kind: 'text', seq: 1, text: TEAM.replace('"custom:wording"', '"wording"'), takenIds: BUNDLED_IDS });
    expect(replies).toEqual([{ kind: 'checked', seq: 1, problems: [expect.objectContaining({ path: 'rules[0].category', rule: 'acme.ticket-closed' })] }]);
    handle({ kind: 'text', seq: 2, text: TEAM, takenIds: BUNDLED_IDS });
    expect(replies.slice(1).map((r) => [r.kind, r.seq])).toEqual([
      ['checked', 2],
      ['tests', 2],
      ['preview', 2],
    ]);
    expect(replies[1]).toMatchObject({ problems: [], rules: 1 });
    const preview = replies[3] as Extract<LabReply, { kind: 'preview' }>;
    expect(preview.analysis.findings.map((f) => f.rule)).toEqual(['acme.ticket-closed']);
    handle({ kind: 'draft', draft: 'All good.' });
    expect((replies[4] as Extract<LabReply, { kind: 'preview' }>).analysis.findings).toEqual([]);
  });

  it('drops a text that a newer one replaced before its turn came', () => {
    const replies: LabReply[] = [];
    const queue: Array<() => void> = [];
    const handle = createLabCore((r) => replies.push(r), (step) => queue.push(step));
    handle({ kind: 'text', seq: 1, text: TEAM, takenIds: BUNDLED_IDS });
    handle({ kind: 'text', seq: 2, text: TEAM, takenIds: BUNDLED_IDS });
    while (queue.length > 0) queue.shift()!();
    expect(replies.map((r) => [r.kind, r.seq])).toEqual([
      ['checked', 2],
      ['tests', 2],
    ]);
  });
});
