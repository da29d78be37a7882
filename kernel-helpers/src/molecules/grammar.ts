/**
 * SMILES while it is being written: which tokens may come next so that the finished string parses (OpenSMILES
 * grammar: atoms, bonds, branches, ring-closure labels) and no atom takes more bonds than RDKit allows it. The
 * sampler masks the other tokens, so a SMILES model never writes unbalanced branches, dangling bonds, unclosed rings,
 * ring closures RDKit refuses (an atom to itself, a second bond between neighbours) or a fifth bond to a carbon,
 * and never writes itself into a corner where an open ring can no longer close. Bonds are counted against the most
 * RDKit allows each element and charge (`MOST_BONDS`); an aromatic bond counts 1, as it may be single once the ring
 * is kekulised, and an aromatic atom takes at most 3 neighbours and no triple bond (RDKit reads a few rarer forms,
 * such as O=s1(=O)cccc1, but writes them otherwise). Whether an aromatic ring can be kekulised stays the model's
 * job: that needs the whole ring.
 */
import { END, type Vocabulary } from './tokens';

type Kind = 'atom' | 'bond' | 'open' | 'close' | 'ring' | 'dot' | 'other';
type Last = Kind | 'start';

/**
 * The most single bonds RDKit (MinimalLib 2026.09.1) accepts on a bracket atom without hydrogens, charged −1, 0 and
 * +1; measured, and checked against RDKit by grammar.test.ts. Elements not here (metals) and other charges are not
 * limited.
 */
export const MOST_BONDS: Readonly<Record<string, readonly [number, number, number]>> = {
  H: [2, 1, Infinity], B: [4, 3, 2], C: [3, 4, 3], N: [2, 3, 4], O: [1, 2, 3], F: [0, 1, 2],
  Al: [4, 3, Infinity], Si: [5, 4, 3], P: [6, 5, 4], S: [5, 6, 5], Cl: [0, 1, 6],
  Ge: [5, 4, 3], As: [6, 5, 4], Se: [5, 6, 5], Br: [0, 1, 6], Sn: [5, 4, 3], Sb: [6, 5, 4], Te: [5, 6, 5], I: [6, 5, 6]
};
const mostBonds = (element: string, charge: number) => (Math.abs(charge) <= 1 ? MOST_BONDS[element]?.[charge + 1] : undefined) ?? Infinity;
// The written bond orders; / and \\ mark direction, not order, so a ring bond takes its order from its other end.
const ORDER: Record<string, number> = { '-': 1, '=': 2, '#': 3, $: 4, ':': 1, '/': 0, '\\': 0 };

interface TokenInfo {
  kind: Kind;
  /** Atoms: the bond orders it may take (hydrogens written in brackets deducted). Bonds: the order. */
  capacity: number;
  /** Atoms: the neighbours it may take; an aromatic atom 3 (less its hydrogens), as RDKit writes them. */
  slots: number;
}

function infoOf(token: string): TokenInfo {
  const atom = (element: string, hydrogens = 0, charge = 0): TokenInfo => {
    const aromatic = /^[a-z]/.test(element);
    const symbol = aromatic ? element[0].toUpperCase() + element.slice(1) : element;
    return { kind: 'atom', capacity: mostBonds(symbol, charge) - hydrogens, slots: aromatic ? 3 - hydrogens : Infinity };
  };
  const other = (kind: Kind, capacity = 0): TokenInfo => ({ kind, capacity, slots: 0 });
  if (token.startsWith('[')) {
    const bracket = /^\[\d*([A-Z][a-z]?|[a-z][a-z]?)@*(H\d*)?([+-]+\d*)?(:\d+)?\]$/.exec(token);
    // A bracket atom the pattern does not read (@TH1, [*] and the like) is not guarded.
    if (!bracket) return { kind: 'atom', capacity: Infinity, slots: Infinity };
    const [, element, h, charge] = bracket;
    const sign = charge ? (charge[0] === '+' ? 1 : -1) * (Number(charge.replace(/[+-]+/, '')) || charge.length) : 0;
    return atom(element, h ? Number(h.slice(1) || 1) : 0, sign);
  }
  // Outside brackets SMILES has only the organic subset.
  if (/^(Br|Cl|[BCNOPSFIbcnops])$/.test(token)) return atom(token);
  if (token === '*') return { kind: 'atom', capacity: Infinity, slots: Infinity };
  if (token in ORDER) return other('bond', ORDER[token]);
  if (/^(\d|%\d{2})$/.test(token)) return other('ring');
  if (token === '(') return other('open');
  if (token === ')') return other('close');
  if (token === '.') return other('dot');
  return other('other');
}

/** Where one string stands: the atom bonds attach to, open branches and ring labels, what each atom has bonded. */
export interface SyntaxState {
  last: Last;
  /** What came before the last token when that is a bond: a ring label may follow a bond only where it may stand. */
  beforeBond: Last;
  /** The order the last bond token gave (0: none, a single or aromatic bond by default). */
  order: number;
  current: number;
  /** Per atom: the bond orders it may still take (an aromatic bond counts 1, as once kekulised it may be single). */
  room: number[];
  /** Per atom: the neighbours it may still take (finite for aromatic atoms only). */
  slots: number[];
  branches: number[];
  /** Open ring label → the atom that opened it and the order it gave. */
  rings: Map<string, { atom: number; order: number }>;
  /** Bonded atom pairs, as `a * 1024 + b` with a < b. */
  bonds: Set<number>;
}

const pair = (a: number, b: number) => Math.min(a, b) * 1024 + Math.max(a, b);
/** What a bond of `order` (0: unwritten, single or aromatic) takes from an atom's room. */
const weight = (order: number) => Math.max(order, 1);
/** Where a ring label may stand: after an atom, another ring label, or a branch (it then bonds the branch's atom). */
const ringMayFollow = (last: Last) => last === 'atom' || last === 'ring' || last === 'close';

export class SmilesSyntax {
  private readonly info: TokenInfo[];

  constructor(private readonly vocabulary: Vocabulary) {
    this.info = vocabulary.tokens.map(infoOf);
  }

  start(): SyntaxState {
    return { last: 'start', beforeBond: 'start', order: 0, current: -1, room: [], slots: [], branches: [], rings: new Map(), bonds: new Set() };
  }

  /** Whether `atom` can take a bond of `order`: room for it, a neighbour more, and no triple bond if aromatic. */
  private takes(s: SyntaxState, atom: number, order: number): boolean {
    return weight(order) <= s.room[atom] && s.slots[atom] >= 1 && !(order >= 3 && Number.isFinite(s.slots[atom]));
  }

  /**
   * Whether the string can still end after a step that leaves `ringsOpen` rings open, `current` the atom to go on
   * from, `popped` branches closed, and adds `ra`/`na` to atom `a`'s room and slots and `rb`/`nb` to atom `b`'s (a new
   * atom: all of its own): an open ring needs an atom to grow from, the current one or one a branch returns to.
   * Scalars rather than objects, as the sampler asks this for every token at every step.
   */
  private canEnd(s: SyntaxState, ringsOpen: number, current: number, popped: number, a: number, ra: number, na: number, b = -1, rb = 0, nb = 0): boolean {
    if (ringsOpen === 0) return true;
    for (let i = -1; i < s.branches.length - popped; i++) {
      const atom = i < 0 ? current : s.branches[i];
      const room = (s.room[atom] ?? 0) + (atom === a ? ra : 0) + (atom === b ? rb : 0);
      const slots = (s.slots[atom] ?? 0) + (atom === a ? na : 0) + (atom === b ? nb : 0);
      if (room >= 1 && slots >= 1) return true;
    }
    return false;
  }

  /** Whether token `id` (or the end, `END`) may come next. Padding and start never may. */
  allows(s: SyntaxState, id: number): boolean {
    if (id === END) return s.branches.length === 0 && s.rings.size === 0 && (s.last === 'atom' || s.last === 'ring' || s.last === 'close');
    const afterAtom = s.last === 'atom' || s.last === 'ring';
    const info = this.info[id];
    const w = weight(s.order);
    switch (info.kind) {
      case 'atom': {
        const atom = s.room.length;
        if (s.current < 0) return info.capacity >= 0 && this.canEnd(s, s.rings.size, atom, 0, atom, info.capacity, info.slots);
        return this.takes(s, s.current, s.order) && w <= info.capacity && !(s.order >= 3 && Number.isFinite(info.slots)) &&
          this.canEnd(s, s.rings.size, atom, 0, atom, info.capacity - w, info.slots - 1, s.current, -w, -1);
      }
      case 'bond':
        return (afterAtom || s.last === 'open' || s.last === 'close') && this.takes(s, s.current, info.capacity);
      case 'open':
        return (afterAtom || s.last === 'close') && this.takes(s, s.current, 1);
      case 'close': {
        // Back at the branch's atom, the open rings need it or an atom further out to grow from.
        const returnsTo = s.branches[s.branches.length - 1];
        return s.branches.length > 0 && (afterAtom || s.last === 'close') && this.canEnd(s, s.rings.size, returnsTo, 1, -1, 0, 0);
      }
      case 'ring': {
        if (!(ringMayFollow(s.last) || (s.last === 'bond' && ringMayFollow(s.beforeBond)))) return false;
        const opened = s.rings.get(this.vocabulary.tokens[id]);
        if (opened === undefined) return this.takes(s, s.current, s.order) && this.canEnd(s, s.rings.size + 1, s.current, 0, s.current, -w, -1);
        if (opened.atom === s.current || s.bonds.has(pair(opened.atom, s.current))) return false;
        // The ring bond has the order written at its opening, else the one written here; the opener kept room for 1.
        const order = opened.order || s.order;
        const extra = weight(order) - weight(opened.order);
        return this.takes(s, s.current, order) && extra <= s.room[opened.atom] &&
          this.canEnd(s, s.rings.size - 1, s.current, 0, s.current, -weight(order), -1, opened.atom, -extra, 0);
      }
      case 'dot':
        return s.branches.length === 0 && (afterAtom || s.last === 'close');
      default:
        return false;
    }
  }

  /** Moves the state past token `id`, which `allows` accepted (or a prefix forced). */
  push(s: SyntaxState, id: number): void {
    const info = this.info[id];
    switch (info.kind) {
      case 'atom': {
        const atom = s.room.length;
        s.room.push(info.capacity);
        s.slots.push(info.slots);
        if (s.current >= 0) {
          this.take(s, s.current, weight(s.order));
          this.take(s, atom, weight(s.order));
          s.bonds.add(pair(s.current, atom));
        }
        s.current = atom;
        break;
      }
      case 'bond':
        s.beforeBond = s.last;
        s.order = info.capacity;
        s.last = 'bond';
        return;
      case 'open':
        s.branches.push(s.current);
        break;
      case 'close':
        s.current = s.branches.pop() ?? s.current;
        break;
      case 'ring': {
        const label = this.vocabulary.tokens[id];
        const opened = s.rings.get(label);
        if (opened === undefined) {
          s.rings.set(label, { atom: s.current, order: s.order });
          this.take(s, s.current, weight(s.order));
        } else {
          const order = opened.order || s.order;
          s.room[opened.atom] -= weight(order) - weight(opened.order);
          this.take(s, s.current, weight(order));
          s.bonds.add(pair(opened.atom, s.current));
          s.rings.delete(label);
        }
        break;
      }
      case 'dot':
        s.current = -1;
        break;
    }
    s.order = 0;
    s.last = info.kind;
  }

  private take(s: SyntaxState, atom: number, room: number): void {
    s.room[atom] -= room;
    s.slots[atom] -= 1;
  }
}
