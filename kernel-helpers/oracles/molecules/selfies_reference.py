"""Reference SELFIES from the `selfies` package for the GenHealth SELFIES tests (test-only; writes JSON to stdout).

Run from the repository root with a Python that has selfies 2.2.0 and rdkit (2026.9.1 was used):
    python kernel-helpers/oracles/molecules/selfies_reference.py models/molecules/data/test.smi \
        > kernel-helpers/test-fixtures/molecules/selfies-reference.json
The first argument is the MOSES test set (one SMILES per line). A seeded sample of it, joined by hand-picked harder
molecules (charges, stereo, rings closing on double bonds, fragments, bracket atoms, ring labels past 9, branches and
rings long enough for [Branch3]/[Ring3]), is encoded and decoded; bad SMILES record the encoder's error; hand-written
and seeded random SELFIES record the decoder's output. RDKit only checks that the hand-picked molecules are valid.
"""
import datetime
import json
import random
import sys
from importlib.metadata import version

import rdkit
import selfies as sf
from rdkit import Chem

SAMPLE_SIZE = 1000
SEED = 2020
RANDOM_ROBUST = 1000
RANDOM_EXTENDED = 500

HARDER = [
    # charges and zwitterions
    'C[N+](C)(C)C', '[O-][N+](=O)c1ccccc1', 'CC(=O)[O-].[Na+]', '[NH3+]CC(=O)[O-]', 'c1cc[n+]([O-])cc1',
    'C[n+]1ccccc1', 'Cc1nn[n-]n1', '[Cl-].C[NH+](C)C', 'O=S(=O)([O-])c1ccccc1', '[C-]#[O+]', 'CC[S+](C)C',
    'F[P-](F)(F)(F)(F)F', 'F[B-](F)(F)F', 'c1cc[nH+]cc1', 'O.O.[Cu+2].[O-]S(=O)(=O)[O-]',
    # tetrahedral and double-bond stereo, including chiral atoms that open rings
    'C[C@H](N)C(=O)O', 'N[C@@H](Cc1ccccc1)C(=O)O', 'C/C=C/C', 'C/C=C\\C', 'F/C=C/F', 'C/C=C/C=C/C',
    'OC(=O)/C=C\\C(=O)O', 'C[C@@H]1CC[C@H](O)CC1', 'C[C@]12CC[C@H]3[C@@H](CC=C4CC(=O)CC[C@@]43C)[C@@H]1CCC2=O',
    '[C@@H]12CCC1CC2', '[C@H]21CCC1CC2', 'C[C@@]1(O)CC[C@]2(C)CC1CC2', 'F[C@@]1(Cl)CCC1', '[C@@]1(Cl)(F)CC1',
    'O[C@H]1[C@H](O)[C@@H](O)[C@H](O)[C@@H](O)[C@@H]1O', 'C1CC/C1=C/C', 'C/1CCC/C1=C/C', 'F/C=C/1CCC1',
    'C\\1CCCC/1=C/C', 'C[C@H]1CC[C@@H](C)O1', 'C[C@]12CCC[C@H]1CC2',
    # rings closing on double and triple bonds
    'C1=CCCCC1', 'C=1CCCCC=1', 'C1CCCCC=1', 'O=C1CC=CC1', 'C1=CC=CC=C1', 'C#1CCCCCCCC1', 'C12=CC=CC=C1C=CC=C2',
    # fragments
    'CC.O', 'c1ccccc1.c1ccncc1', 'Cl.CN', '[Na+].[Cl-]',
    # bracket atoms: isotopes, explicit hydrogens, other elements, aromatic heteroatoms
    '[13CH4]', '[2H]C([2H])([2H])O', '[CH2]=O', 'C[Si](C)(C)C', 'c1cc[se]c1', 'B(O)O', 'CB1OC(C)(C)C(C)(C)O1',
    'P(=O)(O)(O)O', 'c1cc[nH]c1', 'c1ccc2[nH]ccc2c1', 'Cn1cnc2c1c(=O)n(C)c(=O)n2C', 'O=c1cc[nH]c(=O)[nH]1',
    'c1ccsc1', 'c1ccoc1', 'S=C=S', 'OS(=O)(=O)O', '[H]C([H])([H])[H]', '[H][H]', 'C[NH2+]C', 'O=s1cccc1',
    'c1ccc2c(c1)cc[nH]2', 'c1ccc2c(c1)[nH]c1ccccc12', 'c1ccc-2c(c1)-c1ccccc-21', 'c1ncncn1', 'c1ccn2cccc2c1',
    'c1cc2ccc3cccc4ccc(c1)c2c34', 'c1ccc(cc1)-c1ccccc1', 'c1ccccc1c1ccccc1', 'O=c1ccccn1C',
    # ring labels past 9, large fused systems, long rings and branches
    'C%10CCCCC%10', 'C%12CC%13CC%12CC%13', 'c1ccc2cc3cc4ccccc4cc3cc2c1', 'c1cc2ccc3ccc4ccc5ccc6ccc1c7c2c3c4c5c67',
    'C1CCCCCCCCCCCCCCCCCCCC1', 'O=C1CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCN1', 'CC(' + 'C' * 20 + ')C',
    'CC(' + 'C' * 300 + ')C', 'C1' + 'C' * 300 + 'C1',
]

BAD_SMILES = [
    '', 'C1CC', 'C(', 'C)', '[C', 'Q', '[Xx]', 'C[C@TH1](F)Cl', 'C$C', '*C', 'c1cccc1', 'C(C)(C)(C)(C)C',
    'C=1CCCCC#1', 'C1.C1', 'C()C', 'C=', 'C1C1', '.C', '[NH5]', 'C((C))', 'FC(F)(F)(F)F', 'O(C)(C)C', '[Nh]',
    'b1cccc1', 'CC(C)(C', 'C%1', 'C c',
]

# Decoder semantics worth pinning one by one: capacity cuts, full atoms, branch budgets, rings onto existing bonds,
# index digits that run out, [nop]/[epsilon], '.', stereo ring tokens, and tokens the decoder rejects.
DECODER_CASES = [
    '[C][=C][C][=C][C][=C][Ring1][=Branch1]', '[C][C][C][C][C][C][Ring1][=Branch1]', '[F][=C]', '[O][#C]', '[C][#O]',
    '[C][=O][C]', '[C][F][C]', '[Branch1][C][C]', '[Ring1][C][C]', '[C][C][=C][C][#Ring1][Ring1]', '[C][C][Ring1][C]',
    '[C][C][=Ring1][C]', '[C][C][Ring1][C][Ring1][C][Ring1][C]', '[C][O][Branch1][C][C][C]',
    '[C][Branch1][C][=O][O]', '[C][=Branch1][C][=O][C]', '[C][#Branch1][C][#N]', '[C][Branch1][Ring1][F][C][C][C]',
    '[C][Branch1][Ring2][C][Branch1][C][F][Cl][Br]', '[C][Branch2][C][Ring1][C][C][C][C][N]', '[C][Branch1]',
    '[C][C][Ring2]', '[C][C][C][C][Ring2][Ring1]', '[C][C][C][Branch1][Branch1][C][C][Ring1][Ring1][Ring1][Ring1]',
    '[C][C][C][C][C][C][Ring1][Ring1][Ring1][Ring2][Ring1][Branch1]', '[C][C].[C][Ring1][Ring1]',
    '[C][C][Ring1].[C]', '[C][Branch1].[C][C]', '[C]..[C]', '.[C]', '[C].', '[C][nop][C]', '[C][Branch1][C][nop][C][C]',
    '[C][C][C][Ring1][nop][Ring1]', '[C][epsilon][C]', '[epsilon][C]', '[C][Branch1][C][epsilon][C]', '[nop]', '',
    '[C][NH4+1][C]', '[CH4][C]', '[C][Branch1][C][NH4+1][=C]', '[C][C][C][//Ring1][Ring1]', '[C][C][C][\\/Ring1][Ring1]',
    '[C][C][C][-/Ring1][Ring1]', '[C][C][C][//Ring1][C]', '[C][/C][Ring1][C]', '[C][/C][=C][/C]',
    '[C][Branch1][C][\\F][=C][/F]', '[C][C@@][Branch1][C][F][Branch1][C][Cl][Br]', '[C][C@H1][C][C][Ring1][Ring1][O]',
    '[13C][2H]', '[C][CH0][C]', '[NH1][C]', '[Fe+2][C]', '[C+2][Branch1][C][F][Branch1][C][F][C]', '[0C]',
    '[C][C][C][C][C][C][C][C][C][C][C][C][Ring1][O][Ring1][C]', '[C][F][Xyz]', '[C][Branch1][Xyz][C]',
    '[C][Xyz]', '[Branch1][Xyz][C]', '[C][Branch4][C]', '[C][/Ring1][C]', '[C][--Ring1][C]', '[N+]', '[NH]',
    '[CH5]', '[C][c]', '[Ts]', '[C]x[C]', '[C',
]

EXTENDED_TOKENS = [
    '[nop]', '[epsilon]', '.', '[/C]', '[\\C]', '[/N]', '[//Ring1]', '[/-Ring1]', '[-\\Ring1]', '[\\/Ring1]',
    '[#Ring1]', '[#Ring2]', '[C@@H1]', '[C@H1]', '[C@@]', '[NH1]', '[CH0]', '[13C]', '[2H]', '[Fe+2]', '[Na]',
    '[NH4+1]', '[CH4]', '[Se]', '[OH0]', '[=13C]', '[NH3+1]', '[CH1-1]',
]


def encode(smiles):
    selfies = sf.encoder(smiles)
    return [smiles, selfies, sf.decoder(selfies)]


def decode_or_error(selfies):
    try:
        return {'selfies': selfies, 'smiles': sf.decoder(selfies)}
    except Exception as error:  # DecoderError, and ValueError from the splitter
        return {'selfies': selfies, 'error': str(error).split('\n')[0]}


def random_strings(rng, alphabet, count):
    return [''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def main(path):
    with open(path) as f:
        corpus = [line.split()[0] for line in f if line.strip()]
    sample = random.Random(SEED).sample(corpus, SAMPLE_SIZE)
    for smiles in HARDER:
        assert Chem.MolFromSmiles(smiles) is not None, smiles
    bad = []
    for smiles in BAD_SMILES:
        try:
            sf.encoder(smiles)
            raise AssertionError(f'selfies encodes {smiles!r}')
        except sf.EncoderError as error:
            bad.append({'smiles': smiles, 'error': str(error).split('\n')[0]})
        except Exception as error:  # the reference crashes on a few inputs instead of raising EncoderError
            bad.append({'smiles': smiles, 'error': f'{type(error).__name__}: {error}'})
    robust = sorted(sf.get_semantic_robust_alphabet())
    rng = random.Random(SEED)
    randoms = random_strings(rng, robust, RANDOM_ROBUST) + random_strings(rng, robust + EXTENDED_TOKENS, RANDOM_EXTENDED)
    json.dump({
        'generator': 'kernel-helpers/oracles/molecules/selfies_reference.py',
        'generated': datetime.date.today().isoformat(),
        'versions': {'selfies': version('selfies'), 'rdkit': rdkit.__version__, 'python': sys.version.split()[0]},
        'source': {'file': 'MOSES test set (test.smi, from molsets 0.3.1)', 'licence': 'MIT',
                   'sample': SAMPLE_SIZE, 'seed': SEED},
        'constraints': sf.get_semantic_constraints(),
        'robust_alphabet': robust,
        'molecules': [encode(s) for s in sample],
        'harder': [encode(s) for s in HARDER],
        'bad_smiles': bad,
        'decoder_cases': [decode_or_error(s) for s in DECODER_CASES],
        'random_selfies': [[s, sf.decoder(s)] for s in randoms],
    }, sys.stdout, indent=None, separators=(',', ':'))
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
