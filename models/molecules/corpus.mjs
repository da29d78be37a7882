#!/usr/bin/env node
/**
 * The molecule corpus: the MOSES data set (Polykovskiy et al., Front. Pharmacol. 2020), as shipped in
 * the `molsets` 0.3.1 wheel on PyPI (MIT licence, Insilico Medicine). Fetched with pip from the
 * registry into models/molecules/data/ (not committed) and unpacked to plain files:
 *   train.smi (1,584,663 SMILES), test.smi (176,074), test_scaffolds.smi (scaffold split test set).
 * Idempotent: does nothing when the files are there. Usage: node models/molecules/corpus.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, inflateRawSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DATA = path.join(here, 'data');
const WHEEL = 'molsets==0.3.1';
const FILES = { 'train.smi': 'moses/dataset/data/train.csv.gz', 'test.smi': 'moses/dataset/data/test.csv.gz', 'test_scaffolds.smi': 'moses/dataset/data/test_scaffolds.csv.gz' };

/** Reads one member of a zip archive (stored or deflated), enough for a wheel. */
function zipMember(archive, name) {
  let eocd = archive.length - 22;
  while (eocd >= 0 && archive.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const entries = archive.readUInt16LE(eocd + 10);
  let p = archive.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = archive.readUInt16LE(p + 10);
    const size = archive.readUInt32LE(p + 20);
    const nameLength = archive.readUInt16LE(p + 28);
    const extra = archive.readUInt16LE(p + 30);
    const comment = archive.readUInt16LE(p + 32);
    const local = archive.readUInt32LE(p + 42);
    const entry = archive.toString('utf8', p + 46, p + 46 + nameLength);
    if (entry === name) {
      const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
      const body = archive.subarray(start, start + size);
      return method === 0 ? body : inflateRawSync(body);
    }
    p += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the wheel`);
}

export async function ensureCorpus() {
  if (Object.keys(FILES).every(f => existsSync(path.join(DATA, f)))) return DATA;
  mkdirSync(DATA, { recursive: true });
  const python = path.join(here, '..', '..', '.venv', 'bin', 'python');
  execFileSync(existsSync(python) ? python : 'python3', ['-m', 'pip', 'download', '--quiet', '--disable-pip-version-check', '--no-deps', '-d', DATA, WHEEL], { stdio: 'inherit' });
  const wheel = readdirSync(DATA).find(f => f.startsWith('molsets-') && f.endsWith('.whl'));
  const archive = readFileSync(path.join(DATA, wheel));
  for (const [file, member] of Object.entries(FILES)) {
    const lines = gunzipSync(zipMember(archive, member)).toString('utf8').split('\n');
    // The CSVs have a header (SMILES, and SPLIT in some); keep the first field of each row.
    // Written whole then renamed: an interrupted run must not leave a short file that looks complete.
    writeFileSync(path.join(DATA, `${file}.tmp`), lines.slice(1).map(l => l.split(',')[0].trim()).filter(Boolean).join('\n') + '\n');
    renameSync(path.join(DATA, `${file}.tmp`), path.join(DATA, file));
  }
  return DATA;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = await ensureCorpus();
  for (const f of Object.keys(FILES)) console.log(path.join(dir, f));
}
