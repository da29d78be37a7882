"""Reference MOSES filter verdicts from Python RDKit for the GenHealth molecule tests (test-only; JSON to stdout).

Run from the repository root with a Python that has rdkit 2026.9.1 and pandas:
    python kernel-helpers/oracles/molecules/filters_reference.py molsets-0.3.1-py3-none-any.whl \
        models/molecules/data/test.smi > kernel-helpers/test-fixtures/molecules/filters-reference.json
The wheel is molsets 0.3.1 from PyPI (`pip download molsets==0.3.1 --no-deps`); its SMARTS tables are read from
inside it exactly as MOSES reads them, so the fixture also checks our cleaned copies in data/filters/. The check
below restates `mol_passes_filters` (moses/metrics/utils.py) without importing MOSES, which needs torch.

Molecules: a seeded sample of the MOSES test set (these pass by construction), the same kind of molecules with one
fragment grafted on (alerting groups, charges, iodine, phosphorus, macrocycles, or harmless groups), and a
hand-picked list of PAINS, MCF, ring-size, element and parsing cases.
"""
import io
import json
import random
import re
import sys
import zipfile

import pandas as pd
import rdkit
from rdkit import Chem, RDLogger

RDLogger.DisableLog('rdApp.*')
SEED = 2020
BASE_SAMPLE = 300
GRAFTED = 800
ALLOWED = {'C', 'N', 'S', 'O', 'F', 'Cl', 'Br', 'H'}

# Fragments with one attachment point '*'.
FRAGMENTS = [
    # PAINS families (Baell & Holloway 2010) and their neighbours
    '*C1=CC(=O)C=CC1=O', '*c1ccc(O)c(O)c1', '*c1ccc(N=Nc2ccccc2)cc1', '*c1ccc(C=C2SC(=S)NC2=O)cc1',
    '*c1ccc(C=C2SC(=O)NC2=O)cc1', '*c1ccc(N(C)C)cc1', '*c1ccc(O)c(CN(C)C)c1', '*c1sc(N)c(C(=O)OC)c1C',
    '*C(=O)C=Cc1ccc(O)cc1', '*c1ccc(C=NNc2ccccc2)cc1', '*c1ccc(O)c(C=NN)c1', '*N=Cc1ccccc1O',
    '*c1ccc2c(c1)C(=O)c1ccccc1C2=O', '*c1cc(O)c(O)c(O)c1', '*C(=O)CC(=O)c1ccccc1', '*c1ccc(N)c(N)c1',
    '*C1=CC(=O)c2ccccc2C1=O', '*c1ccc(-n2c(C)ccc2C)cc1', '*c1ccc(C=C(C#N)C#N)cc1', '*SC1=NC(=O)C(=Cc2ccco2)S1',
    # MCF (medicinal chemistry filters)
    '*C=CC#N', '*C=O', '*C1CO1', '*C1CN1', '*N=C=O', '*NN', '*SSC', '*CCl', '*N=NC', '*C(O)OC', '*c1ccc(Cl)nc1',
    '*C(Br)(Br)Br', '*C(F)(F)C(F)(F)C(F)(F)F', '*C=CS(C)(=O)=O', '*NC(C)N', '*C(=NC)C', '*N(C)N(C)C',
    # charges, elements, large rings
    '*[N+](C)(C)C', '*C(=O)[O-]', '*[NH3+]', '*[O-]', '*I', '*P(=O)(O)O', '*B(O)O', '*[Si](C)(C)C', '*[Se]C',
    '*C1CCCCCCC1', '*C1CCCCCCCCCCC1', '*N1CCCCCCC1',
    # harmless groups, so grafted molecules also pass
    '*C', '*OC', '*F', '*Cl', '*Br', '*c1ccccc1', '*C(=O)NC', '*S(C)(=O)=O', '*C1CC1', '*C(F)(F)F', '*C#N',
    '*OCC(=O)N', '*c1ccncc1', '*N1CCOCC1',
]

CHOSEN = [
    # PAINS and look-alikes
    'O=C1NC(=S)SC1=Cc1ccccc1', 'O=C1C=CC(=O)C=C1', 'Oc1ccccc1O', 'c1ccc(N=Nc2ccccc2)cc1', 'CN(C)c1ccc(C=Cc2ccccc2)cc1',
    'Oc1ccc(N=Nc2ccccc2)cc1', 'O=C1c2ccccc2C(=O)c2ccccc21', 'Nc1ccc(O)cc1', 'CCOC(=O)c1c(N)sc(C)c1C',
    'Oc1ccc(CN2CCCC2)cc1O', 'N#CC(C#N)=Cc1ccc(O)cc1', 'O=C(C=Cc1ccccc1)c1ccccc1', 'Cc1ccc(C)n1-c1ccccc1',
    'NNc1ccccc1', 'O=C1C(=Cc2ccccc2)Sc2ccccc21', 'Oc1cc(O)c(O)cc1C=O', 'CC(=O)c1ccc(O)c(O)c1',
    # MCF cases
    'C=CC#N', 'CC=O', 'C1CO1', 'C1CN1', 'CN=C=O', 'CSSC', 'ClCCCl', 'CN=NC', 'BrCBr.BrC', 'FC(F)(F)C(F)(F)C(F)(F)F',
    'Clc1ccc(Cl)nc1', 'CC(O)OC', 'NCN', 'CC(=N)C', 'C1=CC=C(N)C=C1', 'C=CC(=O)N(C)C', 'O=C1C=COC=C1',
    # charges, elements
    'C[N+](C)(C)C', 'CC(=O)[O-]', '[NH4+]', 'CC(=O)O[Na]', 'Ic1ccccc1', 'CP(=O)(O)O', 'OB(O)c1ccccc1',
    'C[Si](C)(C)C', 'C[Se]C', 'O=[N+]([O-])c1ccccc1', 'Cc1cc[n+](C)cc1', 'CS(=O)(=O)[O-].[K+]', '[2H]C([2H])([2H])c1ccccc1',
    '[13CH3]c1ccccc1', 'C[CH2]', '[CH2]c1ccccc1',
    # rings: symmetrised SSSR sizes decide, not envelopes
    'C1CCCCCCC1', 'C1CCCCCC1', 'c1ccc2ccccc2c1', 'C1CCC2CCCCC2C1', 'C1CC2CCC1CC2', 'C12C3C4C1C5C2C3C45',
    'C1CCC2(CC1)CCCCC2', 'C1=CC=CC=CC=C1', 'C1CCCCCCCCCCC1', 'O=C1CCCCCCN1', 'C1CC2CCCC(C1)C2',
    'C1CCC2CCCCCC2C1', 'C1CC2CC1CCCC2',
    # stereochemistry is dropped before the round trip
    'C[C@H](N)C(=O)O', 'F/C=C/F', 'C[C@@H]1CC[C@H](C)CC1',
    # not molecules
    '', 'C1CC', 'xyz', 'c1cccc1', 'C(C)(C)(C)(C)C',
]


def moses_alerts(wheel_path):
    """(filter, name, query) in the order our TypeScript runs them; the tables are parsed as MOSES parses them."""
    wheel = zipfile.ZipFile(wheel_path)
    mcf = pd.read_csv(io.BytesIO(wheel.read('moses/metrics/mcf.csv')))
    pains = pd.read_csv(io.BytesIO(wheel.read('moses/metrics/wehi_pains.csv')), names=['smarts', 'names'])
    alerts = [('MCF', n, s) for n, s in zip(mcf['names'], mcf['smarts'])]
    alerts += [('PAINS', re.fullmatch(r'<regId=(.+)>', n).group(1), s) for n, s in zip(pains['names'], pains['smarts'])]
    return [(f, n, Chem.MolFromSmarts(s)) for f, n, s in alerts]


def parse(smiles):
    """MOSES's get_mol: empty → None, else MolFromSmiles then SanitizeMol."""
    if not smiles:
        return None
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    try:
        Chem.SanitizeMol(mol)
    except ValueError:
        return None
    return mol


def verdict(smiles, alerts):
    mol = parse(smiles)
    if mol is None:
        return {'smiles': smiles, 'passes': False, 'alerts': None}
    h_mol = Chem.AddHs(mol)
    matched = [f'{f}:{n}' for f, n, q in alerts if h_mol.HasSubstructMatch(q)]
    ring_info = mol.GetRingInfo()
    passes = not (
        ring_info.NumRings() != 0 and any(len(r) >= 8 for r in ring_info.AtomRings())
        or any(a.GetFormalCharge() != 0 for a in mol.GetAtoms())
        or any(a.GetSymbol() not in ALLOWED for a in mol.GetAtoms())
        or matched
    )
    if passes:
        canonical = Chem.MolToSmiles(mol, isomericSmiles=False)
        passes = bool(canonical) and Chem.MolFromSmiles(canonical) is not None
    return {'smiles': smiles, 'passes': passes, 'alerts': matched}


def graft(smiles, fragment, rng):
    """Bonds the fragment's '*' neighbour to a random hydrogen-bearing atom of the molecule; None if that fails."""
    base, frag = Chem.MolFromSmiles(smiles), Chem.MolFromSmiles(fragment)
    sites = [a.GetIdx() for a in base.GetAtoms() if a.GetTotalNumHs() > 0]
    if not sites:
        return None
    site = rng.choice(sites)
    star = next(a for a in frag.GetAtoms() if a.GetAtomicNum() == 0)
    offset = base.GetNumAtoms()
    combo = Chem.RWMol(Chem.CombineMols(base, frag))
    combo.AddBond(site, star.GetNeighbors()[0].GetIdx() + offset, Chem.BondType.SINGLE)
    combo.RemoveAtom(star.GetIdx() + offset)
    atom = combo.GetAtomWithIdx(site)
    if atom.GetNumExplicitHs():
        atom.SetNumExplicitHs(atom.GetNumExplicitHs() - 1)
    mol = combo.GetMol()
    try:
        Chem.SanitizeMol(mol)
    except Exception:
        return None
    return Chem.MolToSmiles(mol)


def main(wheel_path, test_smi):
    alerts = moses_alerts(wheel_path)
    rng = random.Random(SEED)
    with open(test_smi) as f:
        pool = [line.strip() for line in f if line.strip()]
    base = rng.sample(pool, BASE_SAMPLE + GRAFTED)
    grafted = []
    for smiles in base[BASE_SAMPLE:]:
        product = graft(smiles, rng.choice(FRAGMENTS), rng)
        if product:
            grafted.append(product)
    molecules = [verdict(s, alerts) for s in base[:BASE_SAMPLE] + grafted + CHOSEN]
    out = sys.stdout
    out.write('{\n "generator": "kernel-helpers/oracles/molecules/filters_reference.py",\n')
    out.write(f' "rdkit": "{rdkit.__version__}",\n')
    out.write(f' "source": "{BASE_SAMPLE} MOSES test-set SMILES sampled with random.Random({SEED}), {len(grafted)} '
              f'more with a fragment grafted on, {len(CHOSEN)} hand-picked",\n')
    out.write(' "molecules": [\n' + ',\n'.join(json.dumps(m) for m in molecules) + '\n ]\n}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
