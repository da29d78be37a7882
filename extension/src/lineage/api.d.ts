export declare class LineageRequestError extends Error {
}
export declare function requestLineage<T>(command: string, query: Record<string, string>, body?: Record<string, string>): Promise<T>;
