import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { builtinModuleNames, loadModules, unsetInputs } from './modules';
import { simulatePatients } from './simulate';

const REFERENCE = Date.UTC(2025, 0, 1);
const YEAR = 365.25 * 86_400_000;

describe('modules', () => {
  it('ships our own modules and the Synthea shim', () => assert.deepEqual(builtinModuleNames(), ['cystic_fibrosis', 'diabetes', 'hypertension', 'synthea_shim']));

  it('finds what Synthea modules read but nobody sets, and the shim sets it', () => {
    const fixtures = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'synthea-modules');
    const files = ['atrial_fibrillation', 'bronchitis', 'metabolic_syndrome_disease', 'allergic_rhinitis'].map(f => path.join(fixtures, `${f}.json`));
    const without = unsetInputs({ ...loadModules(files), submodules: new Map() });
    assert.deepEqual(without.attributes, ['atopic', 'atrial_fibrillation_risk', 'smoker', 'veteran']);
    const withShim = unsetInputs(loadModules(['synthea_shim', ...files]));
    assert.deepEqual(withShim.attributes, []);
    assert.deepEqual(unsetInputs(loadModules(['diabetes', 'hypertension'])), { attributes: [], vitalSigns: [] });
  });

  it('lets atrial fibrillation happen in old patients only with the shim', () => {
    const af = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'synthea-modules', 'atrial_fibrillation.json');
    const count = (specs: string[]) =>
      simulatePatients({ seed: 4, ...loadModules(specs), referenceDate: REFERENCE }, 0, 1500).filter(p => p.entries.some(e => e.codes[0].code === '49436004'));
    assert.equal(count([af]).length, 0);
    const withShim = count(['synthea_shim', af]);
    assert.ok(withShim.length > 0, 'some atrial fibrillation with the shim');
    assert.ok(withShim.every(p => p.entries.find(e => e.codes[0].code === '49436004')!.start - p.demographics.birth >= 55 * YEAR), 'only from 55');
  });

  it('loads a folder: top-level modules and submodules by relative path', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'genhealth-modules-'));
    mkdirSync(path.join(dir, 'meds'));
    writeFileSync(path.join(dir, 'main.json'), JSON.stringify({ name: 'Main', states: { Initial: { type: 'Initial', direct_transition: 'Call' }, Call: { type: 'CallSubmodule', submodule: 'meds/give', direct_transition: 'End' }, End: { type: 'Terminal' } } }));
    writeFileSync(path.join(dir, 'meds', 'give.json'), JSON.stringify({ name: 'Give', states: { Initial: { type: 'Initial', direct_transition: 'Order' }, Order: { type: 'MedicationOrder', codes: [{ system: 'RxNorm', code: '860975', display: 'metformin' }], direct_transition: 'End' }, End: { type: 'Terminal' } } }));
    const set = loadModules([dir]);
    assert.deepEqual(set.modules.map(m => m.name), ['Main']);
    assert.deepEqual([...set.submodules.keys()], ['meds/give']);
    const [p] = simulatePatients({ seed: 1, ...set, referenceDate: REFERENCE }, 0, 1);
    assert.equal(p.entries[0].codes[0].code, '860975');
  });

  it('suggests a built-in name for a typo', () => {
    assert.throws(() => loadModules(['diabetis']), /Did you mean 'diabetes'\? Built-in modules: cystic_fibrosis, diabetes, hypertension, synthea_shim/);
  });
});

describe('our modules on 3,000 patients', () => {
  const set = loadModules(['diabetes', 'hypertension', 'cystic_fibrosis']);
  const patients = simulatePatients({ seed: 11, ...set, referenceDate: REFERENCE }, 0, 3000);
  const adults = patients.filter(p => REFERENCE - p.demographics.birth >= 18 * YEAR);
  const share = (code: string, group = adults) => group.filter(p => p.entries.some(e => e.kind === 'condition' && e.codes[0].code === code)).length / group.length;

  it('gives type 2 diabetes to a plausible share of adults, never to children', () => {
    const t2d = share('44054006');
    assert.ok(t2d > 0.05 && t2d < 0.25, `type 2 diabetes in ${(t2d * 100).toFixed(1)} % of adults`);
    assert.equal(share('44054006', patients.filter(p => REFERENCE - p.demographics.birth < 18 * YEAR)), 0);
  });

  it('records HbA1c (LOINC 4548-4) in % within 5.8–10.5 and at least 6.5 at diagnosis', () => {
    for (const p of patients) {
      const a1c = p.observations.filter(o => o.codes[0].code === '4548-4');
      if (!a1c.length) continue;
      assert.ok(a1c.every(o => o.unit === '%' && (o.value as number) >= 5.8 && (o.value as number) <= 10.5));
      assert.ok((a1c[0].value as number) >= 6.5, 'the diagnostic HbA1c meets the ADA threshold');
    }
  });

  it('escalates the diabetes medication ladder in order', () => {
    for (const p of patients) {
      const meds = p.entries.filter(e => e.kind === 'medication' && ['860975', '897122', '106892'].includes(e.codes[0].code)).map(e => e.codes[0].code);
      assert.deepEqual(meds, ['860975', '897122', '106892'].slice(0, meds.length));
    }
  });

  it('measures blood pressure at wellness visits and finds hypertension in a plausible share of adults', () => {
    const htn = share('59621000');
    assert.ok(htn > 0.1 && htn < 0.45, `hypertension in ${(htn * 100).toFixed(1)} % of adults`);
    assert.ok(patients.some(p => p.observations.some(o => o.codes[0].code === '8480-6' && o.unit === 'mm[Hg]')));
  });

  it('keeps cystic fibrosis rare: 1 in 3,500 births (≤ 1 in 2,000)', () => {
    const initial = set.modules.find(m => m.name === 'GenHealth Cystic Fibrosis')!.states.get('Initial')!.transition!;
    assert.equal(initial.kind, 'distributed');
    const p = initial.kind === 'distributed' ? (initial.branches[0].probability as number) : NaN;
    assert.ok(p <= 1 / 2000 && Math.abs(p - 1 / 3500) < 1e-6);
  });
});
