import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDelimited, Table, TableError } from './model';
describe('Table', () => {
    it('infers number, boolean and string columns from CSV, with missing values', () => {
        const t = Table.fromCSV('id,age,dm\nP1,54,true\nP2,,false\nP3,61,NA\n');
        assert.equal(t.rowCount, 3);
        assert.deepEqual(t.columns.map(c => c.type), ['string', 'number', 'boolean']);
        assert.ok(Number.isNaN(t.column('age').values[1]));
        assert.deepEqual(t.row(2), { id: 'P3', age: 61, dm: null });
    });
    it('parses quoted fields with delimiters, newlines and doubled quotes', () => {
        assert.deepEqual(parseDelimited('a,b\n"x, y","say ""hi""\nthere"\r\n'), [['a', 'b'], ['x, y', 'say "hi"\nthere']]);
    });
    it('reads tab-separated text', () => assert.deepEqual(Table.fromCSV('a\tb\n1\t2').columnNames, ['a', 'b']));
    it('builds from records and from columns', () => {
        assert.deepEqual(Table.from([{ a: 1 }, { a: 2, b: 'x' }]).toRecords(), [{ a: 1, b: null }, { a: 2, b: 'x' }]);
        assert.equal(Table.from({ a: new Float64Array([1, 2]), b: ['x', 'y'] }).rowCount, 2);
    });
    const bad = [
        [() => Table.fromCSV(''), /CSV text is empty/],
        [() => Table.fromCSV('a,b\n1'), /CSV row 2 has 1 fields but the header has 2/],
        [() => Table.fromCSV('a,a\n1,2'), /column 'a' appears twice/],
        [() => Table.fromCSV('a,"b\n1,2'), /quoted CSV field is not closed/],
        [() => Table.from({ a: [1, 2], b: [1] }), /column 'b' has 1 values, column 'a' has 2/],
        [() => Table.from(42), /expected a Table, an array of records/],
        [() => Table.fromCSV('age\n1').column('aeg'), /no column named 'aeg'\. Did you mean 'age'\?/],
        [() => Table.fromCSV('age\n1').withView({ sort: { column: 'agee', descending: false } }), /Did you mean 'age'/]
    ];
    for (const [make, message] of bad) {
        it(`reports ${message.source}`, () => assert.throws(make, (e) => e instanceof TableError && message.test(e.message)));
    }
});
//# sourceMappingURL=model.test.js.map