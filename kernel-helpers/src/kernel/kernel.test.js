/**
 * The real kernel over the Jupyter protocol: one kernel process, requests in order, as a front end
 * would send them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { KernelClient } from '../client/kernel-client';
const byType = (outputs, type) => outputs.filter(m => m.header.msg_type === type);
const contentOf = (outputs, type) => byType(outputs, type).map(m => m.content);
describe('GenHealth kernel over the Jupyter protocol', () => {
    let kernel;
    before(async () => {
        const home = mkdtempSync(path.join(os.tmpdir(), 'genhealth-kernel-test-'));
        kernel = await KernelClient.start({
            cwd: path.resolve(__dirname, '..', '..', '..', 'notebooks'),
            env: { ...process.env, GENHEALTH_HOME: home, JPY_SESSION_NAME: 'protocol-test.ipynb' }
        });
    });
    after(async () => kernel?.shutdown());
    it('reports TypeScript so JupyterLab highlights cells as TypeScript', async () => {
        const info = await kernel.kernelInfo();
        assert.equal(info.implementation, 'genhealth');
        assert.deepEqual((({ name, codemirror_mode, mimetype, file_extension }) => ({ name, codemirror_mode, mimetype, file_extension }))(info.language_info), { name: 'typescript', codemirror_mode: 'typescript', mimetype: 'text/typescript', file_extension: '.ts' });
    });
    it('sends the last expression as an execute_result and console output as a stream', async () => {
        const { reply, outputs } = await kernel.execute('console.log("hello")\nconst answer: number = 6 * 7\nanswer');
        assert.equal(reply.content.status, 'ok');
        assert.deepEqual(contentOf(outputs, 'stream'), [{ name: 'stdout', text: 'hello\n' }]);
        assert.deepEqual(contentOf(outputs, 'execute_result')[0].data, { 'text/plain': '42' });
    });
    it('reports a wrong option as a MagicError that points at it, and the next cell still runs', async () => {
        const { reply, outputs } = await kernel.execute('%%table page_size=0\na\n1');
        assert.equal(reply.content.status, 'error');
        const [error] = contentOf(outputs, 'error');
        assert.equal(error.ename, 'MagicError');
        assert.match(error.evalue, /page_size=0: 0 is out of range; expected an integer between 1 and 500/);
        assert.deepEqual(error.traceback.slice(1).map((l) => l.replace(/\u001b\[\d+m/g, '')), ['    %%table page_size=0', '                      ^']);
        const next = await kernel.execute('1 + 1');
        assert.equal(contentOf(next.outputs, 'execute_result')[0].data['text/plain'], '2');
    });
    it("shows a capability's own error (TableError) against the magic line, not as a stack trace", async () => {
        await kernel.execute('const notTabular = 42');
        const [error] = contentOf((await kernel.execute('%%table source=notTabular')).outputs, 'error');
        assert.equal(error.ename, 'TableError');
        assert.match(error.evalue, /expected a Table, an array of records, an object of equal-length columns or CSV text/);
        assert.ok(!error.traceback.some((l) => l.includes('dist/table/model.js')));
    });
    it('reports TypeScript errors and runtime errors with their names', async () => {
        const compile = contentOf((await kernel.execute('const s: string = 5')).outputs, 'error')[0];
        assert.equal(compile.ename, 'CompileError');
        assert.match(compile.evalue, /1:7 - Type 'number' is not assignable to type 'string'/);
        const runtime = contentOf((await kernel.execute('throw new RangeError("too far")')).outputs, 'error')[0];
        assert.deepEqual([runtime.ename, runtime.evalue], ['RangeError', 'too far']);
    });
    it('aborts requests queued behind a failing cell when stop_on_error is set, and only then', async () => {
        // The failing cell waits a little so that the next two requests are queued when it fails.
        const queued = await Promise.all([
            kernel.execute('await new Promise(r => setTimeout(r, 300))\n%nosuchmagic'),
            kernel.execute('"runs?"'),
            kernel.execute('"runs too?"')
        ]);
        assert.deepEqual(queued.map(q => q.reply.content.status), ['error', 'aborted', 'aborted']);
        const tolerant = await Promise.all([kernel.execute('%nosuchmagic', { stopOnError: false }), kernel.execute('"runs"')]);
        assert.deepEqual(tolerant.map(q => q.reply.content.status), ['error', 'ok']);
    });
    it('sends GenHealth bundles as JSON objects with text fallbacks', async () => {
        const { outputs } = await kernel.execute('%%table out=t\na,b\n1,x\n2,y');
        const [shown] = contentOf(outputs, 'display_data');
        const payload = shown.data['application/vnd.genhealth.table+json'];
        assert.equal(typeof payload, 'object');
        assert.equal(payload.version, 1);
        assert.match(payload.run_id, /^[0-9a-f-]{36}$/);
        assert.equal(typeof shown.data['text/plain'], 'string');
        assert.equal(typeof shown.data['text/html'], 'string');
    });
    it('binds out= results with their TypeScript type', async () => {
        const typed = await kernel.execute('const rows: number = t.rowCount\nrows');
        assert.equal(contentOf(typed.outputs, 'execute_result')[0].data['text/plain'], '2');
        const wrong = contentOf((await kernel.execute('const name: string = t.rowCount')).outputs, 'error')[0];
        assert.equal(wrong.ename, 'CompileError');
    });
    it('renders a Table as the last expression with the table renderer', async () => {
        const { outputs } = await kernel.execute('t');
        assert.ok(contentOf(outputs, 'execute_result')[0].data['application/vnd.genhealth.table+json']);
    });
    it('runs line magics between lines of code and binds their results for the next cell', async () => {
        const mixed = await kernel.execute('const before = 1\n%seed 5 out=chosen\nbefore + 1');
        assert.equal(mixed.reply.content.status, 'ok');
        assert.equal(contentOf(mixed.outputs, 'execute_result')[0].data['text/plain'], '2');
        assert.equal(contentOf((await kernel.execute('chosen')).outputs, 'execute_result')[0].data['text/plain'], '5');
    });
    it('updates a progress display in place by display_id', async () => {
        const { outputs } = await kernel.execute('import { progress } from "genhealth"\nconst p = progress({ total: 3, label: "Work", intervalMs: 0 })\np.advance(); p.advance(); p.done()');
        const [first] = contentOf(outputs, 'display_data');
        const updates = contentOf(outputs, 'update_display_data');
        assert.ok(first.transient.display_id);
        assert.ok(updates.length >= 2 && updates.every(u => u.transient.display_id === first.transient.display_id));
        assert.match(updates.at(-1).data['text/plain'], /100% done$/);
    });
    it("keeps tslab's own display API working", async () => {
        const { outputs } = await kernel.execute('import * as tslab from "tslab"\ntslab.display.html("<b>bold</b>")');
        assert.deepEqual(contentOf(outputs, 'display_data')[0].data, { 'text/html': '<b>bold</b>' });
    });
    it('survives bursts of output and of requests (zeromq allows one send at a time per socket)', async () => {
        const { outputs } = await kernel.execute('for (let i = 0; i < 3000; i++) console.log(i)');
        const text = contentOf(outputs, 'stream').map(s => s.text).join('');
        assert.equal(text.split('\n').filter(Boolean).length, 3000);
        const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => kernel.execute(i % 2 ? '%seed 1' : 'void 0')));
        assert.ok(burst.every(b => b.reply.content.status === 'ok'));
    });
    it('survives an error thrown later by a timer', async () => {
        await kernel.execute('setTimeout(() => { throw new Error("late") }, 5)');
        await new Promise(r => setTimeout(r, 50));
        assert.equal(contentOf((await kernel.execute('"alive"')).outputs, 'execute_result')[0].data['text/plain'], "'alive'");
    });
    it('can be interrupted while awaiting, and then runs the next cell', async () => {
        const running = kernel.execute('await new Promise(resolve => setTimeout(resolve, 60000))');
        await new Promise(r => setTimeout(r, 300));
        kernel.interrupt();
        const { reply } = await running;
        assert.equal(reply.content.status, 'error');
        assert.equal(contentOf((await kernel.execute('3')).outputs, 'execute_result')[0].data['text/plain'], '3');
    });
    it('completes magic names, option keys and values, and TypeScript', async () => {
        assert.deepEqual((await kernel.complete('%%tab')).matches, ['%%table']);
        assert.deepEqual((await kernel.complete('%%table page')).matches, ['page_size=']);
        assert.deepEqual((await kernel.complete('%%table desc=t')).matches, ['true']);
        assert.ok((await kernel.complete('t.rowC')).matches.includes('rowCount'));
    });
    it('shows a magic\'s documentation on inspect, and TypeScript types elsewhere', async () => {
        const magic = await kernel.inspect('%%table page_size=2', 4);
        assert.equal(magic.found, true);
        assert.match(magic.data['text/plain'], /Options:\n  source=<name>/);
        const ts = await kernel.inspect('t.rowCount', 5);
        assert.match(ts.data['text/plain'], /rowCount: number/);
    });
    it('accepts magic cells as complete input and knows unfinished TypeScript', async () => {
        assert.equal((await kernel.isComplete('%%table\na,b')).status, 'complete');
        assert.equal((await kernel.isComplete('%lsmagic')).status, 'complete');
        assert.equal((await kernel.isComplete('function f() {')).status, 'incomplete');
    });
    it('answers history_request (JupyterLab asks when a notebook opens)', async () => {
        const { reply } = await kernel.request('history_request', { output: false, raw: true, hist_access_type: 'tail', n: 10 });
        assert.deepEqual([reply.header.msg_type, reply.content], ['history_reply', { status: 'ok', history: [] }]);
    });
    it('records every magic run and shows the lineage with %lineage', async () => {
        await kernel.execute('%%table page_size=3 out=base\nkey,value\n7,q\n8,r', { cellId: 'base-cell' });
        await kernel.execute('%%table source=base page_size=4');
        const list = contentOf((await kernel.execute('%lineage list name=table limit=2 out=recent')).outputs, 'display_data')[0].data;
        const payload = list['application/vnd.genhealth.lineage+json'];
        assert.equal(payload.view, 'list');
        assert.equal(payload.summary.runs, 2);
        const [newest, older] = payload.runs;
        assert.deepEqual(newest.parents, [older.id], 'the second table descends from the first through its input');
        assert.equal(newest.notebook, 'protocol-test.ipynb');
        const shown = contentOf((await kernel.execute(`%lineage show ${older.id.slice(-8)}`)).outputs, 'display_data')[0].data;
        const run = shown['application/vnd.genhealth.lineage+json'].run;
        assert.equal(run.cell.id, 'base-cell');
        assert.match(run.cell.source, /^%%table page_size=3 out=base\n<cell body of 3 lines not stored: it is data>$/);
        assert.deepEqual(run.params, { page_size: 3, desc: false });
        const diff = contentOf((await kernel.execute(`%lineage diff ${older.id} ${newest.id}`)).outputs, 'display_data')[0].data;
        assert.ok(diff['application/vnd.genhealth.lineage+json'].differences.some((d) => d.path === 'params.page_size'));
        const graph = contentOf((await kernel.execute(`%lineage graph ${newest.id}`)).outputs, 'display_data')[0].data;
        assert.ok(graph['application/vnd.genhealth.lineage+json'].graph.edges.some((e) => e.to === newest.id && e.kind === 'used'));
        const unknown = contentOf((await kernel.execute('%lineage show ffffffff')).outputs, 'error')[0];
        assert.deepEqual([unknown.ename, /no run with id 'ffffffff'/.test(unknown.evalue)], ['LineageError', true]);
        assert.equal(contentOf((await kernel.execute('recent.length')).outputs, 'execute_result')[0].data['text/plain'], '2');
    });
    it('shows help for %name? and %%help name', async () => {
        for (const code of ['%table?', '%%help table', '%help %table']) {
            const [shown] = contentOf((await kernel.execute(code)).outputs, 'display_data');
            assert.match(shown.data['text/plain'], /^%%table — Show a data set as a paged, sortable table\./, code);
        }
    });
});
//# sourceMappingURL=kernel.test.js.map