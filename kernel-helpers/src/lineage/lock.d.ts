export interface LockOptions {
    timeoutMs?: number;
    staleMs?: number;
}
export declare function withLock<T>(file: string, work: () => T, options?: LockOptions): T;
