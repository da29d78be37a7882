import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerAllMagics } from '../magics/all';
import { Table } from '../table/model';
import { describeData, LineageError, sha256 } from './hash';
describe('describeData', () => {
    registerAllMagics(); // registers the Table describer
    it('hashes a table by its data, however it was built and shown', () => {
        const fromCsv = Table.fromCSV('age,sex\n54,F\n61,M');
        const fromColumns = Table.from({ age: [54, 61], sex: ['F', 'M'] });
        assert.equal(describeData(fromCsv).hash, describeData(fromColumns).hash);
        assert.equal(describeData(fromCsv).hash, describeData(fromCsv.withView({ pageSize: 3, title: 'x' })).hash);
        assert.notEqual(describeData(fromCsv).hash, describeData(Table.fromCSV('age,sex\n54,F\n62,M')).hash);
        assert.deepEqual(describeData(fromCsv).schema, { kind: 'table', rows: 2, columns: [{ name: 'age', type: 'number' }, { name: 'sex', type: 'string' }] });
    });
    it('writes every NaN the same way', () => {
        const a = new Float64Array([1, NaN]);
        const b = new Float64Array([1, -NaN]);
        new DataView(b.buffer).setUint32(12, 0xfff80001, true); // another NaN bit pattern
        assert.ok(Number.isNaN(b[1]));
        assert.equal(describeData(a).hash, describeData(b).hash);
    });
    it('ignores object key order but not array order', () => {
        assert.equal(describeData({ a: 1, b: [1, 2] }).hash, describeData({ b: [1, 2], a: 1 }).hash);
        assert.notEqual(describeData([1, 2]).hash, describeData([2, 1]).hash);
    });
    it('keeps kinds apart: text, bytes and JSON of the same content differ', () => {
        const hashes = [describeData('a').hash, describeData(new Uint8Array([97])).hash, describeData(['a']).hash];
        assert.equal(new Set(hashes).size, 3);
    });
    it('hashes the whole value, not a sample, and says how many bytes', () => {
        const big = new Float64Array(1_000_000);
        const before = describeData(big);
        big[999_999] = 1;
        assert.notEqual(describeData(big).hash, before.hash);
        assert.equal(before.bytes, 8_000_000 + 'genhealth:array:v1\nfloat64\n1000000\n'.length);
    });
    it('describes records without keeping their values', () => {
        const d = describeData([{ id: 'P1', age: 54 }, { id: 'P2', age: null }]);
        assert.deepEqual(d.schema, { kind: 'records', rows: 2, columns: [{ name: 'id', type: 'string' }, { name: 'age', type: 'number' }] });
        assert.ok(!JSON.stringify(d).includes('P1'));
    });
    it('refuses cycles and functions with a LineageError', () => {
        const cyclic = {};
        cyclic.self = cyclic;
        assert.throws(() => describeData(cyclic), LineageError);
        assert.throws(() => describeData(() => 1), /cannot hash a function/);
    });
    it('sha256 matches the published test vector', () => {
        assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    });
});
//# sourceMappingURL=hash.test.js.map