/**
 * How a cell's last value is shown (its execute_result). Capabilities register a bundler for their
 * result classes, so a `Table` as the last expression renders as a table, not as inspected text.
 */
import { inspect } from 'node:util';
import type { MimeBundle } from './bundle';

type Bundler = { matches: (value: unknown) => boolean; toBundle: (value: never) => MimeBundle };

const bundlers: Bundler[] = [];

export function registerValueBundler<T>(cls: abstract new (...args: never[]) => T, toBundle: (value: T) => MimeBundle): void {
  bundlers.push({ matches: v => v instanceof cls, toBundle: toBundle as (value: never) => MimeBundle });
}

export function valueBundle(value: unknown): MimeBundle {
  const bundler = bundlers.find(b => b.matches(value));
  if (bundler) return bundler.toBundle(value as never);
  return { 'text/plain': inspect(value, { depth: 4, maxArrayLength: 50, breakLength: 100 }) };
}
