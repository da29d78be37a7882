/**
 * The lineage record of one run: what ran, with which parameters and seeds, in which cell and
 * environment, on which inputs (hashes and schemas, never rows) and what it produced.
 */
export const SCHEMA_VERSION = 1;
export function summaryOf(run) {
    return {
        id: run.id,
        kind: run.kind,
        name: run.name,
        notebook: run.notebook,
        session: run.session,
        cell_sha256: run.cell?.sha256,
        started_at: run.started_at,
        duration_ms: run.duration_ms,
        status: run.status,
        parents: run.parents,
        inputs: run.inputs.map(i => i.hash),
        outputs: run.outputs.map(o => o.hash)
    };
}
//# sourceMappingURL=record.js.map