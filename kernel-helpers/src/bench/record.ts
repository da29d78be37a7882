/** One benchmark figure, printed as one JSON line (DESIGN.md). */
export interface BenchRecord {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
  [extra: string]: unknown;
}

export function emit(record: BenchRecord): void {
  process.stdout.write(JSON.stringify(record) + '\n');
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
