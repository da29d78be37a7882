import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newRunId } from '../lineage/run-id';
import { tableBundle } from '../table/bundle';
import { Table } from '../table/model';
import { escapeHtml, htmlTable, textTable } from './bundle';
describe('bundles', () => {
    it('escapes every HTML-significant character', () => {
        assert.equal(escapeHtml(`<img src=x onerror="alert('x')">&`), '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
    });
    it('never puts raw payload text into the HTML fallback', () => {
        const html = htmlTable(['<b>'], [['<script>alert(1)</script>']]);
        assert.ok(!html.includes('<script>') && !html.includes('<b>'));
    });
    it('aligns text tables', () => {
        assert.equal(textTable(['a', 'long'], [[1, 'x']]), 'a  long\n-  ----\n1  x');
    });
    it('sends a table payload as an object with the shared fields, plus both fallbacks', () => {
        const id = newRunId();
        const bundle = tableBundle(Table.fromCSV('a,b\n1,\n2,y').withView({ pageSize: 5 }), id);
        const payload = bundle['application/vnd.genhealth.table+json'];
        assert.equal(typeof payload, 'object');
        assert.deepEqual({ version: payload.version, kind: payload.kind, run_id: payload.run_id, summary: payload.summary, page_size: payload.page_size }, { version: 1, kind: 'table', run_id: id, summary: { rows: 2, columns: 2, shown_rows: 2 }, page_size: 5 });
        assert.deepEqual(payload.data, [[1, 2], [null, 'y']]);
        assert.match(String(bundle['text/plain']), /a  b\n-  -\n1\n2  y/);
        assert.match(String(bundle['text/html']), /^<table>/);
    });
});
//# sourceMappingURL=bundle.test.js.map