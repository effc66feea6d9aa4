import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';

/** One text to check: a whole file, or one record of a `.jsonl` / `.csv` file. */
export interface InputText {
  file: string;
  id?: string;
  text: string;
}

export class InputError extends Error {}

export interface InputOptions {
  /** CSV column holding the text. */
  column?: string;
  /** CSV column holding the record id (default: the row number). */
  idColumn?: string;
}

/** Reads the texts to check from files (`-` is standard input). */
export function readInputs(files: readonly string[], options: InputOptions, stdin: () => string): InputText[] {
  return files.flatMap((file) => {
    const content = file === '-' ? stdin() : readFile(file);
    const name = file === '-' ? '<stdin>' : file;
    if (file.endsWith('.jsonl')) return jsonl(name, content);
    if (file.endsWith('.csv')) return csv(name, content, options);
    return [{ file: name, text: content }];
  });
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function jsonl(file: string, content: string): InputText[] {
  const out: InputText[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      throw new InputError(`${file}:${i + 1}: not a JSON object`);
    }
    if (typeof rec !== 'object' || rec === null || typeof (rec as { text?: unknown }).text !== 'string') {
      throw new InputError(`${file}:${i + 1}: a record needs a "text" string, as in {"id": "macro-1", "text": "…"}`);
    }
    const { id, text } = rec as { id?: unknown; text: string };
    out.push({ file, id: id === undefined ? String(i + 1) : String(id), text });
  });
  return out;
}

function csv(file: string, content: string, options: InputOptions): InputText[] {
  if (options.column === undefined) throw new InputError(`${file}: name the column that holds the text with --column NAME`);
  let rows: Array<Record<string, string>>;
  try {
    rows = parseCsv(content, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (e) {
    throw new InputError(`${file}: not valid CSV (${e instanceof Error ? e.message : String(e)})`);
  }
  const header = rows.length > 0 ? Object.keys(rows[0]!) : [];
  for (const col of [options.column, options.idColumn]) {
    if (col !== undefined && rows.length > 0 && !header.includes(col)) {
      throw new InputError(`${file}: no column "${col}"; the columns are ${header.map((h) => `"${h}"`).join(', ')}`);
    }
  }
  return rows.map((row, i) => ({
    file,
    id: options.idColumn !== undefined ? (row[options.idColumn] ?? '') : String(i + 1),
    text: row[options.column!] ?? '',
  }));
}
