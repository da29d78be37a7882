import { MagicError, didYouMean } from './errors';
/** The option every binding magic accepts. */
export const OUT_OPTION = {
    type: 'identifier',
    doc: 'Bind the result to this kernel variable, e.g. out=data.'
};
const magics = new Map();
const NAME = /^[a-z][a-z0-9_]*$/;
/** Registers a magic; returns a function that unregisters it. Names are unique. */
export function registerMagic(spec) {
    if (!NAME.test(spec.name)) {
        throw new Error(`invalid magic name '${spec.name}': use lower-case letters, digits and _`);
    }
    if (magics.has(spec.name))
        throw new Error(`a magic named '${spec.name}' is already registered`);
    if (spec.options && 'out' in spec.options)
        throw new Error(`'out' is reserved: the framework adds it`);
    magics.set(spec.name, spec);
    return () => {
        if (magics.get(spec.name) === spec)
            magics.delete(spec.name);
    };
}
export function listMagics() {
    return [...magics.values()].sort((a, b) => a.name.localeCompare(b.name));
}
export function hasMagic(name) {
    return magics.has(name);
}
export function isCellMagic(spec) {
    return spec.kind !== 'line';
}
export function isLineMagic(spec) {
    return spec.kind !== 'cell';
}
/** How a magic is written: `%%name` for cell magics, `%name` for line magics. */
export function spelled(spec) {
    return spec.kind === 'cell' ? `%%${spec.name}` : `%${spec.name}`;
}
/** The options a magic accepts, with the framework's `out` added when it binds a value. */
export function optionsOf(spec) {
    return spec.binds === false ? { ...spec.options } : { ...spec.options, out: OUT_OPTION };
}
/** Finds a magic or throws a MagicError that suggests the nearest name. */
export function getMagic(name, span) {
    const spec = magics.get(name);
    if (spec)
        return spec;
    const all = listMagics();
    throw new MagicError(`unknown magic '${name}'. ${didYouMean(name, all.map(m => m.name))}Available: ${all.map(spelled).join(', ')}.`, { span, hint: 'Run %lsmagic to list the magics with what they do.' });
}
//# sourceMappingURL=registry.js.map