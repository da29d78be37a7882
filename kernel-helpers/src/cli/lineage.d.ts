export interface Badge {
    verdict: string;
    detail: string;
    at: string;
}
export declare function lineageCommand(command: string, flags: Record<string, string | true>, positional: string[]): Promise<unknown>;
