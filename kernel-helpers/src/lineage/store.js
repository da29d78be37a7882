/**
 * The lineage store interface. Stores fill in a few protected hooks; checks and conveniences (look-up
 * with suggestions, filtering, the parent query) live here once. Stores are chosen by URI scheme:
 * a path or `file:` → the local lowdb store under $GENHEALTH_HOME; `http(s):` → MLflow (its own issue).
 */
import { didYouMean } from '../magics/errors';
import { LineageError } from './hash';
export class LineageStore {
    /** Problems found when opening (corrupt files moved aside, ...). */
    problems = [];
    record(run) {
        if (!run.id || !run.name || !run.started_at)
            throw new LineageError('a run record needs id, name and started_at');
        this.saveRun(run);
    }
    /**
     * The run with this id, or with a unique id prefix or suffix of 4+ characters (run ids start with
     * the time, so the end tells runs of one minute apart), or a LineageError that suggests near ids.
     */
    getRun(id) {
        const exact = this.loadRun(id);
        if (exact)
            return exact;
        const damaged = this.problems.find(p => p.message.includes(id) && p.keptAt);
        if (damaged)
            throw new LineageError(`run ${id} is damaged: ${damaged.message} (kept at ${damaged.keptAt}).`);
        const ids = this.loadSummaries().map(s => s.id);
        const part = id.replace(/^…/, '');
        const matches = part.length >= 4 ? ids.filter(i => i.startsWith(part) || i.endsWith(part)) : [];
        if (matches.length === 1)
            return this.loadRun(matches[0]);
        if (matches.length > 1)
            throw new LineageError(`run id '${id}' is ambiguous: ${matches.length} runs match; give more characters.`);
        throw new LineageError(`no run with id '${id}' in ${this.location}. ${didYouMean(id, ids)}` +
            (ids.length ? `%%lineage list shows the ${ids.length} recorded runs.` : 'No runs are recorded yet.'));
    }
    list(filter = {}) {
        const runs = this.loadSummaries().filter(s => (filter.notebook === undefined || s.notebook === filter.notebook || s.notebook?.endsWith('/' + filter.notebook)) &&
            (filter.name === undefined || s.name === filter.name) &&
            (filter.status === undefined || s.status === filter.status) &&
            (filter.session === undefined || s.session === filter.session));
        runs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        if (filter.newestFirst !== false)
            runs.reverse();
        return filter.limit === undefined ? runs : runs.slice(0, filter.limit);
    }
    /** Runs that produced any of these hashes: a new run's parents. */
    parentsOf(hashes) {
        return [...new Set(hashes.flatMap(h => this.producersOf(h)))].sort();
    }
}
const schemes = new Map();
export function registerStoreScheme(scheme, factory) {
    schemes.set(scheme, factory);
}
/** Opens the store for a URI: a plain path or file:// URI opens the local store. */
export async function openStore(uri) {
    const m = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri);
    const scheme = m ? m[1].toLowerCase() : 'file';
    const factory = schemes.get(scheme);
    if (!factory) {
        throw new LineageError(`no lineage store for '${scheme}:' URIs. Known: ${[...schemes.keys()].map(s => s + ':').join(', ')}.`);
    }
    return factory(scheme === 'file' && m ? decodeURIComponent(uri.slice(m[0].length)) : uri);
}
//# sourceMappingURL=store.js.map