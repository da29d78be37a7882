/**
 * Where modules come from: our built-in modules (kernel-helpers/modules/, written for this project)
 * by name, or GMF JSON files and folders by path. In a folder, top-level files are modules and files
 * in sub-folders are submodules, addressed by their relative path without `.json` (as in Synthea).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../magics/errors';
import { GmfError } from './gmf/errors';
import { loadModule } from './gmf/module';
export const BUILTIN_DIR = path.resolve(__dirname, '..', '..', 'modules');
export function builtinModuleNames() {
    return readdirSync(BUILTIN_DIR).filter(f => f.endsWith('.json')).map(f => f.slice(0, -5)).sort();
}
function loadFile(file, label = file) {
    return loadModule(readFileSync(file, 'utf8'), label);
}
function walk(dir, base, set) {
    for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory())
            walk(full, base, set);
        else if (name.endsWith('.json')) {
            const rel = path.relative(base, full).slice(0, -5).split(path.sep).join('/');
            if (rel.includes('/'))
                set.submodules.set(rel, loadFile(full));
            else
                set.modules.push(loadFile(full));
        }
    }
}
/** Resolves `modules=` entries: built-in names, .json files, folders. */
export function loadModules(specs, cwd = process.cwd()) {
    const set = { modules: [], submodules: new Map() };
    const builtins = builtinModuleNames();
    for (const spec of specs) {
        if (builtins.includes(spec)) {
            set.modules.push(loadFile(path.join(BUILTIN_DIR, `${spec}.json`), spec));
            continue;
        }
        const full = path.resolve(cwd, spec);
        if (!existsSync(full)) {
            throw new GmfError(spec, `no built-in module of that name and no such file or folder. ${didYouMean(spec, builtins)}Built-in modules: ${builtins.join(', ')}.`);
        }
        if (statSync(full).isDirectory())
            walk(full, full, set);
        else
            set.modules.push(loadFile(full));
    }
    return set;
}
//# sourceMappingURL=modules.js.map