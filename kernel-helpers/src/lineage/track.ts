/**
 * `track(name, fn)`: the same function, recording a lineage run on every call. Inputs are the
 * arguments that are data (hashed, never stored); the result is the output.
 */
import { currentCell, lineage } from './session';
import type { DataValue } from './recorder';

export interface TrackOptions<A extends unknown[]> {
  /** Parameters to record (JSON-able); default: the non-data arguments. */
  params?: (...args: A) => Record<string, unknown>;
  /** Which arguments are data sets or models; default: arrays, typed arrays and objects. */
  inputs?: (...args: A) => Record<string, unknown>;
}

const isData = (v: unknown) => typeof v === 'object' && v !== null;

export function track<A extends unknown[], R>(name: string, fn: (...args: A) => R, options: TrackOptions<A> = {}): (...args: A) => R {
  const tracked = (...args: A): R => {
    const startedAt = new Date();
    const inputs: DataValue[] = options.inputs
      ? Object.entries(options.inputs(...args)).map(([n, value]) => ({ name: n, value }))
      : args.flatMap((value, i) => (isData(value) ? [{ name: `arg${i}`, value }] : []));
    const params = options.params ? options.params(...args) : Object.fromEntries(args.flatMap((v, i) => (isData(v) ? [] : [[`arg${i}`, v]])));
    const cell = currentCell();
    const finish = (result: { value?: unknown; error?: unknown }) => {
      void lineage().record({
        kind: 'function',
        name,
        params,
        startedAt,
        endedAt: new Date(),
        cell,
        inputs,
        outputs: 'value' in result && result.value !== undefined ? [{ name: 'value', value: result.value }] : [],
        error: result.error
      });
    };
    let result: R;
    try {
      result = fn(...args);
    } catch (error) {
      finish({ error });
      throw error;
    }
    if (result instanceof Promise) {
      return result.then(
        value => (finish({ value }), value),
        error => {
          finish({ error });
          throw error;
        }
      ) as R;
    }
    finish({ value: result });
    return result;
  };
  Object.defineProperty(tracked, 'name', { value: fn.name || name });
  return tracked;
}
