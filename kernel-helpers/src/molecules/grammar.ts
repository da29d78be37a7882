/**
 * SMILES while it is being written: which tokens may come next so that the finished string parses (OpenSMILES
 * grammar: atoms, bonds, branches, ring-closure labels) and no atom takes more bonds than RDKit allows it. The
 * sampler masks the other tokens, so a SMILES model never writes unbalanced branches, dangling bonds, unclosed rings,
 * ring closures RDKit refuses (an atom to itself, a second bond between neighbours) or a fifth bond to a carbon,
 * and never writes itself into a corner where an open ring can no longer close. Bonds are counted against the most
 * RDKit's default valences allow (sulfur 6, phosphorus 5, neutral nitrogen 3); an aromatic bond counts 1, as it may
 * be single once the ring is kekulised, and an aromatic atom takes 3 neighbours at most. Whether an aromatic ring
 * can be kekulised stays the model's job: that needs the whole ring.
 */
import { END, type Vocabulary } from './tokens';

type Kind = 'atom' | 'bond' | 'open' | 'close' | 'ring' | 'dot' | 'other';
type Last = Kind | 'start';

/**
 * The most bonds (orders summed) RDKit accepts on an atom, by atomic number. A charged atom takes the valences of
 * the element its electrons match, as RDKit does: [N+] those of C, [O-] of F, [P-] of S.
 */
const MOST_BONDS: Record<number, number> = { 1: 1, 2: 0, 5: 3, 6: 4, 7: 3, 8: 2, 9: 1, 10: 0, 14: 4, 15: 5, 16: 6, 17: 1, 18: 0, 33: 5, 34: 6, 35: 1, 36: 0, 52: 6, 53: 5, 54: 0 };
const ATOMIC_NUMBER: Record<string, number> = { H: 1, B: 5, C: 6, N: 7, O: 8, F: 9, Na: 11, Si: 14, P: 15, S: 16, Cl: 17, K: 19, As: 33, Se: 34, Br: 35, Te: 52, I: 53 };
const mostBonds = (element: string, charge = 0) => MOST_BONDS[ATOMIC_NUMBER[element] - charge] ?? Infinity;
const ORDER: Record<string, number> = { '-': 1, '=': 2, '#': 3, $: 4, ':': 1, '/': 1, '\\': 1 };

interface TokenInfo {
  kind: Kind;
  /** Atoms: the bond orders it may take (hydrogens written in brackets deducted). Bonds: the order. */
  capacity: number;
  /** Atoms: the neighbours it may take. */
  slots: number;
}

function infoOf(token: string): TokenInfo {
  const none = (kind: Kind, capacity = 0): TokenInfo => ({ kind, capacity, slots: 0 });
  const atom = (element: string, hydrogens = 0, charge = 0): TokenInfo => {
    const aromatic = /^[a-z]/.test(element);
    const capacity = mostBonds(aromatic ? element[0].toUpperCase() + element.slice(1) : element, charge) - hydrogens;
    return { kind: 'atom', capacity, slots: aromatic ? 3 - hydrogens : Infinity };
  };
  if (token.startsWith('[')) {
    const bracket = /^\[\d*([A-Z][a-z]?|[a-z][a-z]?)@*(H\d*)?([+-]+\d*)?(:\d+)?\]$/.exec(token);
    // A bracket atom the pattern does not read (@TH1, [*] and the like) is not guarded.
    if (!bracket) return { kind: 'atom', capacity: Infinity, slots: Infinity };
    const [, element, h, charge] = bracket;
    const sign = charge ? (charge[0] === '+' ? 1 : -1) * (Number(charge.replace(/[+-]+/, '')) || charge.length) : 0;
    return atom(element, h ? Number(h.slice(1) || 1) : 0, sign);
  }
  if (/^(Br|Cl|Si|Se|se|[BCNOPSFIbcnops])$/.test(token)) return atom(token);
  if (token === '*') return { kind: 'atom', capacity: Infinity, slots: Infinity };
  if (token in ORDER) return none('bond', ORDER[token]);
  if (/^(\d|%\d{2})$/.test(token)) return none('ring');
  if (token === '(') return none('open');
  if (token === ')') return none('close');
  if (token === '.') return none('dot');
  return none('other');
}

/** Where one string stands: the atom bonds attach to, open branches and ring labels, what each atom has bonded. */
export interface SyntaxState {
  last: Last;
  /** What came before the last token when that is a bond: a ring label may follow a bond only after an atom. */
  beforeBond: Last;
  /** The order the last bond token gave (0: none, a single or aromatic bond by default). */
  order: number;
  current: number;
  /** Per atom: the bond orders it may still take (an aromatic bond counts 1, as once kekulised it may be single). */
  room: number[];
  /** Per atom: the neighbours it may still take (an aromatic atom has 3 at most; others are bounded by room). */
  slots: number[];
  branches: number[];
  /** Open ring label → the atom that opened it and the order it gave. */
  rings: Map<string, { atom: number; order: number }>;
  /** Bonded atom pairs, as `a * 1024 + b` with a < b. */
  bonds: Set<number>;
}

/** What a step would change on one atom: its index, and what it adds to its room and slots (a new atom: all of them). */
type Change = [atom: number, room: number, slots: number];

const pair = (a: number, b: number) => Math.min(a, b) * 1024 + Math.max(a, b);
/** What a bond of `order` (0: unwritten, single or aromatic) takes from an atom's room. */
const weight = (order: number) => Math.max(order, 1);

export class SmilesSyntax {
  private readonly info: TokenInfo[];

  constructor(private readonly vocabulary: Vocabulary) {
    this.info = vocabulary.tokens.map(infoOf);
  }

  start(): SyntaxState {
    return { last: 'start', beforeBond: 'start', order: 0, current: -1, room: [], slots: [], branches: [], rings: new Map(), bonds: new Set() };
  }

  /** Whether `atom` can take a bond of `order`; a triple bond never goes to an aromatic atom (finite slots). */
  private takes(s: SyntaxState, atom: number, order: number): boolean {
    return weight(order) <= s.room[atom] && s.slots[atom] >= 1 && !(order >= 3 && Number.isFinite(s.slots[atom]));
  }

  /**
   * Whether the string can still end after a step that changes atoms `a` and `b`, closes `popped` branches and leaves
   * `ringsOpen` rings open: an open ring needs an atom to grow from, the current one or one a branch returns to.
   */
  private canEnd(s: SyntaxState, ringsOpen: number, current: number, a: Change, b?: Change, popped = 0): boolean {
    if (ringsOpen === 0) return true;
    const grows = (atom: number) => {
      let room = s.room[atom] ?? 0;
      let slots = s.slots[atom] ?? 0;
      if (atom === a[0]) (room += a[1]), (slots += a[2]);
      if (b && atom === b[0]) (room += b[1]), (slots += b[2]);
      return room >= 1 && slots >= 1;
    };
    if (grows(current)) return true;
    for (let i = 0; i < s.branches.length - popped; i++) if (grows(s.branches[i])) return true;
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
        if (s.current < 0) return this.canEnd(s, s.rings.size, atom, [atom, info.capacity, info.slots]);
        return this.takes(s, s.current, s.order) && w <= info.capacity && !(w >= 3 && Number.isFinite(info.slots)) &&
          this.canEnd(s, s.rings.size, atom, [atom, info.capacity - w, info.slots - 1], [s.current, -w, -1]);
      }
      case 'bond':
        return (afterAtom || s.last === 'open' || s.last === 'close') && this.takes(s, s.current, info.capacity);
      case 'open':
        return (afterAtom || s.last === 'close') && this.takes(s, s.current, 1);
      case 'close': {
        // Back at the branch's atom, the open rings need it or an atom further out to grow from.
        const returnsTo = s.branches[s.branches.length - 1];
        return s.branches.length > 0 && (afterAtom || s.last === 'close') && this.canEnd(s, s.rings.size, returnsTo, [-1, 0, 0], undefined, 1);
      }
      case 'ring': {
        if (!(afterAtom || (s.last === 'bond' && (s.beforeBond === 'atom' || s.beforeBond === 'ring')))) return false;
        const opened = s.rings.get(this.vocabulary.tokens[id]);
        if (opened === undefined) return this.takes(s, s.current, s.order) && this.canEnd(s, s.rings.size + 1, s.current, [s.current, -w, -1]);
        if (opened.atom === s.current || s.bonds.has(pair(opened.atom, s.current))) return false;
        // The opener kept room for the order it gave; a higher order at the closure needs more of it.
        const order = Math.max(s.order, opened.order);
        const extra = weight(order) - weight(opened.order);
        return this.takes(s, s.current, order) && extra <= s.room[opened.atom] &&
          this.canEnd(s, s.rings.size - 1, s.current, [s.current, -weight(order), -1], [opened.atom, -extra, 0]);
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
          const order = Math.max(s.order, opened.order);
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
