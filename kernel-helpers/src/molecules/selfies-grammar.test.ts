/**
 * The SELFIES guard: every string the selfies 2.2 encoder wrote passes it token by token, and what it lets a random
 * writer finish, the decoder reads as written (no repair) and RDKit accepts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { Random } from '../cohort/random';
import { canonicalSmiles, loadChemistry } from './chem';
import { decodeSelfies, selfiesRepairs, splitSelfies } from './selfies';
import { SelfiesSyntax, type SelfiesState } from './selfies-grammar';
import { END, Vocabulary } from './tokens';

const reference = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'test-fixtures', 'molecules', 'selfies-reference.json'), 'utf8'));
// The reference encoder's strings for 1,000 MOSES test molecules and for charged, stereo and dotted ones.
const MOSES: string[] = reference.molecules.map((m: string[]) => m[1]);
const WRITTEN: string[] = [...MOSES, ...reference.harder.map((m: string[]) => m[1])];
const MAX_LENGTH = 200;
const LONGEST = Math.max(...WRITTEN.map(s => splitSelfies(s).length));

describe('SELFIES guard', () => {
  const vocabulary = Vocabulary.fromCorpus(WRITTEN.map(splitSelfies));
  const syntax = new SelfiesSyntax(vocabulary, LONGEST);
  const write = (selfies: string): SelfiesState => {
    const s = syntax.start();
    const tokens = splitSelfies(selfies);
    tokens.forEach((token, i) => {
      const id = vocabulary.id(token);
      assert.ok(syntax.allows(s, id), `'${token}' refused after '${tokens.slice(0, i).join('')}' in ${selfies}`);
      syntax.push(s, id);
    });
    return s;
  };
  const allows = (written: string, next: string) => syntax.allows(write(written), next === '<end>' ? END : vocabulary.id(next));
  before(loadChemistry);

  it('lets every string the reference encoder wrote through, and then lets it end', () => {
    assert.ok(WRITTEN.length > 1000 && WRITTEN.some(s => s.includes('.')));
    for (const selfies of WRITTEN) assert.ok(syntax.allows(write(selfies), END), `cannot end ${selfies}`);
  });

  it('refuses each token the decoder would have to repair', () => {
    const refusals: [string, string, string][] = [
      ['[F]', '[=C]', 'a double bond to a fluorine'],
      ['[C][=O]', '[C]', 'an atom after a full one'],
      ['[F]', '[Branch1]', 'a branch from an atom with one bond'],
      ['[C][=C]', '[=Branch1]', 'a double-bonded branch and a chain from an atom with two bonds left'],
      ['[C][C]', '[Ring1]', 'a ring with no atom to close on but its neighbour'],
      ['[C][C][C][Ring1]', '[C]', 'a ring index onto the neighbour'],
      ['[C][C][C][Ring1]', '[Branch1]', 'a ring index past the first atom'],
      ['[F][C][C][C][Ring1]', '[Ring2]', 'a ring onto a full fluorine'],
      ['[C][C][C][Ring1][Ring1]', '[Ring1]', 'a second ring between the same atoms'],
      ['[C][Branch1][C]', '[=O]', "a branch's first bond other than the branch token's"],
      ['[C][Branch1][Ring1]', '[F]', 'a full atom with a branch token still to come'],
      ['[C][Branch1][C]', '<end>', 'the end inside a branch'],
      ['[C][Branch1][Ring1][C]', '[Branch1]', 'a branch that does not fit in the one it is in']
    ];
    for (const [written, next, what] of refusals) assert.ok(!allows(written, next), `allowed ${what}: ${written} + ${next}`);
    const acceptances: [string, string][] = [
      ['[C][=O]', '<end>'],
      ['[C][C][C][Ring1]', '[Ring1]'],
      ['[F][C][C][C][Ring1]', '[Ring1]'],
      ['[C][Branch1][C]', '[O]'],
      ['[C][Branch1][Ring1]', '[C]'],
      ['[C][=Branch1][C][=O]', '[C]'],
      ['[C]', '.']
    ];
    for (const [written, next] of acceptances) assert.ok(allows(written, next), `refused ${written} + ${next}`);
  });

  it('keeps a branch within the length: its index may not promise more tokens than are left', () => {
    const short = new SelfiesSyntax(vocabulary, 6);
    const s = short.start();
    for (const token of ['[C]', '[Branch1]']) short.push(s, vocabulary.id(token));
    // Three tokens are left after the index: Q = 0 ([C]) to 2 ([Ring2]) fit, Q = 3 ([Branch1]) would need four.
    assert.ok(short.allows(s, vocabulary.id('[C]')) && short.allows(s, vocabulary.id('[Ring1]')) && short.allows(s, vocabulary.id('[Ring2]')));
    assert.ok(!short.allows(s, vocabulary.id('[Branch1]')));
  });

  it('opens a branch only with a first atom the vocabulary has, and makes it longer only if that atom can go on', () => {
    const small = new Vocabulary(['[C]', '[O]', '[F]', '[=O]', '[Branch1]', '[=Branch1]', '[Ring1]']);
    const guard = new SelfiesSyntax(small, 10);
    const s = guard.start();
    for (const token of ['[C]', '[=Branch1]']) {
      assert.ok(guard.allows(s, small.id(token)), token);
      guard.push(s, small.id(token));
    }
    // Only [=O] opens a double-bonded branch, and it has no bond to spare: the branch holds it alone (Q = 0).
    assert.ok(guard.allows(s, small.id('[C]')) && !guard.allows(s, small.id('[Ring1]')));
    const noDouble = new Vocabulary(['[C]', '[F]', '[=Branch1]', '[Branch1]']);
    const strict = new SelfiesSyntax(noDouble, 10);
    const t = strict.start();
    strict.push(t, noDouble.id('[C]'));
    assert.ok(strict.allows(t, noDouble.id('[Branch1]')) && !strict.allows(t, noDouble.id('[=Branch1]')));
  });

  it('after a forced token it would not have written, leaves the rest of the string unguarded', () => {
    const s = write('[F]');
    syntax.push(s, vocabulary.id('[=C]'));
    assert.ok(s.lost && syntax.allows(s, vocabulary.id('[#C]')));
  });

  it('never leaves a writer without a next token; what a random writer finishes, the decoder reads as written', () => {
    // The MOSES molecules' tokens, as a model's: SELFIES's own constraints let a charged halogen bond, which RDKit refuses.
    const vocabulary = Vocabulary.fromCorpus(MOSES.map(splitSelfies));
    const syntax = new SelfiesSyntax(vocabulary, MAX_LENGTH);
    const random = new Random(6);
    const repaired = { guarded: 0, unguarded: 0 };
    let finished = 0;
    const problems: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const s = syntax.start();
      const ids: number[] = [];
      for (let t = 0; t <= MAX_LENGTH; t++) {
        // Uniform over the allowed tokens, the end ten times as likely once it may come, so that strings finish.
        const choices = vocabulary.tokens.flatMap((_, id) => (id > END && syntax.allows(s, id) ? [id] : []));
        if (syntax.allows(s, END) && random.next() < 10 / (10 + choices.length)) {
          finished++;
          const selfies = vocabulary.decode(ids);
          const repairs = selfiesRepairs(selfies);
          if (repairs.length) repaired.guarded++;
          if (repairs.length || canonicalSmiles(decodeSelfies(selfies)) === null) problems.push(`${selfies}: ${repairs.join(', ') || 'RDKit refuses it'}`);
          break;
        }
        assert.ok(choices.length > 0, `nothing may follow ${vocabulary.decode(ids)}`);
        const id = choices[Math.floor(random.next() * choices.length)];
        ids.push(id);
        syntax.push(s, id);
      }
      // The same writer without the guard: any token, the end at the same odds.
      const free: number[] = [];
      while (free.length < MAX_LENGTH && random.next() >= 10 / (10 + vocabulary.size)) free.push(END + 1 + Math.floor(random.next() * (vocabulary.size - END - 1)));
      if (selfiesRepairs(vocabulary.decode(free)).length) repaired.unguarded++;
    }
    assert.ok(finished > 1500, `only ${finished} of 2000 finished`);
    assert.deepEqual(problems.slice(0, 5), []);
    assert.equal(repaired.guarded, 0);
    assert.ok(repaired.unguarded > 1000, `unguarded, ${repaired.unguarded} of 2000 needed a repair`);
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
    assert.deepEqual(WRITTEN.filter(s => selfiesRepairs(s).length), []);
  });
});
