"""Reference values for the MOSES metrics, computed with Python RDKit (test-only; writes JSON to stdout).

Run from the repository root with a Python that has rdkit 2026.9.1, numpy, scipy and pandas, the MOSES data unpacked
in models/molecules/data, and the molsets 0.3.1 wheel (`pip download molsets==0.3.1 --no-deps`; only its filter
SMARTS tables are read):

    python kernel-helpers/oracles/molecules/moses_reference.py models/molecules/data molsets-0.3.1-py3-none-any.whl \
        > kernel-helpers/test-fixtures/molecules/moses-reference.json

Definitions follow Polykovskiy et al., "Molecular Sets (MOSES)", Front. Pharmacol. 2020, as the molsets code computes
them (get_all_metrics): the metrics after Valid see the valid generated molecules as canonical SMILES, duplicates kept;
Scaf counts only scaffolds with two or more rings; IntDivp = 1 - mean_i (mean_j T_ij^p)^(1/p) over all ordered pairs,
self-pairs included. Similarities are computed here in float64 (molsets uses float32 torch), so the TypeScript
implementation can be held to 1e-9. Scaffolds are RDKit's MurckoScaffold.GetScaffoldForMol; fragments are
FragmentOnBRICSBonds (Degen et al., ChemMedChem 2008). FCD and SA are not computed.
"""
import json
import random
import sys
import zipfile
from collections import Counter
from io import StringIO
from pathlib import Path

import numpy as np
import pandas as pd
from rdkit import Chem, RDLogger, rdBase
from rdkit.Chem import AllChem, Crippen, DataStructs, Descriptors, QED
from rdkit.Chem.Scaffolds import MurckoScaffold
from scipy.spatial.distance import cosine
from scipy.stats import wasserstein_distance

RDLogger.DisableLog('rdApp.*')
SEED = 20200
data_dir = Path(sys.argv[1])
wheel = sys.argv[2]


def read_smiles(name):
    return [line.strip() for line in open(data_dir / f'{name}.smi') if line.strip()]


def mol_of(smiles):
    return Chem.MolFromSmiles(smiles) if smiles else None


def canonical(smiles):
    mol = mol_of(smiles)
    return Chem.MolToSmiles(mol) if mol is not None else None


def scaffold(mol):
    core = MurckoScaffold.GetScaffoldForMol(mol)
    return Chem.MolToSmiles(core), core.GetRingInfo().NumRings()


def brics(mol):
    return Chem.MolToSmiles(AllChem.FragmentOnBRICSBonds(mol))


def fingerprints(mols):
    out = np.zeros((len(mols), 1024))
    for i, mol in enumerate(mols):
        DataStructs.ConvertToNumpyArray(AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=1024), out[i])
    return out


def tanimoto_matrix(a, b):
    both = a @ b.T
    with np.errstate(invalid='ignore', divide='ignore'):
        t = both / (a.sum(1)[:, None] + b.sum(1)[None, :] - both)
    t[np.isnan(t)] = 1.0  # two empty fingerprints count as identical
    return t


def internal_diversity(fps, p):
    t = tanimoto_matrix(fps, fps)
    return 1 - np.mean(np.mean(t ** p, axis=1) ** (1 / p))


def snn(gen_fps, ref_fps):
    return float(np.mean(tanimoto_matrix(gen_fps, ref_fps).max(axis=1)))


def cos_similarity(ref, gen):
    if not ref or not gen:
        return None
    keys = sorted(set(ref) | set(gen))
    return 1 - cosine([ref.get(k, 0) for k in keys], [gen.get(k, 0) for k in keys])


def scaffold_counts(mols):
    counts = Counter()
    for mol in mols:
        smiles, rings = scaffold(mol)
        if smiles and rings >= 2:
            counts[smiles] += 1
    return counts


def fragment_counts(mols):
    return Counter(f for mol in mols for f in brics(mol).split('.'))


def moses_filters():
    """MCF and PAINS SMARTS from the molsets tables, as MOSES's mol_passes_filters reads them."""
    with zipfile.ZipFile(wheel) as z:
        mcf = pd.read_csv(StringIO(z.read('moses/metrics/mcf.csv').decode()))
        pains = pd.read_csv(StringIO(z.read('moses/metrics/wehi_pains.csv').decode()), names=['smarts', 'names'])
    return [Chem.MolFromSmarts(s) for s in pd.concat([mcf, pains], sort=True)['smarts'].values]


FILTERS = moses_filters()
ALLOWED = {'C', 'N', 'S', 'O', 'F', 'Cl', 'Br', 'H'}


def passes_filters(mol):
    rings = mol.GetRingInfo()
    if rings.NumRings() and any(len(r) >= 8 for r in rings.AtomRings()):
        return False
    if any(a.GetFormalCharge() != 0 or a.GetSymbol() not in ALLOWED for a in mol.GetAtoms()):
        return False
    with_h = Chem.AddHs(mol)
    if any(with_h.HasSubstructMatch(f) for f in FILTERS):
        return False
    smiles = Chem.MolToSmiles(mol, isomericSmiles=False)
    return bool(smiles) and Chem.MolFromSmiles(smiles) is not None


def wasserstein(fn, ref, gen):
    return wasserstein_distance([fn(m) for m in ref], [fn(m) for m in gen])


# Hand-picked cases beyond the MOSES sample: stereo, charges, exocyclic double bonds, salts, isotopes, dummies.
EDGE_CASES = [
    'CC(C)Cc1ccc(cc1)C(C)C(=O)O', 'O=C1CCCCC1', 'C1CC1=C=O', 'c1ccccc1C(=NO)c1ccccc1', 'C=C(c1ccccc1)c1ccccc1',
    'C[n+]1ccccc1', '[O-][n+]1ccccc1', 'Cn1cccc1', 'CCO.c1ccccc1', 'CCCC', 'C#CC1CCCCC1', 'O=[N+]([O-])c1ccccc1',
    'C[C@]12CC[C@H]3[C@@H](CCC4=CC(=O)CC[C@@]43C)[C@@H]1CC[C@@H]2O', 'C[C@@]12CCCC[C@H]1CCCC2',
    'N[C@@H](Cc1ccccc1)C(=O)N1CCC[C@H]1C(=O)O', 'F[C@@]1(Cl)CC1c1ccccc1', 'C/C=C/C(=O)Nc1ccccc1',
    'c1ccccc1/C=C/c1ccccc1', 'C/C=C/C(C)=C/C', 'CC(C)=C1C(=O)CCC1=O', 'C[N+](C)(C)Cc1ccccc1', '[13CH3]Oc1ccccc1',
    'CC(=O)Oc1ccccc1C(=O)O', 'CN1C=NC2=C1C(=O)N(C(=O)N2C)C', 'O=C(O)c1ccccc1-c1ccccn1', '[2H]C([2H])([2H])N1CCCC1',
    'C1CCC2(CC1)CCCC2', 'c1ccc2c(c1)Cc1ccccc1-2', 'O=S(=O)(N1CCOCC1)c1ccc(Cl)cc1', 'C=CCn1c(=O)[nH]c2ccccc21',
    'CC[C@H](C)[C@H](NC(=O)[C@@H]1CCCN1)C(=O)N[C@@H](Cc1ccc(O)cc1)C(=O)O', 'OC(c1ccccc1)(c1ccccc1)C1CCNCC1',
    'CSc1nc2ccccc2s1', 'C1=CC=CC=CC=C1', 'Clc1ccc(cc1)[C@H]1CC[C@@H](N)C1', '[Na+].[O-]C(=O)c1ccccc1',
    'COC1(C)CCCC1', 'COC12CCCN1CCC2', 'Cn1ccnc1C12CCCN1CCC2', 'C12(C34CCCN3CCC4)CCCN1CCC2', 'C/C(c1ccccc1)=C/c1ccccc1',
    'C[C@H](Cl)[C@@H](F)C(=O)N[C@H]1CC[C@@H](O)CC1', 'F/C=C/C(=O)N1CCC[C@@H]1/C=C\\c1ccccc1',
]


def main():
    rng = random.Random(SEED)
    test, train, test_sf = read_smiles('test'), read_smiles('train'), read_smiles('test_scaffolds')
    picks = rng.sample(range(len(test)), 2150)
    reference = [test[i] for i in picks[:2000]]
    train_subset = rng.sample(train, 5000)
    scaffold_set = rng.sample(test_sf, 1000)

    # "Generated": unseen test molecules, training molecules (not novel), respellings of earlier ones, invalid strings.
    generated = [test[i] for i in picks[2000:]] + rng.sample(train_subset, 60) + rng.sample(scaffold_set, 30)
    respelled = [Chem.MolToSmiles(Chem.MolFromSmiles(s), doRandom=True) for s in rng.sample(generated, 25)]
    generated += respelled + rng.sample(generated, 15)
    generated += ['C1CC', 'c1cccc1', '', 'XYZ', 'C(C)(C)(C)(C)C', 'c1ccccc1)', 'N(=O)=O=O', 'C1=CC=CC=C1C1',
                  'B(B)(B)(B)', 'Cl(Cl)Cl', '[Xx]', 'CC(', 'c1ncnc1n', 'C=1CC', 'O=O=O', 'CCC[', 'C%', 'F(F)F',
                  '[nH]1cccc', 'C1CC2']
    rng.shuffle(generated)

    valid = [canonical(s) for s in generated]
    gen = [s for s in valid if s is not None]
    gen_mols = [Chem.MolFromSmiles(s) for s in gen]
    ref_mols = [Chem.MolFromSmiles(s) for s in reference]
    sf_mols = [Chem.MolFromSmiles(s) for s in scaffold_set]
    gen_fps, ref_fps, sf_fps = fingerprints(gen_mols), fingerprints(ref_mols), fingerprints(sf_mols)
    unique_gen = set(gen)

    metrics = {
        'valid': 1 - valid.count(None) / len(valid),
        **{f'unique@{k}': len(set(gen[:k])) / len(gen[:k]) for k in (100, 1000, 10000)},
        'novelty': len(unique_gen - set(train_subset)) / len(unique_gen),
        'intDiv1': internal_diversity(gen_fps, 1),
        'intDiv2': internal_diversity(gen_fps, 2),
        'filters': float(np.mean([passes_filters(m) for m in gen_mols])),
        'snnTest': snn(gen_fps, ref_fps),
        'fragTest': cos_similarity(fragment_counts(ref_mols), fragment_counts(gen_mols)),
        'scafTest': cos_similarity(scaffold_counts(ref_mols), scaffold_counts(gen_mols)),
        'snnTestSF': snn(gen_fps, sf_fps),
        'fragTestSF': cos_similarity(fragment_counts(sf_mols), fragment_counts(gen_mols)),
        'scafTestSF': cos_similarity(scaffold_counts(sf_mols), scaffold_counts(gen_mols)),
        'logP': wasserstein(Crippen.MolLogP, ref_mols, gen_mols),
        'weight': wasserstein(Descriptors.MolWt, ref_mols, gen_mols),
        'qed': wasserstein(QED.qed, ref_mols, gen_mols),
    }

    def per_molecule(smiles_list):
        rows = []
        for smiles in smiles_list:
            mol = Chem.MolFromSmiles(smiles)
            scaf, rings = scaffold(mol)
            rows.append({'smiles': smiles, 'scaffold': scaf, 'rings': rings, 'fragments': brics(mol)})
        return rows

    json.dump({
        'source': 'kernel-helpers/oracles/molecules/moses_reference.py',
        'rdkit': rdBase.rdkitVersion,
        'seed': SEED,
        'generated': generated,
        'canonical': valid,
        'properties': [{'logP': Crippen.MolLogP(m), 'weight': Descriptors.MolWt(m), 'qed': QED.qed(m),
                        'filters': passes_filters(m)} for m in gen_mols],
        'reference': reference,
        'testScaffolds': scaffold_set,
        'train': train_subset,
        'metrics': metrics,
        'molecules': per_molecule(reference + sorted(unique_gen)),
        'edgeCases': per_molecule(EDGE_CASES),
    }, sys.stdout, separators=(',', ':'))


if __name__ == '__main__':
    main()
