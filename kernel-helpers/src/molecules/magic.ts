/** %%molecules: generate molecules with the shipped language model under constraints, or analyse given SMILES. */
import os from 'node:os';
import { progressBundle } from '../display/display';
import { registerValueBundler } from '../display/values';
import { registerDataDescriber } from '../lineage/hash';
import { newRunId } from '../lineage/run-id';
import { MagicError } from '../magics/errors';
import { registerMagic } from '../magics/registry';
import { moleculesBundle } from './bundle';
import { ChemistryError, loadChemistry, smilesProblem, withMol } from './chem';
import { design, propertiesOf, type DesignConstraints } from './design';
import { MoleculeSet } from './library';
import { metricsOfSample } from './evaluation';
import { defaultModel, loadModel, modelIdentity } from './models';

export function registerMoleculesMagic(): void {
  registerValueBundler(MoleculeSet, m => moleculesBundle(m, newRunId()));
  registerDataDescriber(MoleculeSet, (set, update) => {
    update(`genhealth:molecules:v1\n${set.smiles.join('\n')}`);
    return { kind: 'molecules', molecules: set.size };
  });
  registerMagic({
    name: 'molecules',
    kind: 'line+cell',
    summary: 'Generate drug-like molecules under constraints, or analyse given SMILES.',
    doc:
      'Samples n molecules from the shipped SMILES or SELFIES language model (GRU trained on the MOSES training set, ' +
      'run with TensorFlow.js; see models/molecules/) and keeps those that meet the constraints: property ranges ' +
      '(mw, logp, qed, tpsa, hbd, hba, rotb), a substructure (scaffold=, SMILES or SMARTS), excluded substructures ' +
      '(exclude=) and, for analogs of a seed molecule, similar_to= with a similarity range. With a scaffold or a ' +
      'seed the model continues prefixes written from them (method=prefix), otherwise it samples freely and ' +
      'rejects (method=rejection). Stops after budget= samples and says how many qualified. With SMILES in the ' +
      'cell body (one per line) it analyses those instead. Binds a MoleculeSet: .molecules, .table(), .toSDF(), ' +
      '.toCSV(), .toSMILES(), .save(path).',
    options: {
      n: { type: 'integer', min: 1, max: 1_000_000, default: 100, doc: 'Molecules to return.' },
      mode: { type: 'enum', values: ['smiles', 'selfies'], default: 'selfies', doc: 'Notation the model writes: SELFIES decode to valid molecules by construction.' },
      model: { type: 'string', doc: 'A shipped model by name: smiles and selfies (the defaults, fast), smiles-large and selfies-large (about 10× slower, fewer invalid or filtered molecules).' },
      temperature: { type: 'number', min: 0.05, max: 5, default: 1, doc: 'Softmax temperature: lower is more conservative.' },
      top_k: { type: 'integer', min: 0, max: 1000, default: 0, doc: 'Sample among the k likeliest tokens only (0: all).' },
      grammar: { type: 'boolean', default: true, doc: 'Hold the model to its notation: SMILES drawn token by token within syntax and valence; SELFIES the decoder would have to repair, or spelled other than canonically, dropped and drawn again. false shows the model unaided.' },
      mw: { type: 'range', min: 0, doc: 'Average molecular weight range, e.g. 250..450.' },
      logp: { type: 'range', doc: 'Crippen logP range, e.g. ..3.5.' },
      qed: { type: 'range', min: 0, max: 1, doc: 'QED range (Bickerton 2012), e.g. 0.6..' },
      tpsa: { type: 'range', min: 0, doc: 'Topological polar surface area range.' },
      hbd: { type: 'range', min: 0, doc: 'Hydrogen-bond donors.' },
      hba: { type: 'range', min: 0, doc: 'Hydrogen-bond acceptors.' },
      rotb: { type: 'range', min: 0, doc: 'Rotatable bonds.' },
      scaffold: { type: 'string', doc: 'Required substructure (SMILES or SMARTS), e.g. "c1ccccc1".' },
      exclude: { type: 'list', of: 'string', doc: 'Substructures to exclude (SMARTS).' },
      similar_to: { type: 'string', doc: 'Seed molecule (SMILES) for analogs.' },
      similarity: { type: 'range', min: 0, max: 1, default: { min: 0.4, max: 0.9 }, doc: 'Tanimoto window to similar_to (Morgan r2, 1,024 bits).' },
      method: { type: 'enum', values: ['auto', 'rejection', 'prefix'], default: 'auto', doc: 'How constraints are met.' },
      budget: { type: 'integer', min: 1, max: 100_000_000, doc: 'Most molecules to sample (default 50 × n).' },
      batch: { type: 'integer', min: 1, max: 8192, default: 512, doc: 'Sampling batch size.' },
      threads: { type: 'integer', min: 1, max: 64, default: Math.min(4, os.availableParallelism()), doc: 'Threads that sample and check (this one and workers); the molecules do not depend on it.' },
      seed: { type: 'integer', min: 0, max: 4294967295, default: 0, doc: 'Seed of the sampling.' },
      metrics: { type: 'boolean', default: true, doc: 'Compute MOSES metrics of the sample (novelty needs the training set).' }
    },
    body: { doc: 'Optional: SMILES to analyse, one per line (then nothing is generated).', required: false, isData: true },
    examples: [
      '%%molecules n=1000 mode=selfies temperature=1.0 mw=250..450 logp=..3.5 qed=0.6.. scaffold="c1ccccc1" seed=7 out=mols',
      '%molecules n=50 similar_to="CC(=O)Oc1ccccc1C(=O)O" similarity=0.4..0.8 out=analogs',
      '%%molecules out=known\nCC(=O)Oc1ccccc1C(=O)O\nCN1C=NC2=C1C(=O)N(C(=O)N2C)C'
    ],
    async run(call, ctx) {
      const o = call.options;
      await loadChemistry();
      const started = Date.now();
      const lines = call.body.split('\n').map(l => l.trim()).filter(Boolean);
      if (lines.length) {
        const ignored = [...call.given].filter(k => k !== 'out');
        if (ignored.length) throw new MagicError(`with SMILES in the cell body nothing is generated or filtered: drop ${ignored.map(k => `${k}=`).join(', ')}`);
        const molecules = lines.map((smiles, i) => withMol(smiles, mol => ({ smiles: mol.get_smiles(), properties: propertiesOf(mol) })) ?? invalidLine(smiles, i));
        const set = new MoleculeSet(molecules, { seconds: (Date.now() - started) / 1000 });
        return { value: set, valueType: 'import("genhealth").MoleculeSet', bundle: moleculesBundle(set, ctx.runId), metrics: { molecules: set.size } };
      }

      const notation = o.mode as 'smiles' | 'selfies';
      const name = o.model ?? defaultModel(notation);
      const model = await loadModel(name);
      if (call.given.has('mode') && call.given.has('model') && model.config.notation !== notation) {
        throw new MagicError(`model '${name}' writes ${model.config.notation}, not ${notation}: drop mode= or pick a ${notation} model`);
      }
      const constraints: DesignConstraints = {
        mw: o.mw, logp: o.logp, qed: o.qed, tpsa: o.tpsa, hbd: o.hbd, hba: o.hba, rotb: o.rotb, scaffold: o.scaffold, exclude: o.exclude,
        ...(o.similar_to ? { similarTo: { smiles: o.similar_to, min: o.similarity?.min, max: o.similarity?.max } } : {})
      };
      const bar = ctx.newDisplay();
      // The option parser already put %seed's default into seed= when it was not given.
      const result = await design(model, {
        n: o.n!, temperature: o.temperature, topK: o.top_k, grammar: o.grammar, seed: o.seed, batchSize: o.batch, budget: o.budget, method: o.method as 'auto', constraints, threads: o.threads, signal: ctx.signal,
        onProgress: (found, sampled) => bar.show(progressBundle('Sampling', found, o.n!, `${found}/${o.n} found, ${sampled} sampled`))
      });
      const { molecules, ...stats } = result;
      const metrics = o.metrics ? metricsOfSample(result) : {};
      const set = new MoleculeSet(molecules, { model: name, notation: model.config.notation, design: stats, metrics, seconds: (Date.now() - started) / 1000 });
      bar.show(progressBundle('Sampling', molecules.length, o.n!, `${molecules.length} molecules from ${stats.sampled} samples in ${set.info.seconds!.toFixed(1)} s`));
      if (stats.budgetExhausted) {
        process.stderr.write(`Warning: the budget of ${stats.sampled} samples ran out with ${molecules.length} of ${o.n} molecules found (acceptance rate ${(100 * stats.acceptanceRate).toFixed(2)} %). ` +
          `Widen the constraints or raise budget=${stats.method === 'rejection' ? ', or give a scaffold= so that the model decorates it' : ''}.\n`);
      }
      return {
        value: set,
        valueType: 'import("genhealth").MoleculeSet',
        bundle: moleculesBundle(set, ctx.runId),
        inputs: [{ name: 'model', value: modelIdentity(model) }],
        metrics: { molecules: molecules.length, sampled: stats.sampled, ...metrics }
      };
    }
  });
}

function invalidLine(smiles: string, index: number): never {
  throw new ChemistryError(`line ${index + 1} of the cell body is not a valid SMILES: '${smiles}': ${smilesProblem(smiles)}`);
}
