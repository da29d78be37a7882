/**
 * Tokens of the language model: SMILES split into atoms (bracket atoms and two-letter halogens are
 * one token), bonds, branches and ring labels; SELFIES split on its brackets. A vocabulary maps
 * tokens to ids with three specials: padding 0, start 1, end 2.
 */
import { ChemistryError } from './chem';

const SMILES_TOKEN = /(\[[^\]]+\]|Br|Cl|Si|Se|se|%\d{2}|[BCNOPSFIbcnops]|[=#$:/\\().+\-~*@]|\d)/g;

export function smilesTokens(smiles: string): string[] {
  const tokens = smiles.match(SMILES_TOKEN) ?? [];
  if (tokens.join('') !== smiles) {
    let at = 0;
    for (const t of tokens) {
      if (smiles.startsWith(t, at)) at += t.length;
      else break;
    }
    throw new ChemistryError(`cannot tokenise SMILES '${smiles}' at position ${at + 1} ('${smiles[at]}')`);
  }
  return tokens;
}

export function selfiesTokens(selfies: string): string[] {
  const tokens = selfies.match(/\[[^\]]*\]|\./g) ?? [];
  if (tokens.join('') !== selfies) throw new ChemistryError(`'${selfies}' is not a sequence of [SELFIES] tokens`);
  return tokens;
}

export const PAD = 0;
export const START = 1;
export const END = 2;
const SPECIALS = ['<pad>', '<start>', '<end>'];

export class Vocabulary {
  readonly tokens: string[];
  private readonly ids: Map<string, number>;

  constructor(tokens: readonly string[]) {
    this.tokens = [...SPECIALS, ...tokens.filter(t => !SPECIALS.includes(t))];
    this.ids = new Map(this.tokens.map((t, i) => [t, i]));
  }

  static fromCorpus(sequences: Iterable<string[]>): Vocabulary {
    const seen = new Set<string>();
    for (const s of sequences) for (const t of s) seen.add(t);
    return new Vocabulary([...seen].sort());
  }

  get size(): number {
    return this.tokens.length;
  }

  /** The id of a token; an unknown token is an error naming it. */
  id(token: string): number {
    const id = this.ids.get(token);
    if (id === undefined) throw new ChemistryError(`token '${token}' is not in the model's vocabulary`);
    return id;
  }

  /** Ids of `<start> tokens <end>`. */
  encode(tokens: readonly string[]): number[] {
    return [START, ...tokens.map(t => this.id(t)), END];
  }

  decode(ids: ArrayLike<number>): string {
    let out = '';
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] === END) break;
      if (ids[i] > END) out += this.tokens[ids[i]];
    }
    return out;
  }
}
