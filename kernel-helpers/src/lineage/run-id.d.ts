export declare function newRunId(now?: number): string;
