/** Errors in module files: always name the module, and the state and field when there is one. */
import { didYouMean } from '../../magics/errors';
export class GmfError extends Error {
    module;
    state;
    field;
    constructor(module, message, state, field) {
        super(`module '${module}'${state !== undefined ? `, state '${state}'` : ''}${field ? `, field '${field}'` : ''}: ${message}`);
        this.module = module;
        this.state = state;
        this.field = field;
        this.name = 'GmfError';
    }
}
export const suggest = (word, candidates) => didYouMean(word, candidates);
/** JSON.parse with the position of a syntax error as line and column. */
export function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        const message = e.message;
        const at = /position (\d+)/.exec(message);
        let where = '';
        if (at) {
            const offset = Number(at[1]);
            const before = text.slice(0, offset);
            const line = before.split('\n').length;
            const column = offset - before.lastIndexOf('\n');
            where = ` at line ${line}, column ${column}`;
        }
        throw new GmfError(source, `malformed JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
    }
}
//# sourceMappingURL=errors.js.map