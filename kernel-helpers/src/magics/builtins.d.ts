export declare function registerBuiltinMagics(): void;
