/**
 * Bemis–Murcko scaffolds and BRICS fragments, the units that the MOSES Scaf and Frag metrics count
 * (Polykovskiy et al., "Molecular Sets (MOSES)", Front. Pharmacol. 2020). RDKit MinimalLib has neither,
 * so we read the molecule's graph from `get_json()` (RDKit's CommonChem JSON), cut or trim it here and
 * let RDKit write the canonical SMILES of the result. The output equals, string for string, Python RDKit's
 * `MurckoScaffold.GetScaffoldForMol` and `FragmentOnBRICSBonds` followed by `MolToSmiles` (same RDKit
 * release; checked on 62,000 MOSES molecules and the edge cases in the test fixture).
 */
import { rdkit, withMol, type JSMol } from './chem';

interface GraphAtom {
  z?: number;
  impHs?: number;
  isotope?: number;
  stereo?: string;
}

interface GraphBond {
  atoms: [number, number];
  bo?: number;
  stereo?: string;
  stereoAtoms?: [number, number];
}

/** One molecule of a CommonChem document; absent fields take the document's defaults (bond order 1, carbon). */
interface Graph {
  atoms: GraphAtom[];
  bonds: GraphBond[];
  rings: number[][];
}

interface Document {
  rdkitjson: unknown;
  defaults: unknown;
  molecules: { atoms: GraphAtom[]; bonds: GraphBond[]; extensions?: { atomRings?: number[][] }[] }[];
}

function graphOf(mol: JSMol): { doc: Document; graph: Graph } {
  const doc = JSON.parse(mol.get_json()) as Document;
  const { atoms, bonds, extensions } = doc.molecules[0];
  const rings = extensions?.find(e => e.atomRings)?.atomRings ?? [];
  return { doc, graph: { atoms, bonds, rings } };
}

/**
 * Canonical SMILES of an edited graph. Stereo assignment is deferred because MinimalLib's JSON reader
 * drops double-bond stereo when it assigns stereo itself; a SMILES round trip then both keeps valid
 * stereo and clears marks the edit made meaningless, as `MolToSmiles` does in Python.
 */
function smilesOf(doc: Document, graph: Graph): string {
  doc.molecules = [{ atoms: graph.atoms, bonds: graph.bonds }];
  const mol = rdkit().get_mol(JSON.stringify(doc), '{"assignStereo":false}');
  if (!mol) throw new Error('RDKit rejected an edited molecule graph');
  try {
    const smiles = mol.get_smiles();
    return /[@/\\]/.test(smiles) ? withMol(smiles, m => m.get_smiles()) ?? smiles : smiles;
  } finally {
    mol.delete();
  }
}

const order = (b: GraphBond) => b.bo ?? 1;

function ringBondKeys(graph: Graph): Set<number> {
  const n = graph.atoms.length;
  const keys = new Set<number>();
  for (const ring of graph.rings) {
    ring.forEach((a, k) => {
      const b = ring[(k + 1) % ring.length];
      keys.add(Math.min(a, b) * n + Math.max(a, b));
    });
  }
  return keys;
}

const bondKey = (graph: Graph, [a, b]: [number, number]) => Math.min(a, b) * graph.atoms.length + Math.max(a, b);

/** A scaffold's canonical SMILES ('' for an acyclic molecule) and its ring count, as RDKit's RingInfo counts rings. */
export interface Scaffold {
  smiles: string;
  rings: number;
}

/**
 * Bemis & Murcko, J. Med. Chem. 39:2887 (1996): ring systems plus the linkers between them. As RDKit
 * defines it, atoms double-bonded to that framework (C=O, C=N, S(=O)=O) stay; atoms that lose a neighbour
 * take hydrogens in its place and lose their tetrahedral stereo.
 */
export function murckoScaffold(mol: JSMol): Scaffold {
  const { doc, graph } = graphOf(mol);
  if (graph.rings.length === 0) return { smiles: '', rings: 0 };
  const n = graph.atoms.length;
  const inRing = new Uint8Array(n);
  for (const ring of graph.rings) for (const a of ring) inRing[a] = 1;
  const neighbours: { atom: number; bond: GraphBond }[][] = Array.from({ length: n }, () => []);
  for (const bond of graph.bonds) {
    const [a, b] = bond.atoms;
    neighbours[a].push({ atom: b, bond });
    neighbours[b].push({ atom: a, bond });
  }
  // Peel chain ends until only rings and ring-to-ring paths are left.
  const degree = neighbours.map(list => list.length);
  const framework = new Uint8Array(n).fill(1);
  const ends = [...degree.keys()].filter(a => !inRing[a] && degree[a] <= 1);
  for (let a = ends.pop(); a !== undefined; a = ends.pop()) {
    framework[a] = 0;
    for (const { atom } of neighbours[a]) {
      if (framework[atom] && !inRing[atom] && --degree[atom] === 1) ends.push(atom);
    }
  }
  const keep = Uint8Array.from(framework);
  for (let a = 0; a < n; a++) {
    if (!framework[a] && neighbours[a].some(({ atom, bond }) => framework[atom] && order(bond) === 2)) keep[a] = 1;
  }
  return { smiles: smilesOf(doc, subgraph(graph, keep, neighbours)), rings: graph.rings.length };
}

/** The kept atoms; an atom that lost neighbours takes hydrogens for them and drops its stereo, as do its double bonds. */
function subgraph(graph: Graph, keep: Uint8Array, neighbours: { atom: number; bond: GraphBond }[][]): Graph {
  const index = new Int32Array(keep.length).fill(-1);
  const trimmed = new Uint8Array(keep.length);
  const atoms: GraphAtom[] = [];
  keep.forEach((k, a) => {
    if (!k) return;
    index[a] = atoms.length;
    const atom = { ...graph.atoms[a] };
    for (const { atom: b, bond } of neighbours[a]) {
      if (keep[b]) continue;
      atom.impHs = (atom.impHs ?? 0) + order(bond);
      delete atom.stereo;
      trimmed[a] = 1;
    }
    atoms.push(atom);
  });
  const bonds = graph.bonds
    .filter(({ atoms: [a, b] }) => keep[a] && keep[b])
    .map(({ atoms: [a, b], bo, stereo, stereoAtoms }): GraphBond => {
      const bond: GraphBond = { atoms: [index[a], index[b]], bo };
      if (stereoAtoms && !trimmed[a] && !trimmed[b]) {
        bond.stereo = stereo;
        bond.stereoAtoms = [index[stereoAtoms[0]], index[stereoAtoms[1]]];
      }
      return bond;
    });
  return { atoms, bonds, rings: [] };
}

export const scaffoldOfSmiles = (smiles: string): Scaffold | undefined => withMol(smiles, murckoScaffold);

/**
 * The sixteen BRICS link-atom environments of Degen, Bergmann, Lippert & Rarey, "On the art of compiling
 * and using 'drug-like' chemical fragment spaces", ChemMedChem 3:1503 (2008), Fig. 1, written as SMARTS;
 * the strings are RDKit's transcription (BSD licence), because the MOSES Frag metric is defined through
 * RDKit's FragmentOnBRICSBonds. A dummy atom (#0) stands for an already-cut neighbour.
 */
const ENVIRONMENTS: Record<string, string> = {
  1: '[C;D3]([#0,#6,#7,#8])(=O)',
  3: '[O;D2]-;!@[#0,#6,#1]',
  4: '[C;!D1;!$(C=*)]-;!@[#6]',
  5: '[N;!D1;!$(N=*);!$(N-[!#6;!#16;!#0;!#1]);!$([N;R]@[C;R]=O)]',
  6: '[C;D3;!R](=O)-;!@[#0,#6,#7,#8]',
  7: '[C;D2,D3]-[#6]',
  8: '[C;!R;!D1;!$(C!-*)]',
  9: '[n;+0;$(n(:[c,n,o,s]):[c,n,o,s])]',
  10: '[N;R;$(N(@C(=O))@[C,N,O,S])]',
  11: '[S;D2](-;!@[#0,#6])',
  12: '[S;D4]([#6,#0])(=O)(=O)',
  13: '[C;$(C(-;@[C,N,O,S])-;@[N,O,S])]',
  14: '[c;$(c(:[c,n,o,s]):[n,o,s])]',
  15: '[C;$(C(-;@C)-;@C)]',
  16: '[c;$(c(:c):c)]'
};

/**
 * Which environments a bond may join (Degen et al., Fig. 1). All are acyclic single bonds except 7–7, an
 * acyclic double bond. A bond that fits several pairs takes the last pair's labels, as RDKit's
 * FragmentOnBRICSBonds does: a ring carbon that is also environment 4 is labelled 13 or 15.
 */
const LINKS: [number, number[]][] = [
  [1, [3, 5, 10]],
  [3, [4, 13, 14, 15, 16]],
  [4, [5, 11]],
  [5, [12, 14, 16, 13, 15]],
  [6, [13, 14, 15, 16]],
  [7, [7]],
  [8, [9, 10, 13, 14, 15, 16]],
  [9, [13, 14, 15, 16]],
  [10, [13, 14, 15, 16]],
  [11, [13, 14, 15, 16]],
  [13, [14, 15, 16]],
  [14, [14, 15, 16]],
  [15, [16]],
  [16, [16]]
];

// Compiled once and kept for the life of the process: a fixed, small set of queries.
let environmentQueries: Map<number, JSMol> | undefined;

function environmentsOf(mol: JSMol): Map<number, Set<number>> {
  environmentQueries ??= new Map(Object.entries(ENVIRONMENTS).map(([label, smarts]) => [Number(label), rdkit().get_qmol(`[$(${smarts})]`)!]));
  const found = new Map<number, Set<number>>();
  for (const [label, query] of environmentQueries) {
    const matches = JSON.parse(mol.get_substruct_matches(query)) as { atoms: number[] }[] | object;
    found.set(label, new Set(Array.isArray(matches) ? matches.map(m => m.atoms[0]) : [])); // '{}' means none
  }
  return found;
}

/** The bonds BRICS cuts, each with the environment label of its first and second atom. */
function bricsBonds(mol: JSMol, graph: Graph): Map<GraphBond, [number, number]> {
  const env = environmentsOf(mol);
  const ringBonds = ringBondKeys(graph);
  const cuts = new Map<GraphBond, [number, number]>();
  const open = graph.bonds.filter(b => !ringBonds.has(bondKey(graph, b.atoms)));
  for (const [first, partners] of LINKS) {
    for (const second of partners) {
      const wanted = first === 7 ? 2 : 1;
      for (const bond of open) {
        if (order(bond) !== wanted) continue;
        const [a, b] = bond.atoms;
        const forward = env.get(first)!.has(a) && env.get(second)!.has(b);
        const backward = env.get(first)!.has(b) && env.get(second)!.has(a);
        // When both orientations fit, RDKit's matcher reports the lower-numbered atom as the first environment.
        if (forward && (!backward || a < b)) cuts.set(bond, [first, second]);
        else if (backward) cuts.set(bond, [second, first]);
      }
    }
  }
  return cuts;
}

/**
 * BRICS fragments as canonical SMILES: every BRICS bond is cut and each side gets a dummy atom whose
 * isotope is the environment label of the atom it hangs on ([16*]c1ccccc1). A molecule without BRICS
 * bonds is its own single fragment.
 */
export function bricsFragments(mol: JSMol): string[] {
  const { doc, graph } = graphOf(mol);
  const cuts = bricsBonds(mol, graph);
  if (cuts.size === 0) return mol.get_smiles().split('.');
  const atoms = [...graph.atoms];
  const bonds: GraphBond[] = [];
  for (const bond of graph.bonds) {
    const labels = cuts.get(bond);
    if (!labels) {
      bonds.push(bond);
      continue;
    }
    // Each end keeps its bond in the same slot, now to a dummy, so tetrahedral parity is unchanged. No
    // environment atom sits on a stereo double bond, so no bond stereo refers to a cut neighbour.
    bond.atoms.forEach((end, k) => {
      const dummy = atoms.push({ z: 0, isotope: labels[k] }) - 1;
      bonds.push({ atoms: [end, dummy], bo: bond.bo });
    });
  }
  return smilesOf(doc, { atoms, bonds, rings: [] }).split('.');
}

export const bricsOfSmiles = (smiles: string): string[] | undefined => withMol(smiles, bricsFragments);
