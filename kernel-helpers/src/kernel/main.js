/** Starts the GenHealth kernel on a Jupyter connection file. */
import { createConverter } from 'tslab/dist/converter';
import { createExecutor } from 'tslab/dist/executor';
import { registerAllMagics } from '../magics/all';
import { ExecutorConsole, GenHealthKernel } from './handler';
import { GenHealthServer } from './server';
/** Node and browser converters, created on first use (the browser one is rarely needed). */
function converters() {
    let node;
    let browser;
    return {
        get node() {
            return (node ??= createConverter({ isJS: false, isBrowser: false }));
        },
        get browser() {
            return (browser ??= createConverter({ isJS: false, isBrowser: true }));
        },
        close() {
            node?.close();
            browser?.close();
        }
    };
}
export function startKernel(configPath) {
    const version = require('../../package.json').version;
    registerAllMagics();
    const convs = converters();
    void convs.node; // start the TypeScript service now, not in the first cell
    const console = new ExecutorConsole();
    const executor = createExecutor(process.cwd(), convs, console);
    const kernel = new GenHealthKernel(executor, console, { version });
    const server = new GenHealthServer(kernel, configPath);
    process.on('SIGINT', () => kernel.interrupt());
    // A stray rejection in user code must not take the kernel (and the user's variables) down. The
    // report goes to the cell that runs now; if that fails, to the kernel's own log.
    const kernelLog = process.stderr.write.bind(process.stderr);
    const report = (what) => (reason) => {
        const text = `${what}: ${reason instanceof Error ? reason.stack : String(reason)}\n`;
        try {
            process.stderr.write(text);
        }
        catch {
            kernelLog(text);
        }
    };
    process.on('uncaughtException', report('Uncaught exception'));
    process.on('unhandledRejection', report('Unhandled promise rejection'));
    void server.init();
    return server;
}
//# sourceMappingURL=main.js.map