/**
 * What a fairness audit accepts as data: a Table (a Cohort's `table(...)` included), records, an
 * object of columns whose columns may be arrays, typed arrays or TensorFlow.js tensors, a 2-D tensor
 * with column names, CSV text, or the path of a CSV file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cohort } from '../cohort/cohort';
import { Table } from '../table/model';

export class FairnessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FairnessError';
  }
}

interface TensorLike {
  shape: number[];
  dataSync(): ArrayLike<number>;
}

const isTensor = (v: unknown): v is TensorLike =>
  v !== null && typeof v === 'object' && Array.isArray((v as TensorLike).shape) && typeof (v as TensorLike).dataSync === 'function';

/** A tensor of one value per row ([n] or [n, 1]) as a plain column. */
function tensorColumn(name: string, t: TensorLike): Float64Array {
  if (t.shape.length === 1 || (t.shape.length === 2 && t.shape[1] === 1)) return Float64Array.from(t.dataSync());
  throw new FairnessError(`column '${name}' is a tensor of shape [${t.shape.join(', ')}]: give one value per row (shape [n] or [n, 1])`);
}

export function fairnessTable(data: unknown, columns?: string[]): Table {
  if (data instanceof Cohort) {
    throw new FairnessError('data= is a Cohort: audit a table of it with the predictions added, e.g. cohort.table(["age", "sex", "race"]) joined with your model\'s outputs');
  }
  if ((Array.isArray(data) || typeof data === 'string') && data.length === 0) throw new FairnessError('the data has no rows');
  if (isTensor(data)) {
    if (data.shape.length !== 2) throw new FairnessError(`data= is a tensor of shape [${data.shape.join(', ')}]: give a 2-D tensor (rows × columns) with columns=<names>`);
    const [rows, width] = data.shape;
    if (!columns || columns.length !== width) {
      throw new FairnessError(`data= is a ${rows} × ${width} tensor: name its ${width} columns with columns=a,b,... (${columns ? `got ${columns.length}` : 'none given'})`);
    }
    const flat = data.dataSync();
    return Table.fromColumns(Object.fromEntries(columns.map((c, j) => [c, Float64Array.from({ length: rows }, (_, i) => flat[i * width + j])])));
  }
  if (typeof data === 'string' && !data.includes('\n') && /\.(csv|tsv)$/i.test(data.trim())) return csvFile(data.trim());
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && !(data instanceof Table) && Object.values(data).some(isTensor)) {
    return Table.fromColumns(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, isTensor(v) ? tensorColumn(k, v) : (v as ArrayLike<unknown>)])));
  }
  return Table.from(data);
}

/** A CSV (or TSV) file as a table, whatever its extension. */
export function csvFile(name: string): Table {
  const file = path.resolve(name);
  if (!existsSync(file)) throw new FairnessError(`no CSV file at ${file}`);
  return Table.fromCSV(readFileSync(file, 'utf8'));
}
