import { type GmfModule } from './gmf/module';
export declare const BUILTIN_DIR: string;
export declare function builtinModuleNames(): string[];
export interface ModuleSet {
    modules: GmfModule[];
    submodules: Map<string, GmfModule>;
}
/** Resolves `modules=` entries: built-in names, .json files, folders. */
export declare function loadModules(specs: readonly string[], cwd?: string): ModuleSet;
