/**
 * SELFIES against the selfies 2.2 package (the fixture made by oracles/molecules/selfies_reference.py), RDKit round
 * trips, seeded random strings over the robust alphabet, hand-computed cases, bad input and the repairs the decoder makes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { Random } from '../cohort/random';
import { canonicalSmiles, loadChemistry } from './chem';
import { DEFAULT_CONSTRAINTS, SelfiesError, decodeSelfies, encodeSelfies, robustAlphabet, selfiesRepairs, smilesReader, splitSelfies } from './selfies';

interface Reference {
  constraints: Record<string, number>;
  robust_alphabet: string[];
  /** [SMILES, selfies.encoder(SMILES), selfies.decoder of that] */
  molecules: [string, string, string][];
  harder: [string, string, string][];
  bad_smiles: { smiles: string; error: string }[];
  decoder_cases: { selfies: string; smiles?: string; error?: string }[];
  random_selfies: [string, string][];
}

const REFERENCE = JSON.parse(
  readFileSync(path.resolve(__dirname, '..', '..', 'test-fixtures', 'molecules', 'selfies-reference.json'), 'utf8')
) as Reference;
const ALL = [...REFERENCE.molecules, ...REFERENCE.harder];

/** The cases where `f` disagrees with the reference, as "input: expected ≠ got" lines. */
function disagreements<T>(cases: T[], f: (c: T) => [string, string, string]): string[] {
  return cases.map(f).filter(([, want, got]) => want !== got).map(([input, want, got]) => `${input}: ${want} ≠ ${got}`);
}

const orError = (f: () => string) => {
  try {
    return f();
  } catch (error) {
    return `${(error as Error).name}`;
  }
};

describe('SELFIES against selfies 2.2', () => {
  it('reads a model\'s strings as SMILES in either notation', () => {
    assert.equal(smilesReader('selfies')('[C][C][O]'), 'CCO');
    assert.equal(smilesReader('smiles')('[C][C][O]'), '[C][C][O]');
  });

  it('has the default constraints and robust alphabet of the reference', () => {
    assert.deepEqual({ ...DEFAULT_CONSTRAINTS }, REFERENCE.constraints);
    assert.deepEqual(robustAlphabet(), REFERENCE.robust_alphabet);
    assert.equal(robustAlphabet().length, 69);
  });

  it('encodes 1,000 MOSES molecules and the harder cases to exactly the reference strings', () => {
    assert.ok(REFERENCE.molecules.length >= 1000 && REFERENCE.harder.length >= 60);
    const wrong = disagreements(ALL, ([smiles, selfies]) => [smiles, selfies, orError(() => encodeSelfies(smiles))]);
    assert.deepEqual(wrong, [], `exact match ${ALL.length - wrong.length}/${ALL.length}`);
  });

  it("decodes the reference's strings to exactly the reference's SMILES", () => {
    const wrong = disagreements(ALL, ([, selfies, smiles]) => [selfies, smiles, orError(() => decodeSelfies(selfies))]);
    assert.deepEqual(wrong, []);
  });

  it('decodes hand-written edge cases and 1,500 random strings like the reference, errors included', () => {
    const cases = REFERENCE.decoder_cases.map(c => [c.selfies, c.smiles ?? 'SelfiesError'] as [string, string]);
    const wrong = disagreements([...cases, ...REFERENCE.random_selfies], ([selfies, smiles]) => [
      selfies,
      smiles,
      orError(() => decodeSelfies(selfies))
    ]);
    assert.deepEqual(wrong, []);
    assert.ok(REFERENCE.random_selfies.length >= 1500);
  });

  it('rejects every SMILES the reference rejects, with a SelfiesError', () => {
    for (const { smiles } of REFERENCE.bad_smiles) assert.throws(() => encodeSelfies(smiles), SelfiesError, smiles);
  });
});

describe('SELFIES round trips through RDKit', () => {
  before(() => loadChemistry());

  it('decode(encode(s)) is the molecule s, stereo included', () => {
    const wrong = ALL.filter(([smiles]) => canonicalSmiles(decodeSelfies(encodeSelfies(smiles))) !== canonicalSmiles(smiles));
    assert.deepEqual(wrong.map(([smiles]) => smiles), []);
  });

  it('decodes 2,000 seeded random strings over the robust alphabet to SMILES that RDKit accepts', () => {
    const alphabet = robustAlphabet();
    const random = new Random(2020);
    let empty = 0;
    for (let n = 0; n < 2000; n++) {
      const tokens = Array.from({ length: random.int(1, 40) }, () => alphabet[random.int(0, alphabet.length - 1)]);
      const smiles = decodeSelfies(tokens.join(''));
      // The first atom token of a string always starts the molecule (branches and rings before it are ignored), so
      // a decode is empty exactly when there is no atom token: the reference agrees on its 1,500 random strings.
      const hasAtom = tokens.some(t => !/Branch|Ring/.test(t));
      assert.equal(smiles === '', !hasAtom, tokens.join(''));
      if (smiles === '') empty++;
      else assert.notEqual(canonicalSmiles(smiles), null, `${tokens.join('')} → ${smiles}`);
    }
    assert.ok(empty > 0 && empty < 100, `${empty} empty decodes`);
  });
});

describe('hand-computed SELFIES', () => {
  it('follows the derivation rules', () => {
    const cases: [string, string, string][] = [
      ['[C][=C][C][=C][C][=C][Ring1][=Branch1]', 'C1=CC=CC=C1', 'benzene, Kekulé; [=Branch1] is Q = 4: back 5 atoms'],
      ['[C][C][C][C][C][C][=Ring1][=Branch1]', 'C=1CCCCC=1', 'a ring token carries its bond order'],
      ['[F][=C]', 'FC', 'F has one bond, so the double bond is cut to single'],
      ['[O][#C]', 'O=C', 'O has two'],
      ['[C][#O]', 'C=O', 'cut by the new atom too'],
      ['[C][=O][C]', 'C=O', 'O is full: the chain ends, the rest is ignored'],
      ['[C][F][C].[N]', 'CF.N', 'until the next fragment'],
      ['[C][O][Branch1][C][C][C]', 'COCCC', 'O has one bond left: no branch, its Q token becomes an atom'],
      ['[C][Branch1][C][=O][O]', 'C(O)O', '[Branch1] is single, so the branch bond is too'],
      ['[C][=Branch1][C][=O][O]', 'C(=O)O', ''],
      ['[C][Branch1][Ring1][F][C][C][C]', 'C(F)CC', 'a branch owns Q + 1 = 2 tokens even after F fills up'],
      ['[C][Branch2][C][Ring1][C][C][C][C][N]', 'C(CC)CCN', 'two digits: Q = 0·16 + 1'],
      ['[C][C][Ring1][C]', 'C=C', 'a ring onto an existing bond raises its order'],
      ['[C][C][Ring1][C][Ring1][C][Ring1][C]', 'C#C', 'to at most triple'],
      ['[C][C].[C][Ring1][Ring1]', 'C1C.C1', 'rings count atoms across fragments'],
      ['[C][Branch1][C][nop][C][C]', 'C(C)C', '[nop] is skipped and not counted'],
      ['[C][Branch1][C][epsilon][C]', 'CC', '[epsilon] ends the branch'],
      ['[C][/C][=C][/C]', 'C/C=C/C', ''],
      ['[C][C][C][\\/Ring1][Ring1]', 'C\\1CC/1', "stereo marks at the ring's earlier and later atom"],
      ['[C][C@@][Branch1][C][F][Branch1][C][Cl][Br]', 'C[C@@](F)(Cl)Br', ''],
      ['[C][NH1+1][C]', 'C[NH1+1]C', ''],
      ['[Branch1][Ring1][=Ring1]', '', 'no atom token: nothing to decode'],
      ['', '', '']
    ];
    for (const [selfies, smiles, why] of cases) assert.equal(decodeSelfies(selfies), smiles, `${selfies}: ${why}`);
  });

  it('writes SMILES in its own order, kekulised, with hydrogens and charges spelled out', () => {
    const cases: [string, string][] = [
      ['c1ccccc1', '[C][=C][C][=C][C][=C][Ring1][=Branch1]'],
      ['CC(=O)O', '[C][C][=Branch1][C][=O][O]'],
      ['c1cc[nH]c1', '[C][C][=C][NH1][C][=Ring1][Branch1]'],
      ['N[C@@H](C)C(=O)O', '[N][C@@H1][Branch1][C][C][C][=Branch1][C][=O][O]'],
      // Ring bonds follow the atom that closes them, so the neighbours of atom 0 come in another order: @@ → @.
      ['[C@@H]21CCC1CC2', '[C@H1][C][C][C][Ring1][Ring2][C][C][Ring1][=Branch1]'],
      ['F/C=C/1CCC1', '[F][/C][=C][C][C][C][/-Ring1][Ring2]'],
      ['[NH4+].[Cl-]', '[NH4+1].[Cl-1]'],
      ['[C]', '[CH0]'],
      ['C%11CCCCC%11', '[C][C][C][C][C][C][Ring1][=Branch1]'],
      // 22 atoms: the last closes back 21 atoms, Q = 20 = 1·16 + 4, two digits.
      [`C1${'C'.repeat(20)}C1`, `${'[C]'.repeat(22)}[Ring2][Ring1][=Branch1]`]
    ];
    for (const [smiles, selfies] of cases) assert.equal(encodeSelfies(smiles), selfies, smiles);
  });

  it('splits tokens and fragments', () => {
    assert.deepEqual(splitSelfies('[C].[=O][Ring1]'), ['[C]', '.', '[=O]', '[Ring1]']);
    assert.deepEqual(splitSelfies(''), []);
  });
});

describe('bad input', () => {
  it('names what the encoder cannot encode and where', () => {
    const cases: [string, RegExp][] = [
      ['', /empty SMILES/],
      ['C1CC', /ring bond 1 is never closed at position 1/],
      ['C(C', /'\(' is never closed/],
      ['CC)', /'\)' without '\(' at position 2/],
      ['[Xx]C', /'\[Xx\]' at position 0: unknown element 'Xx'/],
      ['C[C@TH1](F)Cl', /'\[C@TH1\]' at position 1: only @ and @@ chirality/],
      ['C$C', /quadruple bonds.*position 1/],
      ['*C', /wildcard atom '\*' is not supported at position 0/],
      ['C=1CCCCC#1', /ring bond 1 is '=' at one end and '#' at the other/],
      ['C1.C1', /ring bond 1 crosses a '\.'/],
      ['c1cccc1', /cannot kekulise the aromatic system at atom 4 \(position 5\)/],
      ['FC(F)(F)(F)F', /atom C at position 1 has 5 bonds and the default constraints allow 4/],
      ['[NH5]', /has 0 bonds and the default constraints allow -2/],
      ['C c', /' ' is not supported at position 1/]
    ];
    for (const [smiles, message] of cases) assert.throws(() => encodeSelfies(smiles), message, smiles);
    assert.throws(() => encodeSelfies('C1CC'), { name: 'SelfiesError' });
  });

  it('names unknown tokens and their index once the decoder reaches them, like the reference', () => {
    assert.throws(() => decodeSelfies('[C][Xyz]'), /unknown SELFIES token '\[Xyz\]' at index 1/);
    assert.throws(() => decodeSelfies('[C].[Branch4]'), /'\[Branch4\]' at index 2/);
    assert.throws(() => decodeSelfies('[C][c]'), /'\[c\]'/);
    assert.throws(() => decodeSelfies('[C][C'), /unclosed '\[' at position 3/);
    assert.throws(() => decodeSelfies('[C] [C]'), /unexpected ' ' at position 3/);
    assert.equal(decodeSelfies('[C][F][Xyz]'), 'CF', 'F ends the chain before [Xyz] is read');
  });
});

describe('SELFIES repairs', () => {
  it('names each place the decoder reads a token other than as written', () => {
    const cases: [string, string[], string][] = [
      ['[C][=C][C][=C][C][=C][Ring1][=Branch1][C][=Branch1][C][=O][O]', [], 'C1=CC=CC=C1C(=O)O'],
      ['[F][=C]', ['bond order cut'], 'FC'],
      ['[C][=O][C]', ['tokens after a full atom'], 'C=O'],
      ['[C][Ring1][C]', ['ring past the first atom'], 'C'],
      ['[F][Branch1][C][C]', ['branch without a free bond'], 'FCC'],
      ['[C][C][Ring1][C]', ['ring onto a bond'], 'C=C'],
      ['[F][C][C][Ring1][Ring1]', ['ring to a full atom'], 'FCC'],
      ['[C][Branch1][Ring1][C]', ['string ends inside a branch'], 'CC'],
      ['[C][Branch1][C][O][=O][C]', ['tokens after a full atom'], 'C(O)=O'],
      ['[C][Branch1][Ring1][C][Branch1][Ring2][C][C][C]', ['branch longer than its index'], 'CCCCC'],
      ['[O][=Branch1][C][=C][C]', ['branch bond order cut', 'bond order cut'], 'O(C)C'],
      ['[C][Ring2]', ['index missing', 'index missing', 'ring past the first atom'], 'C'],
      ['[=C][C]', ['bond on a first atom'], 'CC'],
      ['[C][Branch1][F][C][C]', ['not an index token'], 'C(C)C'],
      ['[C][=Branch1][C][C]', ['branch bond order cut'], 'CC'],
      ['[C][C][C][Branch1][Ring1][Ring1][Ring1]', ['branch opens without an atom'], 'C1CC1'],
      ['[C][C].[C][Ring2][C][C]', ['ring into another fragment'], 'CC1.C1'],
      ['[C]..[C]', ['empty fragment'], 'C.C']
    ];
    for (const [selfies, repairs, smiles] of cases) {
      assert.deepEqual(selfiesRepairs(selfies), repairs, selfies);
      assert.equal(decodeSelfies(selfies), smiles, selfies);
    }
  });

  it('finds none in any string the reference encoder wrote', () => {
    assert.deepEqual(ALL.map(m => m[1]).filter(s => selfiesRepairs(s).length), []);
  });
});
