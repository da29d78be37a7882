#!/usr/bin/env node
/**
 * `npm run bench -- <name>`: runs one benchmark and prints JSON lines
 * {"bench", "metric", "value", "unit", "baseline", "ratio"}. Without a name, lists them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const benches = {
  'magic-overhead': '../kernel-helpers/dist/kernel/bench.js',
  lineage: '../kernel-helpers/dist/lineage/bench.js',
  cohort: '../kernel-helpers/dist/cohort/bench.js',
  fairness: '../kernel-helpers/dist/fairness/bench.js',
  molecules: '../kernel-helpers/dist/molecules/bench.js'
};

const name = process.argv[2];
if (!name || !(name in benches)) {
  console.error(`${name ? `unknown benchmark '${name}'. ` : ''}Benchmarks: ${Object.keys(benches).join(', ')}`);
  process.exit(name ? 2 : 0);
}
await require(benches[name]).run();
