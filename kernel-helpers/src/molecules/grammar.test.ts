/**
 * The SMILES guard: it lets every real molecule through token by token, and what it lets a random writer finish,
 * RDKit reads without a syntax or valence error.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { loadChemistry, smilesProblem } from './chem';
import { MOST_BONDS, SmilesSyntax, type SyntaxState } from './grammar';
import { Random } from '../cohort/random';
import { END, smilesTokens, Vocabulary } from './tokens';

const reference = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'test-fixtures', 'molecules', 'selfies-reference.json'), 'utf8'));
// 1,000 MOSES test molecules, and charged, bracketed and dotted ones.
const MOLECULES: string[] = [...reference.molecules.map((m: string[]) => m[0]), ...reference.harder.map((m: string[]) => m[0])];

describe('SMILES guard', () => {
  const vocabulary = Vocabulary.fromCorpus(MOLECULES.map(smilesTokens));
  const syntax = new SmilesSyntax(vocabulary);
  const write = (smiles: string): SyntaxState => {
    const s = syntax.start();
    for (const token of smilesTokens(smiles)) {
      const id = vocabulary.id(token);
      assert.ok(syntax.allows(s, id), `'${token}' refused after '${smiles.slice(0, smiles.indexOf(token))}…' in ${smiles}`);
      syntax.push(s, id);
    }
    return s;
  };
  const allows = (written: string, next: string) => syntax.allows(write(written), next === '<end>' ? END : vocabulary.id(next));
  before(loadChemistry);

  it('lets every molecule of the MOSES test sample and the charged and dotted cases through, and then lets it end', () => {
    assert.ok(MOLECULES.length > 1000);
    for (const smiles of MOLECULES) assert.ok(syntax.allows(write(smiles), END), `cannot end ${smiles}`);
  });

  it('counts bonds against what this RDKit accepts: its valence table is measured, and checked here', () => {
    for (const [element, limits] of Object.entries(MOST_BONDS)) {
      [-1, 0, 1].forEach((charge, i) => {
        const atom = `[${element}${charge ? (charge > 0 ? '+' : '-') : ''}]`;
        let most = -1;
        for (let n = 0; n <= 8; n++) if (!smilesProblem(atom + '(C)'.repeat(n))) most = n;
        assert.equal(most === 8 ? Infinity : most, limits[i], `${atom} takes ${most} single bonds in RDKit`);
      });
    }
  });

  it('refuses what RDKit would not read', () => {
    const refused: [string, string, string][] = [
      ['C(', '<end>', 'an open branch'],
      ['C(', ')', 'an empty branch'],
      ['C', ')', 'a branch that was never opened'],
      ['C1', '<end>', 'an open ring'],
      ['C1', '1', 'a ring from an atom to itself'],
      ['C1C', '1', 'a second bond between neighbours'],
      ['C=', '<end>', 'a dangling bond'],
      ['C=', '=', 'two bonds in a row'],
      ['C(=', '1', 'a ring label after a branch and a bond'],
      ['F', '=', 'a double bond to fluorine'],
      ['CF', 'C', 'a second bond to fluorine'],
      ['C#', 'O', 'a triple bond to oxygen'],
      ['C(C)(C)(C)(C)', 'C', 'a fifth bond to carbon'],
      ['C(C)(C)(C)(C)', '(', 'a branch from a full carbon'],
      ['C(C)(C)(C)(C)', '=', 'a bond from a full carbon'],
      ['C#C', '#', 'carbon past four'],
      ['c', '#', 'a triple bond to an aromatic atom'],
      ['C1CC', 'F', 'a fluorine that would leave a ring open with nothing to grow from'],
      ['C', '[Cl-]', 'a bond to chloride'],
      ['C1N(=C', ')', 'a way back to a full nitrogen while a ring is open'],
      ['C1CC[nH]1', 'C', 'a third neighbour of [nH]'],
      ['C=1CC(C)(C)', '1', 'a double ring bond to a carbon with room for one']
    ];
    for (const [written, next, why] of refused) assert.equal(allows(written, next), false, `${written} + ${next}: ${why}`);
    const allowed: [string, string][] = [['C(C)(C)(C)', 'C'], ['C1CC', '1'], ['C=1CC', '1'], ['O=S(=O)', 'C'], ['c1cc(=O)', 'c'], ['CC(C)', '<end>'], ['C(C)(C)(C)(C)', '<end>'], ['F[P-](F)(F)(F)(F)', 'F'],
      ['C1CC(C)', '1'], ['C-1(C)(C)CC=', '1']];
    for (const [written, next] of allowed) assert.ok(allows(written, next), `${written} + ${next}`);
  });

  it('never leaves a writer without a next token; what a random writer finishes, RDKit reads without a syntax, ring or valence error', () => {
    const random = new Random(5);
    let finished = 0;
    const problems: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const s = syntax.start();
      const ids: number[] = [];
      for (let t = 0; t < 200; t++) {
        // Uniform over the allowed tokens, the end ten times as likely once it may come, so that strings finish.
        const choices = vocabulary.tokens.flatMap((_, id) => (id > END && syntax.allows(s, id) ? [id] : []));
        if (syntax.allows(s, END) && random.next() < 10 / (10 + choices.length)) {
          finished++;
          const smiles = vocabulary.decode(ids);
          const problem = smilesProblem(smiles);
          // Aromatic rings that cannot be kekulised are the model's job, not the guard's.
          if (problem && !/kekulize|non-ring atom .* marked aromatic/i.test(problem)) problems.push(`${smiles}: ${problem}`);
          break;
        }
        assert.ok(choices.length > 0, `nothing may follow ${vocabulary.decode(ids)}`);
        const id = choices[Math.floor(random.next() * choices.length)];
        ids.push(id);
        syntax.push(s, id);
      }
    }
    assert.ok(finished > 1200, `only ${finished} of 2000 finished`);
    assert.deepEqual(problems.slice(0, 5), []);
  });
});
