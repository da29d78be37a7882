/** %%table: show a small data set as a paged, sortable table (the first renderer's demo magic). */
import { registerValueBundler } from '../display/values';
import { registerDataDescriber } from '../lineage/hash';
import { newRunId } from '../lineage/run-id';
import { MagicError } from '../magics/errors';
import { registerMagic } from '../magics/registry';
import { tableBundle } from './bundle';
import { describeTable, Table } from './model';
/** The function behind %%table: any supported input → a Table carrying its presentation options. */
export function table(data, options = {}) {
    const view = { pageSize: options.pageSize, title: options.title };
    if (options.sort !== undefined)
        view.sort = { column: options.sort, descending: options.descending ?? false };
    return Table.from(data).withView(view);
}
export function registerTableMagic() {
    registerValueBundler(Table, t => tableBundle(t, newRunId()));
    registerDataDescriber(Table, describeTable);
    registerMagic({
        name: 'table',
        kind: 'cell',
        summary: 'Show a data set as a paged, sortable table.',
        doc: 'Reads CSV from the cell body (header row first) or takes an existing kernel variable with source= ' +
            '(an array of records, an object of columns, a Table or CSV text) and shows it as a table you can sort by ' +
            'clicking a column header and page through. Numbers, booleans and missing values (empty, NA) are recognised.',
        options: {
            source: { type: 'variable', doc: 'Kernel variable holding the data instead of the cell body.' },
            page_size: { type: 'integer', min: 1, max: 500, default: 10, doc: 'Rows per page.' },
            sort: { type: 'string', doc: 'Column to sort by initially.' },
            desc: { type: 'boolean', default: false, doc: 'Sort in descending order.' },
            title: { type: 'string', doc: 'A caption shown above the table.' }
        },
        body: { doc: 'CSV text with a header row (or nothing when source= is given).', required: false, isData: true },
        examples: ['%%table page_size=5 sort=age --desc out=patients\nid,age,sex\np1,54,F\np2,61,M', '%%table source=records'],
        run(call, ctx) {
            const { source, page_size, sort, desc, title } = call.options;
            const fromVariable = call.given.has('source');
            const hasBody = call.body.trim() !== '';
            if (fromVariable && hasBody)
                throw new MagicError('give the data either in the cell body or with source=, not both.');
            if (!fromVariable && !hasBody) {
                throw new MagicError('no data: put CSV text (header row first) in the cell body, or name a variable with source=.');
            }
            const parsed = fromVariable ? undefined : Table.fromCSV(call.body);
            const result = table(parsed ?? source, { pageSize: page_size, sort, descending: desc, title });
            return {
                value: result,
                bundle: tableBundle(result, ctx.runId),
                valueType: 'import("genhealth").Table',
                inputs: parsed ? [{ name: 'body', value: parsed }] : [],
                metrics: { rows: result.rowCount, columns: result.columns.length }
            };
        }
    });
}
//# sourceMappingURL=magic.js.map