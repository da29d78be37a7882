import type { Patient } from '../patient';
type Resource = Record<string, unknown> & {
    resourceType: string;
};
/** The resources of one patient, with their fullUrl ids. */
export declare function patientResources(p: Patient, seed: number): {
    id: string;
    resource: Resource;
}[];
/** A FHIR R4 transaction Bundle with every resource of one patient. */
export declare function patientBundle(p: Patient, seed: number): Resource;
export declare class FhirWriter {
    readonly dir: string;
    private readonly seed;
    private readonly options;
    private readonly bulk;
    constructor(dir: string, seed: number, options?: {
        bundles?: boolean;
        ndjson?: boolean;
    });
    write(p: Patient): void;
    close(): void;
}
export {};
