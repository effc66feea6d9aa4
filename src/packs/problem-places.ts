import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError, type Segment } from 'jsonc-parser';
import type { PackProblem } from './errors';
import type { Pack } from './pack';
import { validatePackText } from './validate';

/** A pack problem with the place in the pack text it is about, for an editor to point at. */
export interface PlacedProblem extends PackProblem {
  /** UTF-16 offset and length of the offending value (or of its nearest enclosing one). */
  offset: number;
  length: number;
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

/**
 * A problem path as validatePack writes it (`rules[3].patterns[0]`, `steps.clarify.patterns[1]`,
 * `contractions["won't"]`) as JSON path segments.
 */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  const re = /\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|\.?([^.[\]]+)/gy;
  for (let m = re.exec(path); m !== null && m[0] !== ''; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(JSON.parse(`"${m[1]}"`) as string);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[3]!);
  }
  return out;
}

/** The node at a path, or at the nearest enclosing path that exists (a missing field points at its object). */
function nodeAt(root: Node, segments: Segment[]): Node {
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (node !== undefined) return node;
  }
  return root;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const place = (text: string, offset: number, length: number): Pick<PlacedProblem, 'offset' | 'length' | 'line' | 'column'> => ({ offset, length, ...lineColumn(text, offset) });

/**
 * Validates pack text as validatePackText does, and places every problem in the text: broken JSON
 * where the parser stopped, anything else at the value its path names.
 */
export function placedProblems(text: string, origin: string): { pack?: Pack; problems: PlacedProblem[] } {
  const v = validatePackText(text, origin);
  if (v.pack !== undefined) return { pack: v.pack, problems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  // Too big: one problem about the whole pack, whatever else is wrong with it.
  if (root === undefined || (errors.length > 0 && v.problems[0]?.message.startsWith('is not valid JSON') !== true)) {
    return { problems: v.problems.map((p) => ({ ...p, ...place(text, 0, 0) })) };
  }
  if (errors.length > 0) {
    // Every syntax error, each where the parser met it (validatePackText names only the first).
    return {
      problems: errors.map((e) => ({
        origin,
        path: '',
        message: `is not valid JSON: ${printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`,
        ...place(text, e.offset, e.length),
      })),
    };
  }
  return { problems: placeAll(text, root, v.problems) };
}

const placeAll = (text: string, root: Node, problems: readonly PackProblem[]): PlacedProblem[] =>
  problems.map((p) => {
    const node = nodeAt(root, pathSegments(p.path));
    return { ...p, ...place(text, node.offset, node.length) };
  });

/** Places problems found by other checks (paths as validatePack writes them) in valid JSON text. */
export function placeProblems(text: string, problems: readonly PackProblem[]): PlacedProblem[] {
  const root = parseTree(text);
  return root === undefined ? problems.map((p) => ({ ...p, ...place(text, 0, 0) })) : placeAll(text, root, problems);
}
