/** Every notebook in notebooks/ has a test here that executes it and asserts its outputs. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { notebooks } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

it('each notebook has its own test file', () => {
  const missing = notebooks().filter(nb => !existsSync(path.join(here, nb.replace(/\.ipynb$/, '.test.mjs'))));
  assert.deepEqual(missing, []);
});
