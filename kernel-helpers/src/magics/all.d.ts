export declare function registerAllMagics(): void;
