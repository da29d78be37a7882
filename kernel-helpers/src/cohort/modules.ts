/**
 * Where modules come from: our built-in modules (kernel-helpers/modules/, written for this project)
 * by name, or GMF JSON files and folders by path. In a folder, top-level files are modules and files
 * in sub-folders are submodules, addressed by their relative path without `.json` (as in Synthea).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { didYouMean } from '../magics/errors';
import { GmfError } from './gmf/errors';
import { loadModule, type GmfModule } from './gmf/module';

export const BUILTIN_DIR = path.resolve(__dirname, '..', '..', 'modules');

export function builtinModuleNames(): string[] {
  return readdirSync(BUILTIN_DIR).filter(f => f.endsWith('.json')).map(f => f.slice(0, -5)).sort();
}

export interface ModuleSet {
  modules: GmfModule[];
  submodules: Map<string, GmfModule>;
}

function loadFile(file: string, label = file): GmfModule {
  return loadModule(readFileSync(file, 'utf8'), label);
}

function walk(dir: string, base: string, set: ModuleSet): void {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, base, set);
    else if (name.endsWith('.json')) {
      const rel = path.relative(base, full).slice(0, -5).split(path.sep).join('/');
      if (rel.includes('/')) set.submodules.set(rel, loadFile(full));
      else set.modules.push(loadFile(full));
    }
  }
}

/** Resolves `modules=` entries: built-in names, .json files, folders. */
export function loadModules(specs: readonly string[], cwd = process.cwd()): ModuleSet {
  const set: ModuleSet = { modules: [], submodules: new Map() };
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
    if (statSync(full).isDirectory()) walk(full, full, set);
    else set.modules.push(loadFile(full));
  }
  return set;
}

/**
 * Attributes and vital signs that the modules read but none of them sets. Synthea's own Java
 * modules set many (smoker, BMI, risk scores); without them those paths never fire. The built-in
 * `synthea_shim` module sets the ones the fixture modules need.
 */
export function unsetInputs(set: ModuleSet): { attributes: string[]; vitalSigns: string[] } {
  const read = new Set<string>();
  const written = new Set<string>();
  const vitalsRead = new Set<string>();
  const vitalsWritten = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, unknown>;
    const ct = typeof r.condition_type === 'string' ? r.condition_type.replace(/\s+/g, '') : '';
    if (ct === 'Attribute' && typeof r.attribute === 'string') read.add(r.attribute);
    if (ct === 'VitalSign' && typeof r.vital_sign === 'string') vitalsRead.add(r.vital_sign);
    const d = r.distribution as { attribute?: unknown } | undefined;
    if (d && typeof d === 'object' && typeof d.attribute === 'string') read.add(d.attribute);
    if (typeof r.value_attribute === 'string') read.add(r.value_attribute);
    if ((r.type === 'SetAttribute' || r.type === 'Counter') && typeof r.attribute === 'string') written.add(r.attribute);
    else if (r.type === 'Observation' && typeof r.attribute === 'string') read.add(r.attribute);
    if (typeof r.assign_to_attribute === 'string') written.add(r.assign_to_attribute);
    if (r.type === 'VitalSign' && typeof r.vital_sign === 'string') vitalsWritten.add(r.vital_sign);
    else if (typeof r.vital_sign === 'string' && ct !== 'VitalSign') vitalsRead.add(r.vital_sign);
    for (const v of Object.values(r)) walk(v);
  };
  for (const m of [...set.modules, ...set.submodules.values()]) for (const s of m.states.values()) walk({ ...s.fields, type: s.type });
  return {
    attributes: [...read].filter(a => !written.has(a)).sort(),
    vitalSigns: [...vitalsRead].filter(v => !vitalsWritten.has(v)).sort()
  };
}
