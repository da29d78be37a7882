import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Cohort } from '../cohort';
import { generateCohort } from '../generate';
import { loadModule } from '../gmf/module';
import { loadModules } from '../modules';
import { CSV_HEADERS } from './csv';
import { patientBundle } from './fhir';

// FHIR.js validates resources against the FHIR R4 StructureDefinitions (npm `fhir`, a test dependency).
const { Fhir } = require('fhir') as { Fhir: new () => { validate(r: unknown, o: object): { valid: boolean; messages: { severity: string; location: string; message: string }[] } } };

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'genhealth-export-'));
const make = (n: number) => generateCohort({ n, seed: 5, modules: loadModules(['diabetes', 'hypertension']), referenceDate: Date.UTC(2025, 0, 1) });

describe('cohort export', () => {
  let cohort: Cohort;
  before(async () => {
    cohort = await make(60);
  });

  it('writes Synthea-style CSV tables with their headers and one row per record', () => {
    const dir = temp();
    cohort.toCSV(dir);
    for (const [table, header] of Object.entries(CSV_HEADERS)) {
      const lines = readFileSync(path.join(dir, `${table}.csv`), 'utf8').trimEnd().split('\n');
      assert.equal(lines[0], header.join(','), table);
    }
    const count = (table: string) => readFileSync(path.join(dir, `${table}.csv`), 'utf8').trimEnd().split('\n').length - 1;
    const entries = (kind: string) => cohort.patients.reduce((s, p) => s + p.entries.filter(e => e.kind === kind).length, 0);
    assert.equal(count('patients'), 60);
    assert.equal(count('conditions'), entries('condition'));
    assert.equal(count('medications'), entries('medication'));
    assert.equal(count('observations'), cohort.patients.reduce((s, p) => s + p.observations.length, 0));
    assert.equal(count('encounters'), cohort.patients.reduce((s, p) => s + p.encounters.length, 0));
    assert.match(readFileSync(path.join(dir, 'observations.csv'), 'utf8'), /,laboratory,4548-4,Hemoglobin A1c\/Hemoglobin\.total in Blood,\d+(\.\d)?,%,numeric/);
  });

  it('writes FHIR R4 transaction bundles that validate against the R4 definitions', () => {
    const fhir = new Fhir();
    for (const p of cohort.patients) {
      const result = fhir.validate(patientBundle(p, 5), { errorOnUnexpected: true });
      assert.ok(result.valid, JSON.stringify(result.messages.filter(m => m.severity === 'error').slice(0, 3)));
    }
    const broken = patientBundle(cohort.patients[0], 5) as unknown as { entry: { resource: Record<string, unknown> }[] };
    const observation = broken.entry.find(e => e.resource.resourceType === 'Observation') ?? broken.entry[0];
    delete observation.resource[observation.resource.resourceType === 'Observation' ? 'status' : 'gender'];
    observation.resource.unknownField = 1;
    assert.equal(fhir.validate(broken, { errorOnUnexpected: true }).valid, false, 'the validator does catch broken resources');
  });

  it('exports every kind of record a module can write, valid against R4', async () => {
    const code = (system: string, c: string) => ({ system, code: c, display: c });
    const every = loadModules([]);
    every.modules.push(
      loadModule(
        {
          name: 'Everything',
          states: {
            Initial: { type: 'Initial', direct_transition: 'Visit' },
            Visit: { type: 'Encounter', encounter_class: 'emergency', codes: [code('SNOMED-CT', '50849002')], direct_transition: 'Allergy' },
            Allergy: { type: 'AllergyOnset', codes: [code('SNOMED-CT', '91935009')], allergy_type: 'allergy', category: 'food', direct_transition: 'Shot' },
            Shot: { type: 'Vaccine', codes: [code('CVX', '140')], series: 1, direct_transition: 'Device' },
            Device: { type: 'Device', code: code('SNOMED-CT', '337414009'), direct_transition: 'Supplies' },
            Supplies: { type: 'SupplyList', supplies: [{ quantity: 2, code: code('SNOMED-CT', '337388004') }], direct_transition: 'Plan' },
            Plan: { type: 'CarePlanStart', codes: [code('SNOMED-CT', '735985000')], direct_transition: 'Operate' },
            Operate: { type: 'Procedure', codes: [code('SNOMED-CT', '80146002')], duration: { low: 1, high: 2, unit: 'hours' }, direct_transition: 'Coded' },
            Coded: { type: 'Observation', category: 'survey', codes: [code('LOINC', '72166-2')], unit: '', value_code: code('SNOMED-CT', '266919005'), direct_transition: 'Leave' },
            Leave: { type: 'EncounterEnd', direct_transition: 'End' },
            End: { type: 'Terminal' }
          }
        },
        'everything'
      )
    );
    const small = await generateCohort({ n: 3, seed: 1, modules: every, referenceDate: Date.UTC(2025, 0, 1) });
    const fhir = new Fhir();
    const types = new Set<string>();
    for (const p of small.patients) {
      const bundle = patientBundle(p, 1) as unknown as { entry: { resource: { resourceType: string } }[] };
      bundle.entry.forEach(e => types.add(e.resource.resourceType));
      const result = fhir.validate(bundle, { errorOnUnexpected: true });
      assert.ok(result.valid, JSON.stringify(result.messages.filter(m => m.severity === 'error').slice(0, 3)));
    }
    for (const t of ['Patient', 'Encounter', 'AllergyIntolerance', 'Immunization', 'Device', 'SupplyDelivery', 'CarePlan', 'Procedure', 'Observation']) assert.ok(types.has(t), t);
  });

  it('writes one bundle per patient and bulk ndjson per resource type', () => {
    const dir = temp();
    cohort.toFHIR(dir);
    assert.equal(readdirSync(dir).filter(f => f.endsWith('.json')).length, 60);
    const patients = readFileSync(path.join(dir, 'bulk', 'Patient.ndjson'), 'utf8').trimEnd().split('\n');
    assert.equal(patients.length, 60);
    assert.equal(JSON.parse(patients[0]).resourceType, 'Patient');
    assert.ok(readdirSync(path.join(dir, 'bulk')).includes('Observation.ndjson'));
  });

  it('exports byte-identical files for a patient whether made alone or with others', async () => {
    const small = await make(10);
    const a = temp();
    const b = temp();
    small.toCSV(a);
    cohort.toCSV(b);
    const head = (dir: string) => readFileSync(path.join(dir, 'patients.csv'), 'utf8').split('\n').slice(0, 11).join('\n');
    assert.equal(head(a), head(b));
    assert.equal(JSON.stringify(patientBundle(small.patients[3], 5)), JSON.stringify(patientBundle(cohort.patients[3], 5)));
  });
});
