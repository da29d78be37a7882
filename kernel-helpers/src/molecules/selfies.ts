/**
 * SELFIES (Krenn et al. 2020, "Self-referencing embedded strings") with the semantics of the `selfies` 2.x package
 * and its default constraints: every string of known tokens decodes to a molecule that respects the bond capacities.
 *
 * The decoder is a small state machine: the state is how many more bonds the previous atom can take. An atom token
 * asks for a bond order that is cut to what both atoms can take; an atom that is full ends its chain (the rest of the
 * fragment, or of the branch, is skipped). [BranchN] and [RingN] read the next N tokens as a base-16 number Q: a branch
 * holds the next Q + 1 tokens, a ring bonds the previous atom to the atom Q + 1 places before it.
 *
 * The encoder parses SMILES itself (no RDKit), kekulises aromatic input, checks the bond capacities and writes the
 * atoms in the SMILES order, so its output is token for token what `selfies.encoder` gives.
 */
import { selfiesTokens, smilesTokens } from './tokens';

export class SelfiesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SelfiesError';
  }
}

/**
 * Bond capacities of selfies 2.2's "default" preset: how many bonds (a double counts two) an atom may have, by element
 * and charge ("N+1"). Explicit hydrogens take from the capacity ([NH1] has 2); "?" covers every other element/charge.
 */
export const DEFAULT_CONSTRAINTS: Readonly<Record<string, number>> = Object.freeze({
  H: 1, F: 1, Cl: 1, Br: 1, I: 1,
  B: 3, 'B+1': 2, 'B-1': 4,
  O: 2, 'O+1': 3, 'O-1': 1,
  N: 3, 'N+1': 4, 'N-1': 2,
  C: 4, 'C+1': 3, 'C-1': 3,
  P: 5, 'P+1': 4, 'P-1': 6,
  S: 6, 'S+1': 5, 'S-1': 5,
  '?': 8
});

// The elements selfies 2.2 knows: the periodic table without the four names of 2016 (Nh, Mc, Ts, Og).
const ELEMENTS = new Set(
  ('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr ' +
    'Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir ' +
    'Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Fl Lv'
  ).split(' ')
);
/** Elements written without brackets in SMILES (their hydrogens are implicit). */
const ORGANIC = new Set(['B', 'C', 'N', 'O', 'P', 'S', 'F', 'Cl', 'Br', 'I']);

/** The 16 digits of Q, in order: [C] is 0, [P] is 15; any other token reads as 0. */
const INDEX_ALPHABET = [
  '[C]', '[Ring1]', '[Ring2]', '[Branch1]', '[=Branch1]', '[#Branch1]', '[Branch2]', '[=Branch2]', '[#Branch2]',
  '[O]', '[N]', '[=N]', '[=C]', '[#C]', '[S]', '[P]'
];
const INDEX_OF = new Map(INDEX_ALPHABET.map((token, i) => [token, i]));
const MAX_DIGITS = 3;

const ORDER_CHAR = ['', '', '=', '#'];
const ORDER_OF: Record<string, number> = { '': 1, '-': 1, '/': 1, '\\': 1, '=': 2, '#': 3 };

interface Atom {
  element: string;
  isotope: number | null;
  chirality: '' | '@' | '@@';
  /** Explicit hydrogens; null for an organic atom written bare, whose hydrogens are implicit. */
  hCount: number | null;
  charge: number;
}

const chargeText = (charge: number) => (charge === 0 ? '' : `${charge > 0 ? '+' : '-'}${Math.abs(charge)}`);

/** Bonds an atom may have: the preset's capacity less its explicit hydrogens (negative when overfull). */
function capacity(atom: Atom): number {
  const cap = DEFAULT_CONSTRAINTS[atom.element + chargeText(atom.charge)] ?? DEFAULT_CONSTRAINTS['?'];
  return cap - (atom.hCount ?? 0);
}

const isBare = (atom: Atom) =>
  ORGANIC.has(atom.element) && atom.isotope === null && atom.chirality === '' && atom.charge === 0;

/** The atom as a SELFIES token holds it: "C" for a bare organic atom, else a SMILES bracket's inside ("NH1+1"). */
function atomText(atom: Atom, chirality = atom.chirality): string {
  const plain = isBare(atom) && chirality === '';
  if (plain && atom.hCount === null) return atom.element;
  // [CH0] rather than [C]: a bare organic symbol would get implicit hydrogens back.
  const h = atom.hCount ? `H${atom.hCount}` : atom.hCount === 0 && plain ? 'H0' : '';
  return `${atom.isotope ?? ''}${atom.element}${chirality}${h}${chargeText(atom.charge)}`;
}

function indexTokens(q: number, what: string): string[] {
  const digits: string[] = [];
  do {
    digits.unshift(INDEX_ALPHABET[q % 16]);
    q = Math.floor(q / 16);
  } while (q > 0);
  if (digits.length > MAX_DIGITS) throw new SelfiesError(`${what} is longer than SELFIES can index (16^3 = 4096)`);
  return digits;
}

/** The tokens of a SELFIES string, with '.' between fragments; anything outside brackets but '.' is an error. */
export function splitSelfies(selfies: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < selfies.length) {
    if (selfies[i] === '.') {
      tokens.push('.');
      i++;
    } else if (selfies[i] === '[') {
      const close = selfies.indexOf(']', i + 1);
      const open = selfies.indexOf('[', i + 1);
      if (close < 0 || (open >= 0 && open < close)) {
        throw new SelfiesError(`unclosed '[' at position ${i} of '${selfies}'`);
      }
      tokens.push(selfies.slice(i, close + 1));
      i = close + 1;
    } else {
      const what = `unexpected '${selfies[i]}' at position ${i} of '${selfies}'`;
      throw new SelfiesError(`${what}: SELFIES is [tokens] and '.' between fragments`);
    }
  }
  return tokens;
}

const ATOM_TOKEN = /^\[([=#/\\]?)(\d*)([A-Z][a-z]?)(@{0,2})(?:H(\d))?(?:([+-])([1-9]))?\]$/;
const BRANCH_TOKEN = /^\[([=#]?)Branch([1-3])\]$/;
// A ring's bond: '=' or '#', or the stereo marks at its earlier and later atom ('-' for none, not both).
const RING_TOKEN = /^\[(=|#|-[/\\]|[/\\][-/\\])?Ring([1-3])\]$/;

interface AtomToken {
  order: number;
  stereo: string;
  atom: Atom;
}

function readAtomToken(token: string): AtomToken | null {
  const m = ATOM_TOKEN.exec(token);
  if (!m || !ELEMENTS.has(m[3])) return null;
  const atom: Atom = {
    element: m[3],
    isotope: m[2] ? Number(m[2]) : null,
    chirality: m[4] as Atom['chirality'],
    hCount: m[5] !== undefined ? Number(m[5]) : null,
    charge: m[6] ? (m[6] === '+' ? 1 : -1) * Number(m[7]) : 0
  };
  // A token like [C] is an organic atom with implicit hydrogens; [Fe] or [13C] has none, but that is 0 for capacity.
  if (capacity(atom) < 0) return null;
  return { order: ORDER_OF[m[1]], stereo: m[1] === '/' || m[1] === '\\' ? m[1] : '', atom };
}

/** A ring token's bond order from its mark: '=' 2, '#' 3, none or stereo marks 1. */
const ringOrder = (mark = '') => ORDER_OF[mark] ?? 1;
/** A bond mark on an atom token: the encoder writes none on a chain's first atom. */
const hasBondMark = (read: AtomToken) => read.order > 1 || read.stereo !== '';

interface DecodedBond {
  order: number;
  /** '/' or '\' as written at the lower and the higher atom; kept only while the bond stays single. */
  stereoLo: string;
  stereoHi: string;
}

interface DecodedAtom extends Atom {
  parent: number;
  bondIn: DecodedBond | null;
  children: number[];
  rings: { partner: number; bond: DecodedBond }[];
  used: number;
}

interface PendingRing {
  lo: number;
  hi: number;
  order: number;
  stereoLo: string;
  stereoHi: string;
}

export type SelfiesRepair =
  | 'bond on a first atom'
  | 'bond order cut'
  | 'branch without a free bond'
  | 'branch bond order cut'
  | 'branch opens without an atom'
  | 'branch longer than its index'
  | 'string ends inside a branch'
  | 'ring before the first atom'
  | 'ring past the first atom'
  | 'ring into another fragment'
  | 'ring bond order cut'
  | 'ring to a full atom'
  | 'ring onto a bond'
  | 'index missing'
  | 'not an index token'
  | 'tokens after a full atom'
  | 'empty fragment';

class Derivation {
  readonly atoms: DecodedAtom[] = [];
  readonly rings: PendingRing[] = [];
  /** Where the decoder read a token other than as written, so that the molecule stays valid. */
  readonly repairs: SelfiesRepair[] = [];
  private tokens: string[] = [];
  private offsets: number[] = [];
  private pos = 0;
  /** The first atom of the fragment being derived. */
  private first = 0;

  /** Derives one fragment (tokens without '.'); offsets are their indices in the whole string, for errors. */
  fragment(tokens: string[], offsets: number[]): void {
    this.tokens = tokens;
    this.offsets = offsets;
    this.pos = 0;
    this.first = this.atoms.length;
    this.derive(Infinity, null, -1);
  }

  /**
   * Reads tokens while the previous atom can bond (state > 0; null before the first atom) and fewer than `budget`
   * tokens are used; returns how many it used, index digits and nested branches included. A branch's chain starts
   * with its bond order as `state`, which its first atom should take.
   */
  private derive(budget: number, state: number | null, prev: number): number {
    let used = 0;
    let opening = budget === Infinity ? 0 : state!;
    while ((state === null || state > 0) && used < budget && this.pos < this.tokens.length) {
      const index = this.pos;
      const token = this.tokens[this.pos++];
      used++;
      const branch = BRANCH_TOKEN.exec(token);
      const ring = branch ? null : RING_TOKEN.exec(token);
      if ((branch || ring) && opening) {
        this.repairs.push('branch opens without an atom');
        opening = 0;
      }
      if (branch) {
        // Branching needs a bond for the branch and one to continue; otherwise the token does nothing.
        if (state === null || state <= 1) {
          this.repairs.push('branch without a free bond');
          continue;
        }
        const before = this.pos;
        const q = this.readIndex(Number(branch[2]));
        const start = Math.min(state - 1, ORDER_OF[branch[1]]);
        if (start < ORDER_OF[branch[1]]) this.repairs.push('branch bond order cut');
        used += this.pos - before + this.derive(q + 1, start, prev);
        state -= start;
      } else if (ring) {
        if (state === null) {
          this.repairs.push('ring before the first atom');
          continue;
        }
        const before = this.pos;
        const q = this.readIndex(Number(ring[2]));
        used += this.pos - before;
        const written = ringOrder(ring[1]);
        const order = Math.min(written, state);
        if (order < written) this.repairs.push('ring bond order cut');
        const target = prev - (q + 1);
        if (target < 0) this.repairs.push('ring past the first atom');
        else if (target < this.first) this.repairs.push('ring into another fragment');
        const stereo = ring[1]?.length === 2 ? ring[1] : '--';
        this.rings.push({
          lo: Math.max(0, target),
          hi: prev,
          order,
          stereoLo: stereo[0] === '-' ? '' : stereo[0],
          stereoHi: stereo[1] === '-' ? '' : stereo[1]
        });
        state -= order;
      } else if (token === '[epsilon]') {
        if (state !== null) state = 0;
      } else {
        const read = readAtomToken(token);
        if (!read) throw new SelfiesError(`unknown SELFIES token '${token}' at index ${this.offsets[index]}`);
        const cap = capacity(read.atom);
        if (state === null) {
          if (hasBondMark(read)) this.repairs.push('bond on a first atom');
          this.addAtom(read.atom, -1, null);
          state = cap;
          prev = this.atoms.length - 1;
          continue;
        }
        const order = Math.min(read.order, state, cap);
        if (order < read.order) this.repairs.push('bond order cut');
        else if (order < opening) this.repairs.push('branch bond order cut');
        opening = 0;
        if (order === 0) {
          state = 0; // a full atom cannot join: the chain ends here
          continue;
        }
        const bond = { order, stereoLo: '', stereoHi: order === 1 ? read.stereo : '' };
        this.addAtom(read.atom, prev, bond);
        state = cap - order;
        prev = this.atoms.length - 1;
      }
    }
    if (budget === Infinity) {
      if (this.pos < this.tokens.length) this.repairs.push('tokens after a full atom');
      return used;
    }
    if (used > budget) this.repairs.push('branch longer than its index');
    else if (used < budget && this.pos === this.tokens.length) this.repairs.push('string ends inside a branch');
    // A branch owns its Q + 1 tokens even when its chain ended early.
    const skip = Math.min(budget - used, this.tokens.length - this.pos);
    if (skip > 0) {
      this.repairs.push('tokens after a full atom');
      this.pos += skip;
      used += skip;
    }
    return used;
  }

  /** Q from the next `digits` tokens, most significant first; missing tokens count as 0. */
  private readIndex(digits: number): number {
    let q = 0;
    for (let i = 0; i < digits; i++) {
      const token = this.pos < this.tokens.length ? this.tokens[this.pos++] : undefined;
      if (token === undefined) this.repairs.push('index missing');
      else if (!INDEX_OF.has(token)) this.repairs.push('not an index token');
      q = q * 16 + (token === undefined ? 0 : INDEX_OF.get(token) ?? 0);
    }
    return q;
  }

  private addAtom(atom: Atom, parent: number, bondIn: DecodedBond | null): void {
    const { element, isotope, chirality, hCount, charge } = atom;
    const used = bondIn?.order ?? 0;
    this.atoms.push({ element, isotope, chirality, hCount, charge, parent, bondIn, children: [], rings: [], used });
    if (parent >= 0) {
      this.atoms[parent].children.push(this.atoms.length - 1);
      this.atoms[parent].used += bondIn!.order;
    }
  }

  /** Forms the ring bonds once every atom exists, cutting each to what both atoms still have free. */
  closeRings(): void {
    for (const ring of this.rings) {
      if (ring.lo === ring.hi) continue;
      const lo = this.atoms[ring.lo];
      const hi = this.atoms[ring.hi];
      const free = Math.min(capacity(lo) - lo.used, capacity(hi) - hi.used);
      if (free <= 0) {
        this.repairs.push('ring to a full atom');
        continue;
      }
      const order = Math.min(ring.order, free);
      if (order < ring.order) this.repairs.push('ring bond order cut');
      const existing = this.bondBetween(ring.lo, ring.hi);
      if (existing) {
        this.repairs.push('ring onto a bond');
        // A ring onto an existing bond raises its order instead (at most triple).
        const raised = Math.min(existing.order + order, 3);
        lo.used += raised - existing.order;
        hi.used += raised - existing.order;
        existing.order = raised;
        existing.stereoLo = existing.stereoHi = '';
        continue;
      }
      const bond = { order, stereoLo: order === 1 ? ring.stereoLo : '', stereoHi: order === 1 ? ring.stereoHi : '' };
      lo.rings.push({ partner: ring.hi, bond });
      hi.rings.push({ partner: ring.lo, bond });
      lo.used += order;
      hi.used += order;
    }
  }

  private bondBetween(lo: number, hi: number): DecodedBond | undefined {
    if (this.atoms[hi].parent === lo) return this.atoms[hi].bondIn!;
    return this.atoms[lo].rings.find(r => r.partner === hi)?.bond;
  }

  /** SMILES in atom order: ring labels numbered as they open (never reused), branches in parentheses. */
  smiles(): string {
    const out: string[] = [];
    let label = 0;
    const labels = new Map<DecodedBond, number>();
    const ringText = (bond: DecodedBond, stereo: string) => {
      let n = labels.get(bond);
      if (n === undefined) labels.set(bond, (n = ++label));
      else labels.delete(bond);
      return (bond.order > 1 ? ORDER_CHAR[bond.order] : stereo) + (n < 10 ? `${n}` : `%${n}`);
    };
    const bondText = (bond: DecodedBond) => (bond.order > 1 ? ORDER_CHAR[bond.order] : bond.stereoHi);
    const chain = (first: number) => {
      let i = first;
      for (;;) {
        const atom = this.atoms[i];
        out.push(isBare(atom) && atom.hCount === null ? atom.element : `[${atomText(atom)}]`);
        for (const r of atom.rings) out.push(ringText(r.bond, r.partner > i ? r.bond.stereoLo : r.bond.stereoHi));
        const kids = atom.children;
        for (let k = 0; k < kids.length - 1; k++) {
          out.push('(', bondText(this.atoms[kids[k]].bondIn!));
          chain(kids[k]);
          out.push(')');
        }
        if (kids.length === 0) return;
        i = kids[kids.length - 1];
        out.push(bondText(this.atoms[i].bondIn!));
      }
    };
    const fragments: string[] = [];
    for (let i = 0; i < this.atoms.length; i++) {
      if (this.atoms[i].parent >= 0) continue;
      out.length = 0;
      chain(i);
      fragments.push(out.join(''));
    }
    return fragments.join('.');
  }
}

/**
 * SMILES for a SELFIES string. Any sequence of known tokens decodes (possibly to '' when it holds no atom token);
 * an unknown token throws when the derivation reaches it. [nop] is skipped everywhere; [epsilon] ends a chain.
 */
export function decodeSelfies(selfies: string): string {
  return derive(selfies).smiles();
}

/** What the decoder had to repair to read `selfies` as a molecule: empty when it read every token as written. */
export function selfiesRepairs(selfies: string): SelfiesRepair[] {
  return derive(selfies).repairs;
}

function derive(selfies: string): Derivation {
  const tokens = splitSelfies(selfies);
  const derivation = new Derivation();
  let fragment: string[] = [];
  let offsets: number[] = [];
  const flush = () => {
    if (!fragment.length && tokens.length) derivation.repairs.push('empty fragment');
    derivation.fragment(fragment, offsets);
    fragment = [];
    offsets = [];
  };
  tokens.forEach((token, i) => {
    if (token === '.') flush();
    else if (token !== '[nop]') {
      fragment.push(token);
      offsets.push(i);
    }
  });
  flush();
  derivation.closeRings();
  return derivation;
}

interface ParsedAtom extends Atom {
  aromatic: boolean;
  position: number;
  fragment: number;
}

interface ParsedBond {
  a: number;
  b: number;
  /** 1, 2, 3, or 0 for an aromatic bond until kekulisation. */
  order: number;
  stereoA: string;
  stereoB: string;
}

/** What follows an atom in SMILES order: a ring bond (either end) or a bond down to a child atom. */
type Out = { ring: true; bond: ParsedBond } | { ring: false; child: number; bond: ParsedBond };

interface ParsedSmiles {
  atoms: ParsedAtom[];
  bonds: ParsedBond[];
  /** Per atom, its bonds in the order they were made (ring bonds when they close). */
  bondsOf: ParsedBond[][];
  outs: Out[][];
  parentBond: (ParsedBond | null)[];
}

const BRACKET_ATOM = /^\[(\d*)([A-Za-z][a-z]?)(@@|@)?(?:H(\d?))?(\+\d+|-\d+|\++|-+)?(?::\d+)?\]$/;
const BARE_ATOM = /^(Cl|Br|[BCNOPSFIbcnops])/;

function parseBracketAtom(text: string, position: number): ParsedAtom {
  const m = BRACKET_ATOM.exec(text);
  const fail = (why: string) =>
    new SelfiesError(`cannot encode bracket atom '${text}' at position ${position}: ${why}`);
  if (!m) {
    if (/@[A-Z]/.test(text)) throw fail('only @ and @@ chirality are supported');
    throw fail('not [isotope element chirality H count charge]');
  }
  let symbol = m[2];
  const aromatic = symbol[0] === symbol[0].toLowerCase();
  if (aromatic) symbol = symbol[0].toUpperCase() + symbol.slice(1);
  if (!ELEMENTS.has(symbol)) throw fail(`unknown element '${m[2]}'`);
  const sign = m[5]?.[0];
  const charge = !m[5] ? 0 : (sign === '+' ? 1 : -1) * (/\d/.test(m[5]) ? Number(m[5].slice(1)) : m[5].length);
  return {
    element: symbol,
    aromatic,
    isotope: m[1] ? Number(m[1]) : null,
    chirality: (m[3] ?? '') as Atom['chirality'],
    hCount: m[4] === undefined ? 0 : m[4] === '' ? 1 : Number(m[4]),
    charge,
    position,
    fragment: 0
  };
}

interface OpenRing {
  atom: number;
  bond: string;
  slot: number;
  position: number;
}

function parseSmiles(smiles: string): ParsedSmiles {
  const parsed: ParsedSmiles = { atoms: [], bonds: [], bondsOf: [], outs: [], parentBond: [] };
  const { atoms, outs } = parsed;
  const fail = (why: string, at: number) =>
    new SelfiesError(`cannot encode SMILES '${smiles}': ${why} at position ${at}`);
  const branches: number[] = [];
  const rings = new Map<number, OpenRing>();
  let prev = -1;
  let fragment = 0;
  let bond: { char: string; at: number } | null = null;
  let last: 'start' | 'atom' | 'open' | 'close' | 'dot' = 'start';
  let i = 0;

  // An aromatic bond (order 0) is one written ':' or left implicit between two aromatic atoms.
  const addBond = (a: number, b: number, charA: string, charB: string): ParsedBond => {
    const given = charA || charB;
    const order = given === ':' || (!given && atoms[a].aromatic && atoms[b].aromatic) ? 0 : ORDER_OF[given];
    const stereo = (c: string) => (c === '/' || c === '\\' ? c : '');
    const made = { a, b, order, stereoA: stereo(charA), stereoB: stereo(charB) };
    parsed.bonds.push(made);
    parsed.bondsOf[a].push(made);
    parsed.bondsOf[b].push(made);
    return made;
  };

  while (i < smiles.length) {
    const c = smiles[i];
    if (c === '[' || BARE_ATOM.test(smiles.slice(i, i + 2))) {
      let atom: ParsedAtom;
      if (c === '[') {
        const close = smiles.indexOf(']', i);
        if (close < 0) throw fail("unclosed '['", i);
        atom = parseBracketAtom(smiles.slice(i, close + 1), i);
        i = close + 1;
      } else {
        const symbol = BARE_ATOM.exec(smiles.slice(i, i + 2))![1];
        const element = symbol.length === 1 ? symbol.toUpperCase() : symbol;
        const aromatic = symbol !== element;
        atom = { element, aromatic, isotope: null, chirality: '', hCount: null, charge: 0, position: i, fragment };
        i += symbol.length;
      }
      atom.fragment = fragment;
      atoms.push(atom);
      outs.push([]);
      parsed.bondsOf.push([]);
      const index = atoms.length - 1;
      if (prev >= 0) {
        const made = addBond(prev, index, '', bond?.char ?? '');
        outs[prev].push({ ring: false, child: index, bond: made });
        parsed.parentBond.push(made);
      } else {
        if (bond) throw fail(`bond '${bond.char}' has no atom before it`, bond.at);
        parsed.parentBond.push(null);
      }
      bond = null;
      prev = index;
      last = 'atom';
    } else if ('-=#:/\\'.includes(c)) {
      if (bond) throw fail(`two bond symbols in a row ('${bond.char}${c}')`, i);
      if (prev < 0) throw fail(`bond '${c}' has no atom before it`, i);
      bond = { char: c, at: i };
      i++;
    } else if (c === '$') {
      throw fail("quadruple bonds ('$') are beyond SELFIES bond orders", i);
    } else if (/[0-9%]/.test(c)) {
      const m = /^(?:%(\d\d)|(\d))/.exec(smiles.slice(i));
      if (!m) throw fail("'%' needs two digits", i);
      if (prev < 0 || last === 'open') throw fail(`ring bond ${m[0]} has no atom before it`, i);
      const label = Number(m[1] ?? m[2]);
      const open = rings.get(label);
      const char = bond?.char ?? '';
      if (!open) {
        rings.set(label, { atom: prev, bond: char, slot: outs[prev].length, position: i });
        outs[prev].push(null as unknown as Out); // filled when the ring closes, to keep the SMILES order
      } else {
        rings.delete(label);
        if (open.atom === prev) throw fail(`ring bond ${m[0]} closes on its own atom`, i);
        if (atoms[open.atom].fragment !== fragment) throw fail(`ring bond ${m[0]} crosses a '.'`, i);
        if (parsed.bondsOf[prev].some(b => b.a === open.atom || b.b === open.atom)) {
          throw fail(`ring bond ${m[0]} duplicates a bond`, i);
        }
        const orderOf = (ch: string) => (ch === ':' ? 0 : ORDER_OF[ch]);
        if (open.bond && char && orderOf(open.bond) !== orderOf(char)) {
          throw fail(`ring bond ${m[0]} is '${open.bond}' at one end and '${char}' at the other`, i);
        }
        const made = addBond(open.atom, prev, open.bond, char);
        outs[open.atom][open.slot] = { ring: true, bond: made };
        outs[prev].push({ ring: true, bond: made });
      }
      bond = null;
      i += m[0].length;
    } else if (c === '(') {
      if (prev < 0 || last === 'open' || last === 'dot') throw fail("'(' must follow an atom", i);
      if (bond) throw fail(`bond '${bond.char}' before '('`, bond.at);
      branches.push(prev);
      last = 'open';
      i++;
    } else if (c === ')') {
      if (branches.length === 0) throw fail("')' without '('", i);
      if (last === 'open') throw fail('empty branch', i);
      if (bond) throw fail(`bond '${bond.char}' has no atom after it`, bond.at);
      prev = branches.pop()!;
      last = 'close';
      i++;
    } else if (c === '.') {
      if (atoms.length === 0) throw fail("'.' before any atom", i);
      if (branches.length > 0) throw fail("'.' inside a branch", i);
      if (bond) throw fail(`bond '${bond.char}' has no atom after it`, bond.at);
      prev = -1;
      fragment++;
      last = 'dot';
      i++;
    } else {
      const what = c === '*' ? "wildcard atom '*'" : `'${c}'`;
      throw fail(`${what} is not supported`, i);
    }
  }
  if (atoms.length === 0) throw new SelfiesError('cannot encode an empty SMILES');
  if (bond) throw fail(`bond '${bond.char}' has no atom after it`, bond.at);
  if (branches.length > 0) throw fail("'(' is never closed", smiles.length);
  for (const [label, open] of rings) throw fail(`ring bond ${label} is never closed`, open.position);
  return parsed;
}

/** Valences an aromatic atom may reach; none for elements outside the table and for anions (they keep a lone pair). */
const AROMATIC_VALENCES: Record<string, number[]> = {
  B: [3], Al: [3], C: [4], Si: [4], N: [3, 5], P: [3, 5], As: [3, 5], O: [2, 4], S: [2, 4], Se: [2, 4], Te: [2, 4]
};

/** Whether an atom of the aromatic system still needs one double bond after its other bonds and hydrogens. */
function needsDoubleBond(atom: ParsedAtom, bonds: ParsedBond[]): boolean {
  if (atom.charge < 0) return false;
  const used = bonds.reduce((sum, b) => sum + Math.max(b.order, 1), 0) + (atom.hCount ?? 0);
  const target = (AROMATIC_VALENCES[atom.element] ?? []).map(v => v - atom.charge).find(v => v >= used);
  return target !== undefined && target > used;
}

/**
 * Turns aromatic bonds into single and double ones: a perfect matching over the atoms that need a double bond,
 * found greedily (fewest free neighbours first, then lowest index) and completed with augmenting paths.
 */
function kekulise(parsed: ParsedSmiles, smiles: string): void {
  const { atoms, bondsOf } = parsed;
  const aromatic = parsed.bonds.filter(b => b.order === 0);
  if (aromatic.length === 0) return;
  const inSystem = new Set(aromatic.flatMap(b => [b.a, b.b]));
  const needs = atoms.map((atom, i) => inSystem.has(i) && needsDoubleBond(atom, bondsOf[i]));
  const partners = atoms.map((_, i) =>
    needs[i] ? bondsOf[i].filter(b => b.order === 0).map(b => (b.a === i ? b.b : b.a)).filter(j => needs[j]) : []
  );
  const mate = new Array<number>(atoms.length).fill(-1);
  const free = partners.map(p => p.length);
  for (;;) {
    let pick = -1;
    for (let i = 0; i < atoms.length; i++) {
      if (needs[i] && mate[i] < 0 && free[i] > 0 && (pick < 0 || free[i] < free[pick])) pick = i;
    }
    if (pick < 0) break;
    const other = partners[pick].find(j => mate[j] < 0)!;
    mate[pick] = other;
    mate[other] = pick;
    for (const j of [...partners[pick], ...partners[other]]) free[j]--;
  }
  for (let root = 0; root < atoms.length; root++) {
    if (!needs[root] || mate[root] >= 0) continue;
    if (!augment(root, partners, mate)) {
      const where = `atom ${root} (position ${atoms[root].position})`;
      throw new SelfiesError(`cannot encode SMILES '${smiles}': cannot kekulise the aromatic system at ${where}`);
    }
  }
  for (const b of aromatic) b.order = mate[b.a] === b.b ? 2 : 1;
}

/** Breadth-first search for an alternating path from an unmatched atom to another; flips it when found. */
function augment(root: number, partners: number[][], mate: number[]): boolean {
  const cameFrom = new Map<number, number>([[root, -1]]);
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const w of partners[v]) {
      if (w === root) continue;
      if (mate[w] < 0) {
        // Walk back: v is matched to the odd atom we came through, and so on up to the root.
        let end = w;
        let from = v;
        while (from >= 0) {
          const next = mate[from];
          mate[from] = end;
          mate[end] = from;
          end = next;
          from = next >= 0 ? cameFrom.get(next)! : -1;
        }
        return true;
      }
      if (!cameFrom.has(mate[w])) {
        cameFrom.set(w, v);
        cameFrom.set(mate[w], w);
        queue.push(mate[w]);
      }
    }
  }
  return false;
}

/**
 * The SELFIES string for a SMILES string, token for token what selfies 2.2 gives (same atom order, kekulised).
 * Throws SelfiesError for invalid SMILES, aromatic systems without a Kekulé form, atoms over their bond capacity,
 * and what SELFIES cannot write (quadruple bonds, wildcards, branches or rings spanning more than 4,096 tokens).
 */
export function encodeSelfies(smiles: string): string {
  const parsed = parseSmiles(smiles);
  kekulise(parsed, smiles);
  const { atoms, bondsOf } = parsed;
  atoms.forEach((atom, i) => {
    const bonds = bondsOf[i].reduce((sum, b) => sum + b.order, 0);
    const cap = capacity(atom);
    if (bonds > cap) {
      throw new SelfiesError(
        `cannot encode SMILES '${smiles}': atom ${atomText(atom)} at position ${atom.position} has ${bonds} bonds ` +
          `and the default constraints allow ${cap}`
      );
    }
  });
  const fragments: string[] = [];
  for (let i = 0; i < atoms.length; i++) {
    if (!parsed.parentBond[i]) fragments.push(chainTokens(parsed, i).join(''));
  }
  return fragments.join('.');
}

/** Tokens for the chain starting at `first`: ring tokens at the later atom of each ring, side chains as branches. */
function chainTokens(parsed: ParsedSmiles, first: number): string[] {
  const tokens: string[] = [];
  let i = first;
  for (;;) {
    const bondIn = parsed.parentBond[i];
    const bondChar = !bondIn ? '' : bondIn.order > 1 ? ORDER_CHAR[bondIn.order] : bondIn.stereoB;
    tokens.push(`[${bondChar}${atomText(parsed.atoms[i], decodedChirality(parsed, i))}]`);
    const outs = parsed.outs[i];
    let next = -1;
    outs.forEach((out, k) => {
      if (out.ring) {
        const partner = out.bond.a === i ? out.bond.b : out.bond.a;
        if (partner > i) return;
        const { order, stereoA, stereoB } = out.bond;
        const kind = order === 1 && (stereoA || stereoB) ? `${stereoA || '-'}${stereoB || '-'}` : ORDER_CHAR[order];
        const digits = indexTokens(i - partner - 1, `the ring bond closing at position ${parsed.atoms[i].position}`);
        tokens.push(`[${kind}Ring${digits.length}]`, ...digits);
      } else if (k === outs.length - 1) {
        next = out.child;
      } else {
        const branch = chainTokens(parsed, out.child);
        const digits = indexTokens(branch.length - 1, `the branch at position ${parsed.atoms[out.child].position}`);
        tokens.push(`[${ORDER_CHAR[out.bond.order]}Branch${digits.length}]`, ...digits, ...branch);
      }
    });
    if (next < 0) return tokens;
    i = next;
  }
}

/**
 * The chirality to write so the decoded SMILES means the same: the decoder writes an atom's ring bonds first (those
 * to earlier atoms, then those to later atoms by index) and its children after, so an odd reordering of the
 * neighbours that follow the atom in the input flips @ and @@.
 */
function decodedChirality(parsed: ParsedSmiles, i: number): Atom['chirality'] {
  const { chirality } = parsed.atoms[i];
  const outs = parsed.outs[i];
  if (!chirality || !outs.some(o => o.ring)) return chirality;
  const partner = (o: Out) => (o.ring ? (o.bond.a === i ? o.bond.b : o.bond.a) : o.child);
  const keys = outs.map((o, k) => ({ k, group: !o.ring ? 2 : partner(o) < i ? 0 : 1, partner: partner(o) }));
  const decoded = [...keys].sort((x, y) => x.group - y.group || (x.group === 1 ? x.partner - y.partner : x.k - y.k));
  let inversions = 0;
  for (let a = 0; a < decoded.length; a++) {
    for (let b = a + 1; b < decoded.length; b++) if (decoded[a].k > decoded[b].k) inversions++;
  }
  return inversions % 2 === 0 ? chirality : chirality === '@' ? '@@' : '@';
}

/**
 * The semantically robust alphabet of selfies 2.x under the default constraints (69 tokens, sorted): every atom of
 * the table with each bond order it can take, [BranchN] with '', '=' and '#', [RingN] with '' and '='.
 */
export function robustAlphabet(): string[] {
  const tokens: string[] = [];
  for (const [key, cap] of Object.entries(DEFAULT_CONSTRAINTS)) {
    if (key === '?') continue;
    for (let order = 1; order <= Math.min(cap, 3); order++) tokens.push(`[${ORDER_CHAR[order]}${key}]`);
  }
  for (let n = 1; n <= MAX_DIGITS; n++) {
    for (const b of ['', '=', '#']) tokens.push(`[${b}Branch${n}]`);
    for (const b of ['', '=']) tokens.push(`[${b}Ring${n}]`);
  }
  return tokens.sort();
}

/** What turns a model's strings into SMILES: SELFIES are decoded, SMILES are already SMILES. */
export function smilesReader(notation: 'smiles' | 'selfies'): (written: string) => string {
  return notation === 'selfies' ? decodeSelfies : written => written;
}

/** The inverse: a SMILES string as the tokens a model of the notation writes (SELFIES made by our encoder). */
export function notationTokens(notation: 'smiles' | 'selfies'): (smiles: string) => string[] {
  return notation === 'selfies' ? smiles => selfiesTokens(encodeSelfies(smiles)) : smilesTokens;
}
