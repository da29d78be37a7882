/**
 * A test helper process: records `count` runs into the store at `home` as fast as it can.
 * Usage: node writer.js <home> <count> <tag>. Used by the concurrency and kill -9 tests.
 */
import { LocalStore } from '../local-store';
import { recordRun } from '../recorder';
async function main() {
    const [home, countText, tag] = process.argv.slice(2);
    const store = await LocalStore.open(home);
    const count = Number(countText);
    process.stdout.write('ready\n');
    for (let i = 0; i < count; i++) {
        const now = new Date();
        recordRun(store, {
            kind: 'function',
            name: `writer-${tag}`,
            params: { i, tag },
            startedAt: now,
            endedAt: now,
            inputs: [{ name: 'x', value: new Float64Array([i, i + 1]) }],
            outputs: [{ name: 'value', value: { tag, i } }],
            metrics: { i }
        });
    }
    process.stdout.write(`done ${count}\n`);
}
main().catch(e => {
    process.stderr.write(`${e.stack}\n`);
    process.exit(1);
});
//# sourceMappingURL=writer.js.map