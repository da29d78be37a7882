/**
 * The local lineage store under $GENHEALTH_HOME, as lowdb JSON documents:
 *   store.json            schema version (lowdb; changed only under store.lock)
 *   runs/<id>.json        one document per run, written to a temporary file and renamed into place
 *   index.jsonl           one summary line per run, appended under index.lock (a cache: rebuilt
 *                         from runs/ when lines are missing or damaged)
 *   producers/<hh>/<hash> ids of the runs that produced an output hash (parents look-ups)
 *   artifacts/sha256/<hh>/<hash>  output bytes, content-addressed, up to a size cap
 *   sync/<target>/<id>    runs a sync target (an MLflow server) has confirmed
 *   corrupt/              damaged files moved aside, never deleted
 * Several kernels and CLIs may write at once; a `kill -9` at any instant leaves every document
 * parseable and loses at most the run being written.
 */
import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { LineageError } from './hash';
import { withLock } from './lock';
import { SCHEMA_VERSION, summaryOf } from './record';
import { LineageStore, registerStoreScheme } from './store';
export const MIGRATIONS = {};
const RUN_FILE = /^[0-9a-f-]{36}\.json$/;
export class LocalStore extends LineageStore {
    location;
    lowdb;
    summaries = new Map();
    indexOffset = 0;
    maxArtifactBytes;
    constructor(location, lowdb, options) {
        super();
        this.location = location;
        this.lowdb = lowdb;
        this.maxArtifactBytes = options.maxArtifactBytes ?? Number(process.env.GENHEALTH_ARTIFACT_MAX_BYTES ?? 64 * 1024 * 1024);
    }
    static async open(home, options = {}) {
        const lowdb = await import('lowdb/node');
        const store = new LocalStore(path.resolve(home), lowdb, options);
        for (const dir of ['runs', 'producers', 'artifacts/sha256', 'corrupt'])
            mkdirSync(path.join(store.location, dir), { recursive: true });
        withLock(store.file('store.lock'), () => store.checkSchema(options.schemaVersion ?? SCHEMA_VERSION, options.migrations ?? MIGRATIONS));
        return store;
    }
    file(...parts) {
        return path.join(this.location, ...parts);
    }
    /** Moves a damaged file into corrupt/ and reports it. */
    setAside(file, why) {
        const kept = this.file('corrupt', `${path.basename(file)}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
        try {
            renameSync(file, kept);
            this.problems.push({ message: `${path.relative(this.location, file)} ${why}; moved aside`, keptAt: kept });
        }
        catch {
            // another process moved it first
        }
    }
    checkSchema(version, migrations) {
        const metaFile = this.file('store.json');
        const db = new this.lowdb.JSONFileSync(metaFile);
        let meta = null;
        try {
            meta = db.read();
        }
        catch {
            this.setAside(metaFile, 'was not valid JSON');
        }
        if (meta && typeof meta.schema_version !== 'number') {
            this.setAside(metaFile, 'had no schema_version');
            meta = null;
        }
        if (meta && meta.schema_version > version) {
            throw new LineageError(`the lineage store ${this.location} was written by a newer GenHealth (schema ${meta.schema_version}); this one reads ` +
                `schema ${version} and older. Upgrade genhealth, or set GENHEALTH_HOME to another folder. Nothing was changed.`);
        }
        if (!meta) {
            // A new store, or one whose meta was lost: the run documents say their own versions.
            meta = { schema_version: version, created_at: new Date().toISOString(), created_by: `genhealth ${require('../../package.json').version}` };
            db.write(meta);
        }
        if (meta.schema_version < version) {
            this.migrate(meta.schema_version, version, migrations);
            db.write({ ...meta, schema_version: version });
            this.problems.push({ message: `upgraded the store from schema ${meta.schema_version} to ${version}` });
        }
    }
    migrate(from, to, migrations) {
        for (const name of readdirSync(this.file('runs')).filter(n => RUN_FILE.test(n))) {
            const file = this.file('runs', name);
            let run;
            try {
                run = JSON.parse(readFileSync(file, 'utf8'));
            }
            catch {
                this.setAside(file, 'was not valid JSON');
                continue;
            }
            for (let v = Number(run.schema_version ?? from); v < to; v++) {
                const step = migrations[v];
                if (!step)
                    throw new LineageError(`no migration of run documents from schema ${v} to ${v + 1}`);
                run = { ...step(run), schema_version: v + 1 };
            }
            new this.lowdb.JSONFileSync(file).write(run);
        }
        // The index holds old summaries: rebuild it from the migrated documents.
        withLock(this.file('index.lock'), () => writeFileSync(this.file('index.jsonl'), ''));
    }
    saveRun(run) {
        // The run document first: it is the truth; the index line and producer entries can be rebuilt.
        new this.lowdb.JSONFileSync(this.file('runs', `${run.id}.json`)).write(run);
        for (const output of run.outputs) {
            const dir = this.file('producers', output.hash.slice(0, 2));
            mkdirSync(dir, { recursive: true });
            appendFileSync(path.join(dir, output.hash), run.id + '\n');
        }
        const line = JSON.stringify(summaryOf(run)) + '\n';
        withLock(this.file('index.lock'), () => {
            const index = this.file('index.jsonl');
            // A line cut by a kill -9 must not swallow the next one.
            appendFileSync(index, endsWithNewline(index) ? line : '\n' + line);
        });
        this.summaries.set(run.id, summaryOf(run));
    }
    loadRun(id) {
        if (!/^[0-9a-f-]{36}$/.test(id))
            return undefined;
        const file = this.file('runs', `${id}.json`);
        if (!existsSync(file))
            return undefined;
        try {
            return new this.lowdb.JSONFileSync(file).read() ?? undefined;
        }
        catch {
            this.setAside(file, 'was not valid JSON');
            return undefined;
        }
    }
    /** Reads index lines added since the last call, then adds runs that the index misses. */
    loadSummaries() {
        const index = this.file('index.jsonl');
        if (existsSync(index)) {
            const text = readFileSync(index);
            if (text.length < this.indexOffset)
                this.indexOffset = 0; // rebuilt meanwhile
            const fresh = text.subarray(this.indexOffset).toString('utf8');
            const complete = fresh.lastIndexOf('\n') + 1;
            for (const line of fresh.slice(0, complete).split('\n')) {
                if (!line)
                    continue;
                try {
                    const summary = JSON.parse(line);
                    if (summary.id)
                        this.summaries.set(summary.id, summary);
                }
                catch {
                    // a line cut by a kill -9: the run document below still counts
                }
            }
            this.indexOffset += Buffer.byteLength(fresh.slice(0, complete));
        }
        const files = new Set(readdirSync(this.file('runs')).filter(n => RUN_FILE.test(n)).map(n => n.slice(0, -5)));
        for (const id of this.summaries.keys())
            if (!files.has(id))
                this.summaries.delete(id);
        for (const id of files) {
            if (this.summaries.has(id))
                continue;
            const run = this.loadRun(id);
            if (run)
                this.summaries.set(id, summaryOf(run));
        }
        return [...this.summaries.values()];
    }
    producersOf(hash) {
        try {
            return readFileSync(this.file('producers', hash.slice(0, 2), hash), 'utf8').split('\n').filter(Boolean);
        }
        catch {
            return [];
        }
    }
    /** Whether a sync target (e.g. an MLflow server) confirmed this run. */
    isSynced(target, id) {
        return existsSync(this.file('sync', target, id));
    }
    markSynced(target, id, remoteId) {
        mkdirSync(this.file('sync', target), { recursive: true });
        writeFileSync(this.file('sync', target, id), remoteId);
    }
    artifactPath(hash) {
        return this.file('artifacts', 'sha256', hash.slice(0, 2), hash);
    }
    putArtifact(hash, bytes) {
        if (bytes.byteLength > this.maxArtifactBytes)
            return false;
        const target = this.artifactPath(hash);
        if (existsSync(target))
            return true;
        mkdirSync(path.dirname(target), { recursive: true });
        const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(temp, bytes);
        renameSync(temp, target);
        return true;
    }
    getArtifact(hash) {
        try {
            return readFileSync(this.artifactPath(hash));
        }
        catch {
            return undefined;
        }
    }
}
function endsWithNewline(file) {
    let fd;
    try {
        fd = openSync(file, 'r');
    }
    catch {
        return true;
    }
    try {
        const size = fstatSync(fd).size;
        if (size === 0)
            return true;
        const last = Buffer.alloc(1);
        readSync(fd, last, 0, 1, size - 1);
        return last[0] === 0x0a;
    }
    finally {
        closeSync(fd);
    }
}
registerStoreScheme('file', home => LocalStore.open(home));
//# sourceMappingURL=local-store.js.map