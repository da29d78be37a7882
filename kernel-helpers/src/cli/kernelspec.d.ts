export declare const KERNEL_NAME = "genhealth";
export declare const DISPLAY_NAME = "GenHealth (TypeScript)";
export declare function kernelspec(nodePath: string, binPath: string): object;
export declare function installKernelspec(prefix: string): string;
