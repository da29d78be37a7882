export interface ContextProvider {
    name: string;
    describe(): Record<string, unknown>;
}
export declare const defaultProviders: ContextProvider[];
export declare function environmentOf(providers?: ContextProvider[]): Record<string, unknown>;
