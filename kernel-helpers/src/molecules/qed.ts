/**
 * QED, the quantitative estimate of drug-likeness: Bickerton, Paolini, Besnard, Muresan & Hopkins, "Quantifying
 * the chemical beauty of drugs", Nature Chemistry 4:90–98 (2012), doi:10.1038/nchem.1243.
 *
 * Each of eight properties is mapped to a desirability in (0, 1] by an asymmetric double sigmoid fitted to 771
 * oral drugs; QED is the weighted geometric mean of the eight. The properties are computed as RDKit's
 * `rdkit.Chem.QED` computes them (Crippen logP, not the paper's Pipeline Pilot ALogP), so the numbers match the
 * QED that MOSES and most generative-chemistry papers report.
 */
import { descriptorsOf, hasMatch, smartsQuery, withMol, type Descriptors, type JSMol } from './chem';

export interface QedProperties {
  /** Average molecular weight (Da), hydrogens included. */
  MW: number;
  /** Wildman–Crippen logP. */
  ALOGP: number;
  /** H-bond acceptor atoms, by the acceptor patterns below. */
  HBA: number;
  /** H-bond donors (RDKit's NumHBD: N–H and O–H). */
  HBD: number;
  /** Topological polar surface area (Ertl 2000; N and O only), Å². */
  PSA: number;
  /** Rotatable bonds, strict definition (amide C–N, CX3 end groups and triple-bond neighbours excluded). */
  ROTB: number;
  /** Rings left after deleting aliphatic ring atoms that have a non-aromatic neighbour; see `aromaticRingCount`. */
  AROM: number;
  /** How many of the 116 structural alerts match (each alert counts once, however often it matches). */
  ALERTS: number;
}

export type QedProperty = keyof QedProperties;
export type QedWeights = Record<QedProperty, number>;

/** The asymmetric double sigmoid's parameters a–f and its maximum, from the paper's supplementary Table S1. */
interface Desirability {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  dmax: number;
}

const DESIRABILITY: Record<QedProperty, Desirability> = {
  MW: { a: 2.817065973, b: 392.5754953, c: 290.7489764, d: 2.419764353, e: 49.22325677, f: 65.37051707, dmax: 104.9805561 },
  ALOGP: { a: 3.172690585, b: 137.8624751, c: 2.534937431, d: 4.581497897, e: 0.822739154, f: 0.576295591, dmax: 131.3186604 },
  HBA: { a: 2.948620388, b: 160.4605972, c: 3.615294657, d: 4.435986202, e: 0.290141953, f: 1.300669958, dmax: 148.7763046 },
  HBD: { a: 1.618662227, b: 1010.051101, c: 0.985094388, d: 0.000000001, e: 0.713820843, f: 0.920922555, dmax: 258.1632616 },
  PSA: { a: 1.876861559, b: 125.2232657, c: 62.90773554, d: 87.83366614, e: 12.01999824, f: 28.51324732, dmax: 104.5686167 },
  ROTB: { a: 0.01, b: 272.4121427, c: 2.55837997, d: 1.565547684, e: 1.271567166, f: 2.758063707, dmax: 105.4420403 },
  AROM: { a: 3.21778897, b: 957.7374108, c: 2.274627939, d: 0.000000001, e: 1.317690384, f: 0.375760881, dmax: 312.337261 },
  ALERTS: { a: 0.01, b: 1199.094025, c: -0.09002883, d: 0.000000001, e: 0.185904477, f: 0.875193782, dmax: 417.725314 }
};

/** The paper's three weightings: mean (QED_w,mo, the default everyone reports), max (QED_w,max) and none (QED_w,u). */
export const QED_WEIGHTS: Record<'mean' | 'max' | 'none', QedWeights> = {
  mean: { MW: 0.66, ALOGP: 0.46, HBA: 0.05, HBD: 0.61, PSA: 0.06, ROTB: 0.65, AROM: 0.48, ALERTS: 0.95 },
  max: { MW: 0.5, ALOGP: 0.25, HBA: 0, HBD: 0.5, PSA: 0, ROTB: 0.5, AROM: 0.25, ALERTS: 1 },
  none: { MW: 1, ALOGP: 1, HBA: 1, HBD: 1, PSA: 1, ROTB: 1, AROM: 1, ALERTS: 1 }
};

/** d(x) = [a + b / (1 + e^-(x-c+d/2)/e) · (1 - 1 / (1 + e^-(x-c-d/2)/f))] / dmax: a rise, a plateau, a fall. */
export function desirability(property: QedProperty, x: number): number {
  const p = DESIRABILITY[property];
  const rise = 1 + Math.exp(-(x - p.c + p.d / 2) / p.e);
  const fall = 1 + Math.exp(-(x - p.c - p.d / 2) / p.f);
  return (p.a + (p.b / rise) * (1 - 1 / fall)) / p.dmax;
}

/** exp(Σ wᵢ ln dᵢ / Σ wᵢ): one very undesirable property pulls QED down more than an arithmetic mean would. */
export function qedFromProperties(properties: QedProperties, weights: QedWeights = QED_WEIGHTS.mean): number {
  let logSum = 0;
  let weightSum = 0;
  for (const name of Object.keys(DESIRABILITY) as QedProperty[]) {
    logSum += weights[name] * Math.log(desirability(name, properties[name]));
    weightSum += weights[name];
  }
  return Math.exp(logSum / weightSum);
}

/**
 * H-bond acceptors as Silicos-it's Biscu-it implementation defines them, which RDKit's QED module follows: ether and
 * hydroxyl O, carbonyl O, anionic O, thioether and thione S, pyridine-like n, nitrile N, and neutral amine N not
 * bonded to a carbonyl or sulfonyl (so amides and sulfonamides are not acceptors at N).
 */
const ACCEPTOR_SMARTS = [
  '[oH0;X2]', '[OH1;X2;v2]', '[OH0;X2;v2]', '[OH0;X1;v2]', '[O-;X1]', '[SH0;X2;v2]', '[SH0;X1;v2]', '[S-;X1]',
  '[nH0;X2]', '[NH0;X1;v3]', '[$([N;+0;X3;v3]);!$(N[C,S]=O)]'
];

/** An aliphatic ring atom with a non-aromatic neighbour: what is deleted before counting aromatic rings. */
const ALIPHATIC_RING_ATOM = '[$([A;R][!a])]';

/**
 * Unwanted functionalities (reactive groups, metals, Michael acceptors, PAINS-like motifs, isotopes …) after the
 * paper's supplementary information, as the 116 SMARTS that RDKit's QED module (BSD licence) encodes them; the
 * list is data, kept identical so that ALERTS counts agree.
 */
const ALERT_SMARTS = [
  '*1[O,S,N]*1', '[S,C](=[O,S])[F,Br,Cl,I]', '[CX4][Cl,Br,I]', '[#6]S(=O)(=O)O[#6]', '[$([CH]),$(CC)]#CC(=O)[#6]',
  '[$([CH]),$(CC)]#CC(=O)O[#6]', 'n[OH]', '[$([CH]),$(CC)]#CS(=O)(=O)[#6]', 'C=C(C=O)C=O', 'n1c([F,Cl,Br,I])cccc1',
  '[CH1](=O)', '[#8][#8]', '[C;!R]=[N;!R]', '[N!R]=[N!R]', '[#6](=O)[#6](=O)', '[#16][#16]', '[#7][NH2]',
  'C(=O)N[NH2]', '[#6]=S', '[$([CH2]),$([CH][CX4]),$(C([CX4])[CX4])]=[$([CH2]),$([CH][CX4]),$(C([CX4])[CX4])]',
  'C1(=[O,N])C=CC(=[O,N])C=C1', 'C1(=[O,N])C(=[O,N])C=CC=C1', 'a21aa3a(aa1aaaa2)aaaa3', 'a31a(a2a(aa1)aaaa2)aaaa3',
  'a1aa2a3a(a1)A=AA=A3=AA=A2', 'c1cc([NH2])ccc1',
  '[Hg,Fe,As,Sb,Zn,Se,se,Te,B,Si,Na,Ca,Ge,Ag,Mg,K,Ba,Sr,Be,Ti,Mo,Mn,Ru,Pd,Ni,Cu,Au,Cd,Al,Ga,Sn,Rh,Tl,Bi,Nb,Li,Pb,Hf,Ho]',
  'I', 'OS(=O)(=O)[O-]', '[N+](=O)[O-]', 'C(=O)N[OH]', 'C1NC(=O)NC(=O)1', '[SH]', '[S-]',
  'c1ccc([Cl,Br,I,F])c([Cl,Br,I,F])c1[Cl,Br,I,F]', 'c1cc([Cl,Br,I,F])cc([Cl,Br,I,F])c1[Cl,Br,I,F]',
  '[CR1]1[CR1][CR1][CR1][CR1][CR1][CR1]1', '[CR1]1[CR1][CR1]cc[CR1][CR1]1',
  '[CR2]1[CR2][CR2][CR2][CR2][CR2][CR2][CR2]1', '[CR2]1[CR2][CR2]cc[CR2][CR2][CR2]1',
  '[CH2R2]1N[CH2R2][CH2R2][CH2R2][CH2R2][CH2R2]1', '[CH2R2]1N[CH2R2][CH2R2][CH2R2][CH2R2][CH2R2][CH2R2]1', 'C#C',
  '[OR2,NR2]@[CR2]@[CR2]@[OR2,NR2]@[CR2]@[CR2]@[OR2,NR2]', '[$([N+R]),$([n+R]),$([N+]=C)][O-]', '[#6]=N[OH]',
  '[#6]=NOC=O', '[#6](=O)[CX4,CR0X3,O][#6](=O)', 'c1ccc2c(c1)ccc(=O)o2', '[O+,o+,S+,s+]', 'N=C=O',
  '[NX3,NX4][F,Cl,Br,I]', 'c1ccccc1OC(=O)[#6]', '[CR0]=[CR0][CR0]=[CR0]', '[C+,c+,C-,c-]', 'N=[N+]=[N-]',
  'C12C(NC(N1)=O)CSC2', 'c1c([OH])c([OH,NH2,NH])ccc1', 'P', '[N,O,S]C#N', 'C=C=O', '[Si][F,Cl,Br,I]', '[SX2]O',
  '[SiR0,CR0](c1ccccc1)(c2ccccc2)(c3ccccc3)', 'O1CCCCC1OC2CCC3CCCCC3C2', 'N=[CR0][N,n,O,S]',
  '[cR2]1[cR2][cR2]([Nv3X3,Nv4X4])[cR2][cR2][cR2]1[cR2]2[cR2][cR2][cR2]([Nv3X3,Nv4X4])[cR2][cR2]2', 'C=[C!r]C#N',
  '[cR2]1[cR2]c([N+0X3R0,nX3R0])c([N+0X3R0,nX3R0])[cR2][cR2]1',
  '[cR2]1[cR2]c([N+0X3R0,nX3R0])[cR2]c([N+0X3R0,nX3R0])[cR2]1',
  '[cR2]1[cR2]c([N+0X3R0,nX3R0])[cR2][cR2]c1([N+0X3R0,nX3R0])', '[OH]c1ccc([OH,NH2,NH])cc1', 'c1ccccc1OC(=O)O',
  '[SX2H0][N]', 'c12ccccc1(SC(S)=N2)', 'c12ccccc1(SC(=S)N2)', 'c1nnnn1C=O', 's1c(S)nnc1NC=O', 'S1C=CSC1=S',
  'C(=O)Onnn', 'OS(=O)(=O)C(F)(F)F', 'N#CC[OH]', 'N#CC(=O)', 'S(=O)(=O)C#N', 'N[CH2]C#N', 'C1(=O)NCC1',
  'S(=O)(=O)[O-,OH]', 'NC[F,Cl,Br,I]', 'C=[C!r]O', '[NX2+0]=[O+0]', '[OR0,NR0][OR0,NR0]',
  'C(=O)O[C,H1].C(=O)O[C,H1].C(=O)O[C,H1]', '[CX2R0][NX3R0]', 'c1ccccc1[C;!R]=[C;!R]c2ccccc2',
  '[NX3R0,NX4R0,OR0,SX2R0][CX4][NX3R0,NX4R0,OR0,SX2R0]',
  '[s,S,c,C,n,N,o,O]~[n+,N+](~[s,S,c,C,n,N,o,O])(~[s,S,c,C,n,N,o,O])~[s,S,c,C,n,N,o,O]',
  '[s,S,c,C,n,N,o,O]~[nX3+,NX3+](~[s,S,c,C,n,N])~[s,S,c,C,n,N]', '[*]=[N+]=[*]', '[SX3](=O)[O-,OH]', 'N#N',
  'F.F.F.F', '[R0;D2][R0;D2][R0;D2][R0;D2]', '[cR,CR]~C(=O)NC(=O)~[cR,CR]', 'C=!@CC=[O,S]',
  '[#6,#8,#16][#6](=O)O[#6]', 'c[C;R0](=[O,S])[#6]', 'c[SX2][C;!R]', 'C=C=C', 'c1nc([F,Cl,Br,I,S])ncc1',
  'c1ncnc([F,Cl,Br,I,S])c1', 'c1nc(c2c(n1)nc(n2)[F,Cl,Br,I])', '[#6]S(=O)(=O)c1ccc(cc1)F', '[15N]', '[13C]', '[18O]',
  '[34S]'
];

interface QedQueries {
  acceptors: JSMol[];
  aliphaticRingAtom: JSMol;
  alerts: JSMol[];
}

// Compiled once and kept for the life of the process (about 130 small query molecules).
let queries: QedQueries | undefined;

function qedQueries(): QedQueries {
  queries ??= {
    acceptors: ACCEPTOR_SMARTS.map(smartsQuery),
    aliphaticRingAtom: smartsQuery(ALIPHATIC_RING_ATOM),
    alerts: ALERT_SMARTS.map(smartsQuery)
  };
  return queries;
}

/** Atoms matched by a one-atom query; MinimalLib answers '{}' rather than '[]' when nothing matches. */
function matchedAtoms(mol: JSMol, query: JSMol): number[] {
  const matches = JSON.parse(mol.get_substruct_matches(query)) as { atoms: number[] }[] | object;
  return Array.isArray(matches) ? matches.map(m => m.atoms[0]) : [];
}

interface CommonChem {
  molecules: { atoms: unknown[]; bonds?: { atoms: [number, number] }[] }[];
}

/**
 * QED's AROM: delete every aliphatic ring atom with a non-aromatic neighbour, then count the smallest set of
 * smallest rings of what is left. That count is the cycle rank, bonds − atoms + connected pieces, so no ring
 * perception is needed. It is not RDKit's NumAromaticRings: an sp3 atom between two aromatic atoms survives, so
 * fluorene counts 3, as in the reference implementation.
 */
export function aromaticRingCount(mol: JSMol): number {
  const { atoms, bonds: allBonds = [] } = (JSON.parse(mol.get_json()) as CommonChem).molecules[0];
  const deleted = new Set(matchedAtoms(mol, qedQueries().aliphaticRingAtom));
  const kept = atoms.length - deleted.size;
  const parent = Int32Array.from({ length: atoms.length }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  let pieces = kept;
  let bonds = 0;
  for (const { atoms: [a, b] } of allBonds) {
    if (deleted.has(a) || deleted.has(b)) continue;
    bonds++;
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) {
      parent[ra] = rb;
      pieces--;
    }
  }
  return bonds - kept + pieces;
}

/**
 * The eight QED properties of a molecule, computed on a hydrogen-suppressed copy as the reference does. A
 * molecule without explicit hydrogen atoms is its own hydrogen-suppressed copy: then `known`, its descriptors
 * computed already, saves the copy and a second descriptor pass (a third of QED's time).
 */
export function qedProperties(mol: JSMol, known?: Descriptors): QedProperties {
  if (known && mol.get_num_atoms() === mol.get_num_atoms(true)) return propertiesFrom(mol, known);
  const plain = mol.copy();
  if (!plain) throw new Error('RDKit could not copy the molecule');
  try {
    // With details, even '{}', MinimalLib uses RemoveHs's defaults (isotopic H stays); without, it removes every H.
    plain.remove_hs_in_place('{}');
    return propertiesFrom(plain, descriptorsOf(plain));
  } finally {
    plain.delete();
  }
}

function propertiesFrom(plain: JSMol, d: Descriptors): QedProperties {
  const q = qedQueries();
  return {
    MW: d.amw,
    ALOGP: d.CrippenClogP,
    HBA: q.acceptors.reduce((n, query) => n + matchedAtoms(plain, query).length, 0),
    HBD: d.NumHBD,
    PSA: d.tpsa,
    ROTB: d.NumRotatableBonds,
    AROM: aromaticRingCount(plain),
    ALERTS: q.alerts.filter(alert => hasMatch(plain, alert)).length
  };
}

/** QED with the mean weights; for the other weightings use `qedFromProperties(qedProperties(mol), QED_WEIGHTS.max)`. */
export const qed = (mol: JSMol, known?: Descriptors): number => qedFromProperties(qedProperties(mol, known));

/** QED of a SMILES, or null when RDKit cannot parse it. Needs `await loadChemistry()` first. */
export const qedOfSmiles = (smiles: string): number | null => withMol(smiles, qed) ?? null;
