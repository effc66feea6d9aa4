import type { Pack, PackRule } from './pack';

const PACK_ORDER = ['$schema', 'id', 'name', 'version', 'language', 'description', 'detect', 'contractions', 'rules', 'steps', 'compose', 'disable', 'signature'];
const RULE_ORDER = ['id', 'category', 'severity', 'patterns', 'exceptions', 'message', 'why', 'suggestions', 'examples'];
const STEP_ORDER = ['acknowledge', 'apologize', 'clarify', 'ownership', 'solution', 'timeline', 'anything_else'];

function ordered<T extends object>(obj: T, order: readonly string[]): T {
  const rank = (k: string): number => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))) as T;
}

/**
 * The one way a bundled pack is written: fixed key order, two-space JSON, final newline. Diffs of
 * packs then show only real changes (scripts/format-packs.ts writes it; a test keeps it so).
 */
export function canonicalPackText(pack: Pack): string {
  const rules = pack.rules.map((r) =>
    ordered({ ...r, ...(r.examples !== undefined ? { examples: ordered(r.examples, ['flag', 'ok']) } : {}) } as PackRule, RULE_ORDER),
  );
  const steps = pack.steps !== undefined ? ordered(pack.steps, STEP_ORDER) : undefined;
  return `${JSON.stringify(ordered({ ...pack, rules, ...(steps !== undefined ? { steps } : {}) }, PACK_ORDER), null, 2)}\n`;
}
