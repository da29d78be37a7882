/**
 * SELFIES while it is being written: which tokens may come next so that the decoder reads every token as written.
 * Any SELFIES string decodes to a valid molecule because the decoder repairs what a literal reading would get wrong:
 * it cuts a bond or ring order to what an atom has free, skips a branch from an atom with no bond to spare, drops a
 * ring bond to a full atom, and ignores the tokens after a chain has ended (`selfiesRepairs` names each). The encoder
 * never needs a repair; a model's slip does, and the repaired molecule is one the model did not write. The sampler
 * masks the tokens that would need one, as the SMILES guard masks those that would not parse. Validity stays 1.
 *
 * Claims are counted per atom: a chain bond when its atom is written, a ring bond at both ends once its index is
 * read, a branch bond when the branch opens. A branch holds exactly the tokens its index says (the encoder's form), so
 * it is never cut short or overrun, and a chain that must go on never stops at a full atom. A ring stays within its
 * fragment. It refuses, too, the other forms the encoder never writes and the decoder reads loosely (a bond mark on a
 * first atom, a branch opening with a ring, a token that is not an index digit where one is read): exactly what
 * `selfiesRepairs` reports. It assumes the vocabulary has a chain atom, [C], to go on with.
 */
import { END, type Vocabulary } from './tokens';
import { selfiesIndexDigit, selfiesTokenInfo, type SelfiesTokenInfo } from './selfies';

interface Frame {
  /** The atom the chain goes on from; -1 before the first atom. */
  atom: number;
  /** Tokens this branch still holds, as its index said; the main chain is bounded by the length instead. */
  left: number;
  /** A branch whose first atom is still to come: the bond order it must take (0 once written). */
  opening: number;
}

/** The index tokens after a branch or ring token, while they are being read. */
interface PendingIndex {
  ring: boolean;
  order: number;
  /** Index tokens still to come. */
  digits: number;
  q: number;
  /** The atom the ring or branch starts from. */
  atom: number;
}

export interface SelfiesState {
  written: number;
  /** Per atom: the bond orders not yet claimed. */
  free: number[];
  /** Bonded atom pairs, ring bonds included as soon as their index is read, as `a * 2^20 + b` with a < b. */
  bonds: Set<number>;
  /** The main chain, then each open branch, innermost last. */
  frames: Frame[];
  index: PendingIndex | null;
  /** The first atom of the fragment being written: a ring stays within its fragment, as the encoder writes it. */
  fragment: number;
  /** A forced (prefix) token the guard would not have written: the rest of the string is not guarded. */
  lost: boolean;
}

const pair = (a: number, b: number) => Math.min(a, b) * 2 ** 20 + Math.max(a, b);

export class SelfiesSyntax {
  private readonly info: (SelfiesTokenInfo | null)[];
  private readonly digit: (number | undefined)[];
  private readonly dot: number;
  /** The index digits the vocabulary can write, ascending. */
  private readonly digits: number[];
  /** Per bond order: the most bonds an atom token written with it has to spare after it (-1: no such token). */
  private readonly spare: number[] = [-1, -1, -1, -1];

  /** `maxLength`: the most tokens the sampler writes; a branch must fit in what is left. */
  constructor(vocabulary: Vocabulary, private readonly maxLength: number) {
    this.info = vocabulary.tokens.map((token, id) => (id <= END ? null : selfiesTokenInfo(token)));
    this.digit = vocabulary.tokens.map((token, id) => (id <= END ? undefined : selfiesIndexDigit(token)));
    this.dot = vocabulary.tokens.indexOf('.');
    this.digits = [...new Set(this.digit.filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
    for (const info of this.info) if (info?.kind === 'atom') this.spare[info.order] = Math.max(this.spare[info.order], info.capacity - info.order);
  }

  start(): SelfiesState {
    return { written: 0, free: [], bonds: new Set(), frames: [{ atom: -1, left: Infinity, opening: 0 }], index: null, fragment: 0, lost: false };
  }

  /** Whether token `id` (or the end, `END`) may come next. */
  allows(s: SelfiesState, id: number): boolean {
    if (s.lost) return true;
    if (s.index) return this.digitAllowed(s, s.index, id);
    const f = s.frames[s.frames.length - 1];
    const main = s.frames.length === 1;
    if (id === END) return main && f.atom >= 0;
    const room = this.room(s);
    // A new fragment needs room for its first atom.
    if (id === this.dot) return main && f.atom >= 0 && room >= 2;
    const info = this.info[id];
    if (!info || room < 1) return false;
    switch (info.kind) {
      case 'atom': {
        // A chain's first atom takes no bond, so even a full one ([CH4]) may stand there.
        if (f.atom < 0) return info.plain;
        if (info.order > info.capacity) return false;
        if (f.opening ? info.order !== f.opening : info.order > s.free[f.atom]) return false;
        // Inside a branch with tokens to come, the new atom must have a bond to spare for them.
        return main || room === 1 || info.capacity - info.order >= 1;
      }
      case 'branch':
        // One bond for the branch and one for the chain to go on, as the decoder wants; an atom that can open it; the
        // header and the shortest branch the vocabulary's digits can index must fit.
        return f.atom >= 0 && !f.opening && s.free[f.atom] >= info.order + 1 && this.spare[info.order] >= 0 &&
          room - 1 - info.digits >= this.shortest(0, info.digits) + 1;
      case 'ring': {
        if (f.atom < 0 || f.opening || room < info.digits + 1) return false;
        const goesOn = !main && room - 1 - info.digits > 0;
        if (s.free[f.atom] - info.order < (goesOn ? 1 : 0)) return false;
        return this.anyTarget(s, f.atom, info.order, 0, info.digits);
      }
      default:
        return false;
    }
  }

  push(s: SelfiesState, id: number): void {
    if (!s.lost && !this.allows(s, id)) s.lost = true;
    if (s.lost || id === END) {
      s.written++;
      return;
    }
    const f = s.frames[s.frames.length - 1];
    const index = s.index;
    if (index) {
      index.q = index.q * 16 + this.digit[id]!;
      index.digits--;
      this.consume(s);
      if (index.digits === 0) {
        s.index = null;
        if (index.ring) {
          const lo = index.atom - index.q - 1;
          s.free[lo] -= index.order;
          s.bonds.add(pair(lo, index.atom));
        } else {
          s.frames.push({ atom: index.atom, left: index.q + 1, opening: index.order });
        }
      }
    } else if (id === this.dot) {
      f.atom = -1;
      s.fragment = s.free.length;
      this.consume(s);
    } else {
      const info = this.info[id]!;
      if (info.kind === 'atom') {
        const atom = s.free.length;
        if (f.atom >= 0) {
          if (!f.opening) s.free[f.atom] -= info.order;
          s.bonds.add(pair(f.atom, atom));
        }
        s.free.push(f.atom >= 0 ? info.capacity - info.order : info.capacity);
        f.atom = atom;
        f.opening = 0;
      } else if (info.kind === 'branch' || info.kind === 'ring') {
        s.free[f.atom] -= info.order;
        s.index = { ring: info.kind === 'ring', order: info.order, digits: info.digits, q: 0, atom: f.atom };
      }
      this.consume(s);
    }
    while (s.frames.length > 1 && s.frames[s.frames.length - 1].left === 0) s.frames.pop();
  }

  /** One more token written: it counts against every open branch. */
  private consume(s: SelfiesState): void {
    s.written++;
    for (let k = 1; k < s.frames.length; k++) s.frames[k].left--;
  }

  private digitAllowed(s: SelfiesState, index: PendingIndex, id: number): boolean {
    const d = this.digit[id];
    if (d === undefined) return false;
    const q = index.q * 16 + d;
    const rest = index.digits - 1;
    if (index.ring) return this.anyTarget(s, index.atom, index.order, q, rest);
    // The branch's Q + 1 tokens must fit in what the enclosing chain has left after its index; a branch longer than
    // its first atom needs that atom to have a bond to spare.
    const shortest = this.shortest(q, rest);
    return shortest + 1 <= this.room(s) - index.digits && (shortest === 0 || this.spare[index.order] >= 1);
  }

  /** Tokens the innermost chain may still take, the next one included: by a branch's index, or the length. */
  private room(s: SelfiesState): number {
    return s.frames.length === 1 ? this.maxLength - s.written : s.frames[s.frames.length - 1].left;
  }

  /** The smallest index that starts with `q` and has `rest` more digits the vocabulary can write. */
  private shortest(q: number, rest: number): number {
    for (let i = 0; i < rest; i++) q = q * 16 + (this.digits[0] ?? Infinity);
    return q;
  }

  /**
   * Whether some ring index that starts with `q` and has `rest` more digits closes a ring from `atom` with a bond of
   * `order` that both ends can take: an earlier atom of the fragment, not already bonded to it, that keeps a bond for
   * any branch that must still go on from it.
   */
  private anyTarget(s: SelfiesState, atom: number, order: number, q: number, rest: number): boolean {
    if (rest === 0) {
      const lo = atom - q - 1;
      return lo >= s.fragment && !s.bonds.has(pair(lo, atom)) && s.free[lo] - order >= this.kept(s, lo);
    }
    for (const d of this.digits) {
      // Larger digits only reach further back.
      if (atom - this.shortest(q * 16 + d, rest - 1) - 1 < s.fragment) return false;
      if (this.anyTarget(s, atom, order, q * 16 + d, rest - 1)) return true;
    }
    return false;
  }

  /**
   * Bonds atom `a` must keep: 1 if it is where an enclosing branch's chain goes on from once the branch inside it
   * ends, with tokens still to come. (A ring's target is never the innermost chain's atom: that is where it starts.)
   */
  private kept(s: SelfiesState, a: number): number {
    for (let k = 1; k < s.frames.length - 1; k++) {
      if (s.frames[k].atom === a && s.frames[k].left - s.frames[k + 1].left > 0) return 1;
    }
    return 0;
  }
}
