export declare function run(options?: {
    iterations?: number;
}): Promise<void>;
