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
 *
 * --variants k adds, after each molecule's row, up to k rows of the same molecule written from other atoms (its SMILES
 * rooted at seeded random atoms, then tokenised): the randomized-SMILES augmentation of Arús-Pous et al.
 * (J. Cheminform. 11:71, 2019), which makes a model learn the molecule rather than one spelling of it. A variant is
 * kept only if it is new for that molecule, uses the vocabulary of the canonical rows and is no longer than the
 * longest of them, so that the model's configuration (and `adopt.mjs`'s checks) do not change; the validation rows
 * stay canonical. Give it its own --out, and the trainer `--tokens` that folder.
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
const { notationTokens, smilesReader } = require(path.join(dist, 'molecules', 'selfies.js'));

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

/**
 * Up to `k` other spellings of each training molecule as id rows (see --variants), interleaved after its canonical row.
 * Seeded: the same corpus and seed give the same rows.
 */
export function withVariants(corpus, k, seed = 1) {
  const { Random } = require(path.join(dist, 'cohort', 'random.js'));
  const { withMol, canonicalSmiles } = require(path.join(dist, 'molecules', 'chem.js'));
  const random = new Random(seed);
  const read = smilesReader(corpus.notation);
  const rows = [];
  let added = 0;
  corpus.trainSmiles.forEach((smiles, i) => {
    rows.push(corpus.encoded[i]);
    const seen = new Set([corpus.encoded[i].join(',')]);
    withMol(smiles, mol => {
      const atoms = mol.get_num_atoms(true);
      for (let tries = 0; tries < 2 * k && seen.size <= k; tries++) {
        const rooted = mol.get_smiles(JSON.stringify({ rootedAtAtom: random.int(0, atoms - 1) }));
        let ids;
        try {
          const tokens = corpus.toTokens(rooted);
          if (tokens.length > corpus.maxLength) continue;
          ids = Int32Array.from(corpus.vocabulary.encode(tokens));
        } catch {
          continue; // a spelling the encoder refuses, or a token the canonical rows never use
        }
        const key = ids.join(',');
        if (seen.has(key)) continue;
        // Every spelling must read back as the same molecule; checked on the first thousand, where a bug would show.
        if (i < 1000 && canonicalSmiles(read(corpus.vocabulary.decode(ids))) !== canonicalSmiles(smiles)) {
          throw new Error(`variant ${rooted} of ${smiles} reads as another molecule`);
        }
        seen.add(key);
        rows.push(ids);
        added++;
      }
    });
  });
  return { rows, added };
}

/** Rows padded to one width, as bytes (every vocabulary here has fewer than 256 tokens). */
function padded(rows, width) {
  const bytes = new Uint8Array(rows.length * width);
  rows.forEach((r, i) => bytes.set(r, i * width));
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({ options: { notation: { type: 'string', default: 'smiles' }, out: { type: 'string', default: path.join(here, 'data', 'gpu') }, limit: { type: 'string', default: '0' }, variants: { type: 'string', default: '0' }, seed: { type: 'string', default: '1' } } });
  const { loadChemistry } = require(path.join(dist, 'molecules', 'chem.js'));
  await loadChemistry();
  const corpus = { notation: args.notation, ...(await tokenisedCorpus(args.notation, { limit: +args.limit })) };
  const variants = +args.variants;
  const augmented = variants ? withVariants(corpus, variants, +args.seed) : { rows: corpus.encoded, added: 0 };
  if (corpus.vocabulary.size > 256) throw new Error(`${corpus.vocabulary.size} tokens do not fit in a byte`);
  // Wide enough for every row: a test molecule may be longer than the longest training molecule.
  const width = [...corpus.validation, ...corpus.encoded].reduce((w, r) => Math.max(w, r.length), 0); // no spread: a million arguments overflow the stack
  mkdirSync(args.out, { recursive: true });
  const file = name => path.join(args.out, `${args.notation}${name}`);
  writeAtomic(file('-train.u8.gz'), gzipSync(padded(augmented.rows, width)));
  writeAtomic(file('-validation.u8.gz'), gzipSync(padded(corpus.validation, width)));
  const meta = { notation: args.notation, vocabulary: corpus.vocabulary.tokens.slice(3), maxLength: corpus.maxLength, width, molecules: augmented.rows.length, validation: corpus.validation.length, corpus: { ...CORPUS, molecules: corpus.encoded.length, sha256: corpus.corpusHash }, ...(variants ? { variants: { perMolecule: variants, added: augmented.added, seed: +args.seed } } : {}) };
  writeAtomic(file('.json'), JSON.stringify(meta, null, 1) + '\n');
  console.log(JSON.stringify({ event: 'tokenised', notation: args.notation, molecules: meta.molecules, ...(variants ? { variantsAdded: augmented.added } : {}), vocabulary: corpus.vocabulary.size, width, out: args.out }));
}
