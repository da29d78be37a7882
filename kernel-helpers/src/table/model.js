/**
 * A small columnar table: numbers in Float64Array (NaN = missing), strings and booleans in arrays
 * (null = missing). Built from CSV text, row records or named columns.
 */
import { typedArrayBytes } from '../lineage/hash';
import { didYouMean } from '../magics/errors';
export class TableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TableError';
    }
}
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const MISSING = new Set(['', 'NA', 'N/A', 'NaN', 'null']);
export class Table {
    columns;
    rowCount;
    view;
    constructor(columns, view = {}) {
        if (columns.length === 0)
            throw new TableError('a table needs at least one column');
        const seen = new Set();
        for (const c of columns) {
            if (seen.has(c.name))
                throw new TableError(`column '${c.name}' appears twice`);
            seen.add(c.name);
        }
        const n = columns[0].values.length;
        const bad = columns.find(c => c.values.length !== n);
        if (bad)
            throw new TableError(`column '${bad.name}' has ${bad.values.length} values, column '${columns[0].name}' has ${n}`);
        this.columns = columns;
        this.rowCount = n;
        this.view = view;
        if (view.sort)
            this.column(view.sort.column);
    }
    /** The same data with other presentation options. */
    withView(view) {
        return new Table(this.columns, { ...this.view, ...view });
    }
    get columnNames() {
        return this.columns.map(c => c.name);
    }
    column(name) {
        const found = this.columns.find(c => c.name === name);
        if (!found) {
            throw new TableError(`no column named '${name}'. ${didYouMean(name, this.columnNames)}Columns: ${this.columnNames.join(', ')}.`);
        }
        return found;
    }
    /** One row as a record; missing values are null. */
    row(i) {
        const out = {};
        for (const c of this.columns) {
            const v = c.values[i];
            out[c.name] = typeof v === 'number' && Number.isNaN(v) ? null : v;
        }
        return out;
    }
    toRecords() {
        return Array.from({ length: this.rowCount }, (_, i) => this.row(i));
    }
    /** Parses CSV (RFC 4180 quoting; a tab-separated header switches to TSV) with a header row. */
    static fromCSV(text) {
        const rows = parseDelimited(text);
        if (rows.length === 0)
            throw new TableError('the CSV text is empty: give a header row and at least one data row');
        const [header, ...data] = rows;
        header.forEach((name, j) => {
            if (name.trim() === '')
                throw new TableError(`column ${j + 1} of the header has no name`);
        });
        data.forEach((r, i) => {
            if (r.length !== header.length) {
                throw new TableError(`CSV row ${i + 2} has ${r.length} fields but the header has ${header.length}`);
            }
        });
        return new Table(header.map((name, j) => inferColumn(name.trim(), data.map(r => r[j]))));
    }
    static fromRecords(records) {
        const names = [];
        const seen = new Set();
        for (const r of records) {
            for (const k of Object.keys(r))
                if (!seen.has(k))
                    seen.add(k), names.push(k);
        }
        if (names.length === 0)
            throw new TableError('the records have no fields');
        return Table.fromColumns(Object.fromEntries(names.map(n => [n, records.map(r => r[n])])));
    }
    static fromColumns(columns) {
        return new Table(Object.entries(columns).map(([name, values]) => columnOf(name, Array.from(values))));
    }
    /** Accepts a Table, an array of records, an object of columns or CSV text. */
    static from(value) {
        if (value instanceof Table)
            return value;
        if (typeof value === 'string')
            return Table.fromCSV(value);
        if (Array.isArray(value)) {
            if (value.every(v => v !== null && typeof v === 'object' && !Array.isArray(v)))
                return Table.fromRecords(value);
            throw new TableError('an array must hold one record (object) per row');
        }
        if (value !== null && typeof value === 'object') {
            const entries = Object.values(value);
            if (entries.length && entries.every(v => Array.isArray(v) || ArrayBuffer.isView(v))) {
                return Table.fromColumns(value);
            }
        }
        throw new TableError('expected a Table, an array of records, an object of equal-length columns or CSV text');
    }
}
/** Splits delimited text into rows of fields; quotes may hold delimiters, newlines and "" escapes. */
export function parseDelimited(text) {
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    let i = 0;
    const endRow = () => {
        row.push(field);
        if (!(row.length === 1 && row[0].trim() === ''))
            rows.push(row);
        row = [];
        field = '';
    };
    while (i < text.length) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"')
                (field += '"'), (i += 2);
            else if (ch === '"')
                (quoted = false), i++;
            else
                (field += ch), i++;
        }
        else if (ch === '"' && field.trim() === '')
            (quoted = true), (field = ''), i++;
        else if (ch === delimiter)
            row.push(field), (field = ''), i++;
        else if (ch === '\n' || ch === '\r') {
            endRow();
            i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        }
        else
            (field += ch), i++;
    }
    if (quoted)
        throw new TableError('a quoted CSV field is not closed');
    if (field !== '' || row.length)
        endRow();
    return rows.map(r => r.map(f => f.trim()));
}
function inferColumn(name, cells) {
    const present = cells.filter(c => !MISSING.has(c));
    if (present.length && present.every(c => NUMBER.test(c))) {
        return { name, type: 'number', values: Float64Array.from(cells, c => (MISSING.has(c) ? NaN : Number(c))) };
    }
    if (present.length && present.every(c => c === 'true' || c === 'false')) {
        return { name, type: 'boolean', values: cells.map(c => (MISSING.has(c) ? null : c === 'true')) };
    }
    return { name, type: 'string', values: cells.map(c => (MISSING.has(c) ? null : c)) };
}
function columnOf(name, values) {
    const present = values.filter(v => v !== null && v !== undefined && !(typeof v === 'number' && Number.isNaN(v)));
    if (present.every(v => typeof v === 'number')) {
        return { name, type: 'number', values: Float64Array.from(values, v => (typeof v === 'number' ? v : NaN)) };
    }
    if (present.every(v => typeof v === 'boolean')) {
        return { name, type: 'boolean', values: values.map(v => (typeof v === 'boolean' ? v : null)) };
    }
    return { name, type: 'string', values: values.map(v => (v === null || v === undefined ? null : String(v))) };
}
/**
 * The canonical serialisation of a table for lineage hashes (see lineage/hash.ts): a tag line, then
 * per column its name and type as JSON and its values — numbers as little-endian float64 with one
 * NaN, strings and booleans as one JSON array. Presentation (view) is not part of the data.
 */
export function describeTable(table, update) {
    update(`genhealth:table:v1\n${table.rowCount}\n`);
    for (const c of table.columns) {
        update(JSON.stringify({ name: c.name, type: c.type }) + '\n');
        if (c.type === 'number')
            update(typedArrayBytes(c.values));
        else
            update(JSON.stringify(c.values));
        update('\n');
    }
    return { kind: 'table', rows: table.rowCount, columns: table.columns.map(c => ({ name: c.name, type: c.type })) };
}
//# sourceMappingURL=model.js.map