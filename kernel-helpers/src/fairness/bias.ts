/**
 * Data bias before any model: how each group is represented against a reference population,
 * the label's prevalence by group, and missing values by group; and Kamiran & Calders'
 * reweighing (2012), the weights w(g, y) = P(g)·P(y) / P(g, y) that make label and group independent.
 */
import { groupLabel as label, MISSING_GROUP } from './frame';

export interface Representation {
  group: string;
  count: number;
  share: number;
  reference?: number;
  /** share / reference: below 1 the group is under-represented. */
  ratio?: number;
}

export function representation(groups: ArrayLike<unknown>, reference: Record<string, number> = {}): Representation[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < groups.length; i++) counts.set(label(groups[i]), (counts.get(label(groups[i])) ?? 0) + 1);
  const names = [...new Set([...counts.keys(), ...Object.keys(reference)])].sort();
  return names.map(group => {
    const count = counts.get(group) ?? 0;
    const share = count / groups.length;
    const ref = reference[group];
    return { group, count, share, ...(ref !== undefined ? { reference: ref, ratio: ref === 0 ? NaN : share / ref } : {}) };
  });
}

export function labelPrevalence(yTrue: ArrayLike<number>, groups: ArrayLike<unknown>): { group: string; count: number; prevalence: number }[] {
  const sums = new Map<string, [number, number]>();
  for (let i = 0; i < yTrue.length; i++) {
    const s = sums.get(label(groups[i])) ?? [0, 0];
    s[0] += yTrue[i] === 1 ? 1 : 0;
    s[1]++;
    sums.set(label(groups[i]), s);
  }
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([group, [pos, n]]) => ({ group, count: n, prevalence: pos / n }));
}

/** Share of missing values (null, undefined, '', NaN) of each column within each group. */
export function missingness(columns: Record<string, ArrayLike<unknown>>, groups: ArrayLike<unknown>): { group: string; column: string; missing: number }[] {
  const out: { group: string; column: string; missing: number }[] = [];
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < groups.length; i++) {
    const g = label(groups[i]);
    const rows = byGroup.get(g);
    if (rows) rows.push(i);
    else byGroup.set(g, [i]);
  }
  for (const [group, rows] of [...byGroup].sort(([a], [b]) => a.localeCompare(b))) {
    for (const [column, values] of Object.entries(columns)) {
      out.push({ group, column, missing: rows.filter(i => label(values[i]) === MISSING_GROUP).length / rows.length });
    }
  }
  return out;
}

/** Kamiran & Calders reweighing: one weight per row. */
export function reweighing(yTrue: ArrayLike<number>, groups: ArrayLike<unknown>): Float64Array {
  const n = yTrue.length;
  const byGroup = new Map<string, number>();
  const byLabel = new Map<number, number>();
  const byBoth = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const g = label(groups[i]);
    byGroup.set(g, (byGroup.get(g) ?? 0) + 1);
    byLabel.set(yTrue[i], (byLabel.get(yTrue[i]) ?? 0) + 1);
    byBoth.set(`${g}\u0000${yTrue[i]}`, (byBoth.get(`${g}\u0000${yTrue[i]}`) ?? 0) + 1);
  }
  return Float64Array.from({ length: n }, (_, i) => {
    const g = label(groups[i]);
    return (byGroup.get(g)! * byLabel.get(yTrue[i])!) / (n * byBoth.get(`${g}\u0000${yTrue[i]}`)!);
  });
}
