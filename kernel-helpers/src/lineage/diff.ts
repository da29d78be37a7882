/** What differs between two runs: parameters, seeds, cell, inputs, outputs, metrics, environment. */
import { LineageError } from './hash';
import type { RunRecord } from './record';

export interface Difference {
  path: string;
  a: unknown;
  b: unknown;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    if (Object.keys(value).length === 0 && prefix) out.set(prefix, {});
  } else out.set(prefix, value);
}

/** The comparable content of a run: what it did, not when or under which id. */
function comparable(run: RunRecord): Map<string, unknown> {
  const out = new Map<string, unknown>();
  flatten(
    {
      name: run.name,
      status: run.status,
      error: run.error,
      params: run.params,
      seeds: run.seeds,
      cell: run.cell?.sha256,
      inputs: Object.fromEntries(run.inputs.map(i => [i.name, { hash: i.hash, schema: JSON.stringify(i.schema) }])),
      outputs: Object.fromEntries(run.outputs.map(o => [o.name, { hash: o.hash, media_type: o.media_type, size: o.size }])),
      metrics: run.metrics,
      environment: run.environment,
      parents: run.parents.join(',')
    },
    '',
    out
  );
  return out;
}

export function diffRuns(a: RunRecord, b: RunRecord, options: { acrossNotebooks?: boolean } = {}): Difference[] {
  if (!options.acrossNotebooks && a.notebook !== b.notebook) {
    throw new LineageError(
      `runs ${a.id} and ${b.id} come from different notebooks (${a.notebook ?? 'no notebook'} and ${b.notebook ?? 'no notebook'}); ` +
        'a diff compares runs of one notebook. Add --across to compare them anyway.'
    );
  }
  const left = comparable(a);
  const right = comparable(b);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths
    .filter(p => JSON.stringify(left.get(p)) !== JSON.stringify(right.get(p)))
    .map(p => ({ path: p, a: left.get(p), b: right.get(p) }));
}
