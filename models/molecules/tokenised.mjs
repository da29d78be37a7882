#!/usr/bin/env node
/**
 * The MOSES corpus as token ids, for both trainers: `train.mjs` (TensorFlow.js) reads it in memory, and
 * `train_gpu.py` (PyTorch) reads the files this script writes, so that both train on the same ids from
 * the same vocabulary, made by the same tokeniser and SELFIES encoder.
 *
 *   node models/molecules/tokenised.mjs --notation selfies --out models/molecules/data/gpu
 *
 * writes <notation>.json (vocabulary, corpus hash, shapes) and <notation>-train.u8.gz /
 * <notation>-validation.u8.gz: one row per molecule, `<start> tokens <end>` padded with 0, uint8.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ensureCorpus } from './corpus.mjs';
import { dist, writeAtomic } from './export.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const { Vocabulary } = require(path.join(dist, 'molecules', 'tokens.js'));
const { notationTokens } = require(path.join(dist, 'molecules', 'selfies.js'));

export const CORPUS = { name: 'MOSES training set', source: 'molsets 0.3.1 wheel on PyPI (moses/dataset/data/train.csv.gz)', licence: 'MIT (Insilico Medicine)' };

/** Tokens of a SMILES string in the notation (SELFIES are made by our encoder, the shipped decoder's inverse). */
export function tokeniser(notation) {
  if (notation !== 'smiles' && notation !== 'selfies') throw new Error(`--notation must be smiles or selfies, not ${notation}`);
  return notationTokens(notation);
}

/**
 * The training molecules (the first `limit` when given) as id sequences, the vocabulary they make, and the first
 * 1,024 test molecules as validation (those the vocabulary cannot write are left out). Needs RDKit loaded for SELFIES.
 */
export async function tokenisedCorpus(notation, { limit = 0 } = {}) {
  const toTokens = tokeniser(notation);
  const dataDir = await ensureCorpus();
  const readLines = f => readFileSync(path.join(dataDir, f), 'utf8').split('\n').filter(Boolean);
  let trainSmiles = readLines('train.smi');
  if (limit) trainSmiles = trainSmiles.slice(0, limit);
  const corpusHash = createHash('sha256').update(trainSmiles.join('\n')).digest('hex');
  const sequences = trainSmiles.map(toTokens);
  const vocabulary = Vocabulary.fromCorpus(sequences);
  const encoded = sequences.map(s => Int32Array.from(vocabulary.encode(s)));
  const maxLength = sequences.reduce((m, s) => Math.max(m, s.length), 0);
  const validation = readLines('test.smi').slice(0, 1024).flatMap(s => {
    try {
      return [Int32Array.from(vocabulary.encode(toTokens(s)))];
    } catch {
      return [];
    }
  });
  return { trainSmiles, corpusHash, vocabulary, encoded, maxLength, validation, toTokens };
}

/** Rows padded to one width, as bytes (every vocabulary here has fewer than 256 tokens). */
function padded(rows, width) {
  const bytes = new Uint8Array(rows.length * width);
  rows.forEach((r, i) => bytes.set(r, i * width));
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({ options: { notation: { type: 'string', default: 'smiles' }, out: { type: 'string', default: path.join(here, 'data', 'gpu') }, limit: { type: 'string', default: '0' } } });
  const { loadChemistry } = require(path.join(dist, 'molecules', 'chem.js'));
  await loadChemistry();
  const corpus = await tokenisedCorpus(args.notation, { limit: +args.limit });
  if (corpus.vocabulary.size > 256) throw new Error(`${corpus.vocabulary.size} tokens do not fit in a byte`);
  // Wide enough for every row: a test molecule may be longer than the longest training molecule.
  const width = Math.max(...corpus.encoded.map(r => r.length), ...corpus.validation.map(r => r.length));
  mkdirSync(args.out, { recursive: true });
  const file = name => path.join(args.out, `${args.notation}${name}`);
  writeAtomic(file('-train.u8.gz'), gzipSync(padded(corpus.encoded, width)));
  writeAtomic(file('-validation.u8.gz'), gzipSync(padded(corpus.validation, width)));
  const meta = { notation: args.notation, vocabulary: corpus.vocabulary.tokens.slice(3), maxLength: corpus.maxLength, width, molecules: corpus.encoded.length, validation: corpus.validation.length, corpus: { ...CORPUS, molecules: corpus.encoded.length, sha256: corpus.corpusHash } };
  writeAtomic(file('.json'), JSON.stringify(meta, null, 1) + '\n');
  console.log(JSON.stringify({ event: 'tokenised', notation: args.notation, molecules: meta.molecules, vocabulary: corpus.vocabulary.size, width, out: args.out }));
}
