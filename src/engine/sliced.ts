import { analyse, type AnalyseOptions } from './analyse';
import type { CompiledPacks } from './compiled';
import { STEP_IDS, type Analysis } from './types';

/** About this many characters per slice: ~1 ms of work, far under a 16 ms frame. */
export const SLICE_CHARS = 4000;

/** Where to cut `text` near every SLICE_CHARS characters: right after a line break or sentence end. */
export function sliceBounds(text: string, size = SLICE_CHARS): number[] {
  const bounds = [0];
  let at = 0;
  while (text.length - at > size * 1.5) {
    const target = at + size;
    // Prefer a paragraph, then a sentence end; a text with neither is cut at a space (a phrase split
    // there can be missed, which beats freezing the page on a 100 000-character paste of one line).
    let cut = text.indexOf('\n', target);
    if (cut < 0 || cut > target + size / 2) {
      const m = /[.!?。！？]\s/u.exec(text.slice(target, target + size / 2));
      cut = m !== null ? target + m.index + 1 : text.indexOf(' ', target);
    }
    if (cut < 0 || cut > target + size) cut = target;
    // Never cut a surrogate pair in two.
    if (cut > 0 && /[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut++;
    bounds.push(cut);
    at = cut;
  }
  bounds.push(text.length);
  return bounds;
}

/**
 * Analyses a long text in slices, yielding between them so the caller can give the page its frame
 * back (the content script resumes on the next idle period). The result equals `analyse` on text
 * short enough for one slice; on longer text a phrase across a cut may be missed, never misplaced.
 */
export function* analyseSliced(text: string, packs: CompiledPacks, options: AnalyseOptions = {}): Generator<void, Analysis, void> {
  const bounds = sliceBounds(text);
  if (bounds.length === 2) return analyse(text, packs, options);
  const result: Analysis = { language: 'und', findings: [], steps: Object.fromEntries(STEP_IDS.map((id) => [id, { done: false }])) as Analysis['steps'] };
  const charsByLanguage = new Map<string, number>();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const part = analyse(text.slice(from, bounds[i + 1]!), packs, options);
    charsByLanguage.set(part.language, (charsByLanguage.get(part.language) ?? 0) + bounds[i + 1]! - from);
    for (const f of part.findings) result.findings.push({ ...f, start: f.start + from, end: f.end + from });
    for (const id of STEP_IDS) {
      const step = part.steps[id];
      if (!result.steps[id].done && step.done && step.evidence !== undefined) {
        result.steps[id] = { done: true, evidence: { ...step.evidence, start: step.evidence.start + from, end: step.evidence.end + from } };
      }
    }
    if (i + 2 < bounds.length) yield;
  }
  result.language = [...charsByLanguage.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return result;
}

/** Runs `analyseSliced` to the end at once (CLI, tests). */
export function analyseAll(text: string, packs: CompiledPacks, options: AnalyseOptions = {}): Analysis {
  const it = analyseSliced(text, packs, options);
  for (;;) {
    const r = it.next();
    if (r.done === true) return r.value;
  }
}
