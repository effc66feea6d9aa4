/** Timing helpers for the benchmarks: percentiles over repeated runs, measured in one process. */
export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  runs: number;
}

export function measure(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): Stats {
  // Start each series with a clean heap, so one contender's garbage is not collected on another's time.
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: times[times.length - 1]!, runs };
}

export const ms = (v: number): string => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(2)} ms`);

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}
