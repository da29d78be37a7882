const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
/** Row order sorted by one column; stable, missing values last in both directions. */
export function sortOrder(values, type, descending) {
    const order = Int32Array.from(values, (_, i) => i);
    const sign = descending ? -1 : 1;
    const compare = (a, b) => {
        if (type === 'string')
            return collator.compare(String(a), String(b));
        return Number(a) - Number(b);
    };
    return order.sort((i, j) => {
        const a = values[i];
        const b = values[j];
        const aMissing = a === null;
        const bMissing = b === null;
        if (aMissing || bMissing)
            return aMissing === bMissing ? i - j : aMissing ? 1 : -1;
        return sign * compare(a, b) || i - j;
    });
}
export function pageCount(rows, pageSize) {
    return Math.max(1, Math.ceil(rows / pageSize));
}
/** Row indices (into the original data) shown on `page` (0-based). */
export function pageRows(order, page, pageSize) {
    const start = page * pageSize;
    return Array.from({ length: Math.max(0, Math.min(pageSize, order.length - start)) }, (_, k) => order[start + k]);
}
export function formatCell(value) {
    if (value === null)
        return '';
    if (typeof value === 'number')
        return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
    return String(value);
}
//# sourceMappingURL=model.js.map