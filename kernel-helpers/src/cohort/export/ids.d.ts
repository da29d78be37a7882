export declare function stableUuid(...parts: (string | number)[]): string;
/** Ids of one patient's records, in the order they appear in the record. */
export declare class PatientIds {
    private readonly seed;
    private readonly index;
    constructor(seed: number, index: number);
    readonly patient: () => string;
    encounter(id: number): string;
    entry(kind: string, position: number): string;
}
