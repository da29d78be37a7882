/**
 * FHIR R4 export: one transaction Bundle per patient (Patient, Encounter, Condition, Observation,
 * MedicationRequest, Procedure, CarePlan, AllergyIntolerance, Immunization, Device, SupplyDelivery) and, for bulk
 * loads, one ndjson file per resource type as in FHIR Bulk Data. Written patient by patient, so a
 * cohort can stream to disk.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Code } from '../gmf/module';
import type { Entry, Patient } from '../patient';
import { PatientIds } from './ids';

const SYSTEMS: Record<string, string> = {
  'SNOMED-CT': 'http://snomed.info/sct',
  LOINC: 'http://loinc.org',
  RxNorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  CVX: 'http://hl7.org/fhir/sid/cvx',
  NUBC: 'https://www.nubc.org/CodeSystem/PatDischargeStatus',
  'DICOM-DCM': 'http://dicom.nema.org/resources/ontology/DCM',
  'DICOM-SOP': 'urn:ietf:rfc:3986'
};
const ENCOUNTER_CLASS: Record<string, string> = {
  ambulatory: 'AMB', outpatient: 'AMB', wellness: 'AMB', urgentcare: 'AMB', emergency: 'EMER', inpatient: 'IMP', snf: 'IMP', home: 'HH', hospice: 'HH', virtual: 'VR'
};

type Resource = Record<string, unknown> & { resourceType: string };

const instant = (t: number) => new Date(t).toISOString();
const concept = (codes: readonly Code[]) => ({
  coding: codes.map(c => ({ system: SYSTEMS[c.system] ?? c.system, code: c.code, display: c.display })),
  text: codes[0]?.display
});
const ref = (uuid: string) => ({ reference: `urn:uuid:${uuid}` });
const period = (start: number, end?: number) => ({ start: instant(start), ...(end !== undefined ? { end: instant(end) } : {}) });

/** The resources of one patient, with their fullUrl ids. */
export function patientResources(p: Patient, seed: number): { id: string; resource: Resource }[] {
  const ids = new PatientIds(seed, p.index);
  const patient = ids.patient();
  const d = p.demographics;
  const out: { id: string; resource: Resource }[] = [
    {
      id: patient,
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: 'urn:genhealth:synthetic-patient', value: `${seed}/${p.index}` }],
        gender: d.sex === 'F' ? 'female' : 'male',
        birthDate: instant(d.birth).slice(0, 10),
        ...(p.deathTime !== undefined ? { deceasedDateTime: instant(p.deathTime) } : {})
      }
    }
  ];
  for (const e of p.encounters) {
    out.push({
      id: ids.encounter(e.id),
      resource: {
        resourceType: 'Encounter',
        status: e.stop !== undefined ? 'finished' : 'in-progress',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: ENCOUNTER_CLASS[e.encounterClass] ?? 'AMB' },
        type: [concept(e.codes)],
        subject: ref(patient),
        period: period(e.start, e.stop),
        ...(e.reason ? { reasonCode: [concept([e.reason])] } : {})
      }
    });
  }
  const encounter = (id?: number) => (id === undefined ? {} : { encounter: ref(ids.encounter(id)) });
  p.entries.forEach((e: Entry, i) => {
    const id = ids.entry(e.kind, i);
    const reason = e.reason ? { reasonCode: [concept([e.reason])] } : {};
    const ended = e.stop !== undefined;
    switch (e.kind) {
      case 'condition':
        out.push({ id, resource: {
          resourceType: 'Condition',
          clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: ended ? 'resolved' : 'active' }] },
          verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
          code: concept(e.codes), subject: ref(patient), ...encounter(e.encounter), onsetDateTime: instant(e.start), ...(ended ? { abatementDateTime: instant(e.stop!) } : {})
        } });
        break;
      case 'allergy':
        out.push({ id, resource: {
          resourceType: 'AllergyIntolerance',
          clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: ended ? 'resolved' : 'active' }] },
          verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }] },
          code: concept(e.codes), patient: ref(patient), ...encounter(e.encounter), recordedDate: instant(e.start)
        } });
        break;
      case 'medication':
        out.push({ id, resource: {
          resourceType: 'MedicationRequest', status: ended ? 'stopped' : 'active', intent: 'order',
          medicationCodeableConcept: concept(e.codes), subject: ref(patient), ...encounter(e.encounter), authoredOn: instant(e.start), ...reason
        } });
        break;
      case 'procedure':
        out.push({ id, resource: {
          resourceType: 'Procedure', status: 'completed', code: concept(e.codes), subject: ref(patient), ...encounter(e.encounter), performedPeriod: period(e.start, e.stop), ...reason
        } });
        break;
      case 'careplan':
        out.push({ id, resource: {
          resourceType: 'CarePlan', status: ended ? 'completed' : 'active', intent: 'plan', category: [concept(e.codes)],
          subject: ref(patient), ...encounter(e.encounter), period: period(e.start, e.stop)
        } });
        break;
      case 'immunization':
        out.push({ id, resource: {
          resourceType: 'Immunization', status: 'completed', vaccineCode: concept(e.codes), patient: ref(patient), ...encounter(e.encounter), occurrenceDateTime: instant(e.start)
        } });
        break;
      case 'device':
        out.push({ id, resource: { resourceType: 'Device', status: ended ? 'inactive' : 'active', type: concept(e.codes), patient: ref(patient) } });
        break;
      case 'supply':
        out.push({ id, resource: {
          resourceType: 'SupplyDelivery', status: 'completed', patient: ref(patient),
          suppliedItem: { quantity: { value: e.quantity ?? 1 }, itemCodeableConcept: concept(e.codes) }, occurrenceDateTime: instant(e.start)
        } });
        break;
    }
  });
  p.observations.forEach((o, i) => {
    const v = o.value as number | string | Code;
    const value =
      typeof v === 'number'
        ? { valueQuantity: { value: v, unit: o.unit, system: 'http://unitsofmeasure.org', code: o.unit } }
        : typeof v === 'object'
          ? { valueCodeableConcept: concept([v]) }
          : { valueString: String(v) };
    out.push({
      id: ids.entry('observation', i),
      resource: {
        resourceType: 'Observation', status: 'final',
        ...(o.category ? { category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: o.category }] }] } : {}),
        code: concept(o.codes), subject: ref(patient), ...encounter(o.encounter), effectiveDateTime: instant(o.time), ...value
      }
    });
  });
  return out;
}

function bundleOf(resources: { id: string; resource: Resource }[]): Resource {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: resources.map(({ id, resource }) => ({ fullUrl: `urn:uuid:${id}`, resource, request: { method: 'POST', url: resource.resourceType } }))
  };
}

/** A FHIR R4 transaction Bundle with every resource of one patient. */
export function patientBundle(p: Patient, seed: number): Resource {
  return bundleOf(patientResources(p, seed));
}

export class FhirWriter {
  private readonly bulk = new Map<string, number>();

  constructor(
    readonly dir: string,
    private readonly seed: number,
    private readonly options: { bundles?: boolean; ndjson?: boolean } = {}
  ) {
    mkdirSync(path.join(dir, 'bulk'), { recursive: true });
  }

  write(p: Patient): void {
    const resources = patientResources(p, this.seed);
    if (this.options.bundles !== false) writeFileSync(path.join(this.dir, `${resources[0].id}.json`), JSON.stringify(bundleOf(resources)));
    if (this.options.ndjson !== false) {
      for (const { id, resource } of resources) {
        let fd = this.bulk.get(resource.resourceType);
        if (fd === undefined) this.bulk.set(resource.resourceType, (fd = openSync(path.join(this.dir, 'bulk', `${resource.resourceType}.ndjson`), 'w')));
        writeSync(fd, JSON.stringify({ ...resource, id }) + '\n');
      }
    }
  }

  close(): void {
    for (const fd of this.bulk.values()) closeSync(fd);
  }
}
