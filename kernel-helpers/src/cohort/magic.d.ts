export declare const DEFAULT_REFERENCE_DATE = "2025-01-01";
export declare function registerCohortMagic(): void;
