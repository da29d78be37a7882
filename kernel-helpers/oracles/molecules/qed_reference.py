"""Reference QED values from Python RDKit for the GenHealth molecule tests (test-only; writes JSON to stdout).

Run from the repository root with a Python that has rdkit 2026.9.1, the release that @rdkit/rdkit 2026.9.1 builds:
    python kernel-helpers/oracles/molecules/qed_reference.py models/molecules/data/test.smi \
        > kernel-helpers/test-fixtures/molecules/qed-reference.json
The first argument is the MOSES test set (one SMILES per line); a seeded sample of it is joined by the hand-picked
molecules below, chosen to exercise every QED property: drugs, salts, charges, metals, isotopes, macrocycles,
many alerts, and the ring-counting quirks named in RDKit's QED module.
"""
import json
import random
import sys

import rdkit
from rdkit import Chem
from rdkit.Chem import QED

SAMPLE_SIZE = 400
SEED = 2012

CHOSEN = {
    'aspirin': 'CC(=O)Oc1ccccc1C(=O)O',
    'caffeine': 'Cn1c(=O)c2c(ncn2C)n(C)c1=O',
    'paracetamol': 'CC(=O)Nc1ccc(O)cc1',
    'ibuprofen': 'CC(C)Cc1ccc(cc1)C(C)C(=O)O',
    'atorvastatin': 'CC(C)c1c(C(=O)Nc2ccccc2)c(-c2ccccc2)c(-c2ccc(F)cc2)n1CC[C@@H](O)C[C@@H](O)CC(=O)O',
    'cyclosporin A': 'CC[C@H]1C(=O)N(CC(=O)N([C@H](C(=O)N[C@H](C(=O)N([C@H](C(=O)N[C@H](C(=O)N[C@@H](C(=O)N([C@H](C(=O)N([C@H](C(=O)N([C@H](C(=O)N([C@H](C(=O)N1)[C@@H]([C@H](C)C/C=C/C)O)C)C(C)C)C)CC(C)C)C)CC(C)C)C)C)C)CC(C)C)C)C(C)C)CC(C)C)C)C',
    'paclitaxel': 'CC1=C2[C@@]([C@]([C@H]([C@@H]3[C@]4([C@H](OC4)C[C@@H]([C@]3(C(=O)[C@@H]2OC(=O)C)C)O)OC(=O)C)OC(=O)c5ccccc5)(C[C@@H]1OC(=O)[C@H](O)[C@@H](NC(=O)c6ccccc6)c7ccccc7)O)(C)C',
    'morphine': 'CN1CC[C@]23c4c5ccc(O)c4O[C@H]2[C@@H](O)C=C[C@H]3[C@H]1C5',
    'penicillin G': 'CC1(C)S[C@@H]2[C@H](NC(=O)Cc3ccccc3)C(=O)N2[C@H]1C(=O)O',
    'sildenafil': 'CCCc1nn(C)c2c(=O)[nH]c(-c3cc(S(=O)(=O)N4CCN(C)CC4)ccc3OCC)nc12',
    'imatinib': 'Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1',
    'metformin': 'CN(C)C(=N)NC(=N)N',
    'testosterone': 'C[C@]12CC[C@H]3[C@@H](CCC4=CC(=O)CC[C@@]43C)[C@@H]1CC[C@@H]2O',
    'glucose': 'OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O',
    'erythromycin': 'CC[C@@H]1[C@@]([C@@H]([C@H](C(=O)[C@@H](C[C@@]([C@@H]([C@H]([C@@H]([C@H](C(=O)O1)C)O[C@H]2C[C@@]([C@H]([C@@H](O2)C)O)(C)OC)C)O[C@H]3[C@@H]([C@H](C[C@H](O3)C)N(C)C)O)(C)O)C)C)O)(C)O',
    'sodium benzoate': '[Na+].[O-]C(=O)c1ccccc1',
    'choline': 'C[N+](C)(C)CCO',
    'glycine zwitterion': '[NH3+]CC(=O)[O-]',
    'nitrobenzene': 'O=[N+]([O-])c1ccccc1',
    'p-benzoquinone': 'O=C1C=CC(=O)C=C1',
    'catechol': 'Oc1ccccc1O',
    'azobenzene': 'c1ccc(cc1)/N=N/c1ccccc1',
    'rhodanine ylidene': 'O=C1NC(=S)S/C1=C/c1ccccc1',
    'iodobenzene': 'Ic1ccccc1',
    'triflate': 'CCOS(=O)(=O)C(F)(F)F',
    'cisplatin': 'N.N.Cl[Pt]Cl',
    'ferrocene-like': '[Fe+2].c1cc[cH-]c1.c1cc[cH-]c1',
    'carbon-13 and deuterium': '[13CH3]c1ccc([2H])cc1',
    'explicit hydrogens': '[H]OC([H])([H])C([H])([H])[H]',
    'cyclododecane': 'C1CCCCCCCCCCC1',
    'fluorene (AROM counts 3)': 'c1ccc2c(c1)Cc1ccccc1-2',
    'phenothiazine-like (RDKit note)': 'N1C2=CC=CC=C2SC3=C1C=CC4=C3C=CC=C4',
    'xanthene dye (RDKit note)': 'OC1=C(O)C=C2C(=C1)OC3=CC(=O)C(=CC3=C2C4=CC=CC=C4)O',
    'azulene (RDKit note)': 'CC(C)C1=CC2=C(C)C=CC2=C(C)C=C1',
    'phenylboronic acid': 'OB(O)c1ccccc1',
    'trimethylsilyl ether': 'C[Si](C)(C)Oc1ccccc1',
    'phosphate ester': 'COP(=O)(OC)OC',
    'sulfonate anion': 'CS(=O)(=O)[O-]',
    'tetrazole': 'c1nn[nH]n1',
    'cubane': 'C12C3C4C1C5C2C3C45',
    'adamantane': 'C1C2CC3CC1CC(C2)C3',
    'PEG-12': 'COCCOCCOCCOCCOCCOCCOCCOCCOCCOCCOCCOC',
    'tripeptide': 'N[C@@H](Cc1ccccc1)C(=O)N[C@@H](CO)C(=O)N[C@@H](CC(=O)O)C(=O)O',
    'methyl radical': '[CH3]',
    'copper sulfate': '[Cu+2].[O-]S(=O)(=O)[O-]',
    'many alerts': 'O=CC(=O)C=CC#N.ICCBr.N=[N+]=[N-].SS',
    'pyrene': 'c1cc2ccc3cccc4ccc(c1)c2c34',
    'vancomycin aglycone-like macrocycle': 'O=C1NC(Cc2ccc(O)cc2)C(=O)NC(CC(N)=O)C(=O)NC(Cc2ccccc2)C(=O)NCC(=O)N1',
    'water': 'O',
    'single atom': 'C',
}


def record(smiles, label=None):
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    props = QED.properties(mol)._asdict()
    entry = {'smiles': smiles, 'qed': QED.qed(mol), 'properties': props}
    if label:
        entry['name'] = label
    return entry


def main(test_smi):
    with open(test_smi) as f:
        pool = [line.strip() for line in f if line.strip()]
    sample = random.Random(SEED).sample(pool, SAMPLE_SIZE)
    chosen = [record(smi, name) for name, smi in CHOSEN.items()]
    missing = [name for name, r in zip(CHOSEN, chosen) if r is None]
    if missing:
        sys.exit(f'RDKit cannot parse: {missing}')
    molecules = [record(smi) for smi in sample] + chosen
    out = sys.stdout
    out.write('{\n "generator": "kernel-helpers/oracles/molecules/qed_reference.py",\n')
    out.write(f' "rdkit": "{rdkit.__version__}",\n')
    out.write(f' "source": "{SAMPLE_SIZE} SMILES sampled with random.Random({SEED}) from the MOSES test set, '
              f'then {len(CHOSEN)} hand-picked molecules",\n')
    out.write(' "molecules": [\n' + ',\n'.join(json.dumps(m) for m in molecules) + '\n ]\n}\n')

if __name__ == '__main__':
    main(sys.argv[1])
