/** One problem in a pack, phrased for the team lead who wrote it. */
export interface PackProblem {
  /** File path, URL or `bundled:en`. */
  origin: string;
  /** JSON path of the offending value, e.g. `rules[3].patterns[0]`. */
  path: string;
  /** The rule's id, when the problem is inside a rule. */
  rule?: string;
  message: string;
}

export function formatProblem(p: PackProblem): string {
  const where = p.rule !== undefined ? `rule "${p.rule}" (${p.path})` : p.path === '' ? 'pack' : p.path;
  return `${p.origin}: ${where}: ${p.message}`;
}

/** Thrown when packs cannot be used; carries every problem found, not just the first. */
export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PackError';
  }
}
