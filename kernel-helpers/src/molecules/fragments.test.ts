/** Murcko scaffolds and BRICS fragments, by hand and against Python RDKit (oracles/molecules/moses_reference.py). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadChemistry, rdkit, type JSMol } from './chem';
import { bricsOfSmiles, scaffoldOfSmiles } from './fragments';

interface MoleculeReference {
  smiles: string;
  scaffold: string;
  rings: number;
  /** MolToSmiles(FragmentOnBRICSBonds(mol)): the fragments joined by '.'. */
  fragments: string;
}

const fixture = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'test-fixtures', 'molecules', 'moses-reference.json'), 'utf8')
) as { molecules: MoleculeReference[]; edgeCases: MoleculeReference[] };

/** Runs `fn` and counts the molecules RDKit made through `get_mol` that are still alive afterwards. */
function liveMoleculesAfter(fn: () => void): number {
  const module = rdkit();
  const getMol = module.get_mol;
  const made: JSMol[] = [];
  const counting = ((...args: Parameters<typeof getMol>) => {
    const mol = getMol.apply(module, args);
    if (mol) made.push(mol);
    return mol;
  }) as typeof getMol;
  // Embind picks an overload through a table on the function it finds under the name.
  Object.assign(counting, { overloadTable: (getMol as unknown as { overloadTable: unknown }).overloadTable });
  module.get_mol = counting;
  try {
    fn();
  } finally {
    module.get_mol = getMol;
  }
  return made.filter(m => !m.isDeleted()).length;
}

const scaffold = (smiles: string) => scaffoldOfSmiles(smiles)?.smiles;
const fragments = (smiles: string) => bricsOfSmiles(smiles)?.sort();

describe('Bemis–Murcko scaffolds', () => {
  before(() => loadChemistry());

  it('keeps rings and the linkers between them', () => {
    assert.deepEqual(scaffoldOfSmiles('CC(C)Cc1ccc(cc1)C(C)C(=O)O'), { smiles: 'c1ccccc1', rings: 1 }); // ibuprofen
    assert.equal(scaffold('c1ccccc1CCOc1ccccn1'), 'c1ccc(CCOc2ccccn2)cc1');
    assert.deepEqual(scaffoldOfSmiles('CCCC'), { smiles: '', rings: 0 });
    assert.equal(scaffold('CCO.c1ccccc1'), 'c1ccccc1');
  });

  it('keeps atoms double-bonded to the framework, and fills cut valences with hydrogen', () => {
    assert.equal(scaffold('CC1CCCCC1=O'), 'O=C1CCCCC1');
    assert.equal(scaffold('c1ccccc1C(=NO)c1ccccc1'), 'N=C(c1ccccc1)c1ccccc1');
    assert.equal(scaffold('Cn1cccc1'), 'c1cc[nH]c1');
  });

  it('drops stereo only where a neighbour was cut off', () => {
    assert.equal(scaffold('N[C@@H]1C[C@H]1c1ccccc1'), 'c1ccc(C2CC2)cc1');
    assert.equal(scaffold('F/C=C/C(=O)N1CCC[C@@H]1/C=C\\c1ccccc1'), 'C(=C/[C@H]1CCCN1)/c1ccccc1');
  });

  it('is undefined for an invalid SMILES', () => {
    assert.equal(scaffoldOfSmiles('C1CC'), undefined);
    assert.equal(scaffoldOfSmiles(''), undefined);
  });
});

describe('BRICS fragments', () => {
  before(() => loadChemistry());

  it('cuts an amide and an aryl–N bond, labelling each dummy with its atom’s environment', () => {
    // C(=O) is environment 1, the amide N 5, the aromatic carbon 16 (Degen et al. 2008).
    assert.deepEqual(fragments('CC(=O)Nc1ccccc1'), ['[1*]C(C)=O', '[16*]c1ccccc1', '[5*]N[5*]']);
    assert.deepEqual(fragments('CCCOCCC(=O)c1ccccc1'), ['[16*]c1ccccc1', '[3*]O[3*]', '[4*]CCC', '[4*]CCC([6*])=O']);
  });

  it('cuts acyclic C=C bonds (7–7) and leaves molecules without BRICS bonds whole', () => {
    assert.deepEqual(fragments('CC=CC'), ['[7*]=CC', '[7*]=CC']);
    assert.deepEqual(fragments('Cn1cccc1'), ['Cn1cccc1']);
    assert.deepEqual(fragments('[Na+].[O-]C(=O)c1ccccc1'), ['[16*]c1ccccc1', '[6*]C(=O)[O-]', '[Na+]']);
  });

  it('labels a ring carbon that is also environment 4 with its ring environment, as RDKit does', () => {
    assert.deepEqual(fragments('COC1(C)CCCC1'), ['[15*]C1(C)CCCC1', '[3*]OC']);
  });

  it('keeps tetrahedral stereo across a cut', () => {
    assert.deepEqual(fragments('N[C@@H](Cc1ccccc1)C(=O)N1CCC[C@H]1C(=O)O'), [
      '[1*]C(=O)[C@@H](N)C[8*]',
      '[16*]c1ccccc1',
      '[5*]N1CCC[C@H]1[13*]',
      '[6*]C(=O)O'
    ]);
  });
});

describe('scaffolds and fragments against Python RDKit', () => {
  before(() => loadChemistry());

  it('free every molecule they make', () => {
    let kept: JSMol | null = null;
    assert.equal(liveMoleculesAfter(() => (kept = rdkit().get_mol('CCO'))), 1); // the count sees a live one
    kept!.delete();
    const live = liveMoleculesAfter(() => {
      for (const smiles of ['C[C@H](N)C(=O)Nc1ccccc1', 'C/C=C/C(=O)OCC', 'c1ccccc1', 'CCCC']) {
        scaffoldOfSmiles(smiles);
        bricsOfSmiles(smiles);
      }
    });
    assert.equal(live, 0);
  });

  it(`match string for string on ${fixture.molecules.length} MOSES molecules and ${fixture.edgeCases.length} edge cases`, () => {
    const rows = [...fixture.molecules, ...fixture.edgeCases];
    assert.ok(rows.length >= 2000);
    const wrong = rows.flatMap(r => {
      const s = scaffoldOfSmiles(r.smiles);
      const f = bricsOfSmiles(r.smiles)?.join('.');
      return s?.smiles === r.scaffold && s.rings === r.rings && f === r.fragments
        ? []
        : [`${r.smiles}: ${s?.smiles} (${s?.rings} rings) | ${f}; RDKit ${r.scaffold} (${r.rings}) | ${r.fragments}`];
    });
    assert.deepEqual(wrong, []);
  });
});
