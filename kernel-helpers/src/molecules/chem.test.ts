/** RDKit behind chem.ts: validity, canonical forms, fingerprints, problems named, and a heap that stays flat. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { canonicalSmiles, depiction, descriptorsOf, loadChemistry, morganBits, sanitizeSvg, smartsQuery, smilesProblem, tanimoto, withMol, withQuery, hasMatch } from './chem';

describe('chemistry (RDKit MinimalLib)', () => {
  before(() => loadChemistry());

  it('accepts valid SMILES, rejects invalid and empty ones', () => {
    assert.equal(canonicalSmiles('OCC'), 'CCO');
    assert.equal(canonicalSmiles('c1ccccc1O'), 'Oc1ccccc1');
    for (const bad of ['', '   ', 'C1CC', 'c1cccc1', 'CC(C)(C)(C)(C)C', 'CCX']) assert.equal(canonicalSmiles(bad), null, bad);
  });

  it('names what is wrong, with the position of a syntax error', () => {
    assert.equal(smilesProblem('C1CC('), 'syntax error at position 5');
    assert.match(smilesProblem('CC(C)(C)(C)(C)C'), /Explicit valence for atom # 1 C/);
    assert.match(smilesProblem('c1cccc1'), /Can't kekulize/);
    assert.equal(smilesProblem(''), 'it is empty');
    assert.equal(smilesProblem('CCO'), '');
    assert.throws(() => smartsQuery('[C;X'), /invalid SMARTS '\[C;X': syntax error at position 4/);
  });

  it('gives descriptors, Morgan bits and Tanimoto similarity', () => {
    const d = withMol('CC(=O)Oc1ccccc1C(=O)O', descriptorsOf)!;
    assert.ok(Math.abs(d.amw - 180.159) < 1e-3);
    assert.equal(d.NumHBD, 1);
    const a = withMol('c1ccccc1O', m => morganBits(m))!;
    assert.equal(a.length, 1024);
    assert.equal(tanimoto(a, a), 1);
    const b = withMol('c1ccccc1N', m => morganBits(m))!;
    const both = a.reduce((s, x, i) => s + (x & b[i]), 0);
    const either = a.reduce((s, x, i) => s + (x | b[i]), 0);
    assert.equal(tanimoto(a, b), both / either);
    assert.ok(withQuery('c1ccccc1', q => withMol('Cc1ccccc1', m => hasMatch(m, q))));
    assert.equal(withQuery('C(=O)O', q => withMol('CCO', m => hasMatch(m, q))), false);
  });

  it('depicts without scripts, handlers or links', () => {
    const svg = withMol('CCO', m => depiction(m))!;
    assert.match(svg, /^<svg/);
    assert.equal(sanitizeSvg('<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:x"><rect/></a><foreignObject>x</foreignObject></svg>'), '<svg><a><rect/></a></svg>');
  });

  it('frees every molecule: 30,000 parses leave the wasm heap where it was (npm run bench -- molecules does 1,000,000)', () => {
    // The wasm memory is counted in `external` and never shrinks: any leak shows as growth.
    const heap = () => process.memoryUsage().external;
    for (let i = 0; i < 2000; i++) canonicalSmiles('CC(=O)Oc1ccccc1C(=O)O');
    const start = heap();
    const smiles = ['CC(=O)Oc1ccccc1C(=O)O', 'CN1C=NC2=C1C(=O)N(C(=O)N2C)C', 'C1CC(', 'c1ccncc1CCN'];
    for (let i = 0; i < 30_000; i++) {
      const s = smiles[i % smiles.length];
      withMol(s, m => {
        morganBits(m);
        return descriptorsOf(m).NumHeavyAtoms;
      });
    }
    assert.ok(heap() - start < 1 << 20, `the heap grew by ${heap() - start} bytes: a molecule was not deleted`);
  });
});
