/**
 * The GenHealth kernel's request handlers, on top of tslab's executor: magics, real Jupyter errors,
 * execute_result for the last expression, stop_on_error as the protocol defines it, and completion,
 * inspection and is_complete that understand magic lines.
 */
import { isCompleteCode } from 'tslab/dist/converter';
import { printQuickInfo } from 'tslab/dist/inspect';
import * as tslabJupyter from 'tslab/dist/jupyter';
import { textBundle } from '../display/bundle';
import { newDisplay, setDisplayChannel } from '../display/display';
import { valueBundle } from '../display/values';
import { newRunId } from '../lineage/run-id';
import { completeMagic, inspectMagic } from '../magics/complete';
import { MagicError } from '../magics/errors';
import { formatHelp } from '../magics/help';
import { bindCall, parseMagicLine, resolveMagic } from '../magics/invocation';
import { optionsOf } from '../magics/registry';
import { currentCell, lineage, setCurrentCell } from '../lineage/session';
import { blankMagicLines, LINE_MAGIC_HOOK, planCell } from './cell';
import { CompileError, formatConsoleArgs, toJupyterError } from './errors';
import { ABORTED, ExecutionQueue } from './queue';
/** What tslab's executor prints through the console we give it, kept instead of printed. */
export class ExecutorConsole {
    lastValue = null;
    errors = [];
    reset() {
        this.lastValue = null;
        this.errors = [];
    }
    log(...args) {
        // tslab logs only the value of a cell's last expression here.
        this.lastValue = { value: args[0] };
    }
    error(...args) {
        this.errors.push(args);
    }
    /** The failure of the last execute: compile diagnostics or the thrown value. */
    failure() {
        const diagnostics = this.errors.filter(a => a[0] === '%s%d:%d - %s').map(formatConsoleArgs);
        if (diagnostics.length)
            return new CompileError(diagnostics);
        const thrown = this.errors.find(a => a[0] !== '%s%d:%d - %s');
        return thrown ? thrown[0] : new Error('the cell failed without an error message');
    }
}
const OUTBOX = Symbol.for('genhealth.kernel.outbox');
const BUILTIN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError']);
export class GenHealthKernel {
    executor;
    console;
    options;
    count = 0;
    queue = new ExecutionQueue();
    session = {};
    abort = new AbortController();
    io = null;
    streams = null;
    outbox = new Map();
    variables;
    constructor(executor, console, options) {
        this.executor = executor;
        this.console = console;
        this.options = options;
        const locals = executor.locals;
        this.variables = {
            has: name => Object.prototype.hasOwnProperty.call(locals, name),
            get: name => locals[name],
            names: () => Object.keys(locals).filter(n => !n.startsWith('__'))
        };
        globalThis[OUTBOX] = { take: (name) => this.takeOutput(name) };
        globalThis[Symbol.for(LINE_MAGIC_HOOK)] = (line) => this.runLineMagicFromCode(line);
    }
    kernelInfo() {
        const ts = require('@tslab/typescript-for-tslab');
        return {
            status: 'ok',
            protocol_version: '5.3',
            implementation: 'genhealth',
            implementation_version: this.options.version,
            language_info: {
                name: 'typescript',
                version: ts.version,
                mimetype: 'text/typescript',
                file_extension: '.ts',
                pygments_lexer: 'typescript',
                // JupyterLab 4 looks the editor language up by this name; tslab's {name: "javascript"} picked
                // plain JavaScript highlighting.
                codemirror_mode: 'typescript'
            },
            banner: `GenHealth (TypeScript) ${this.options.version} — tslab, TypeScript ${ts.version}, Node ${process.version}. %lsmagic lists the magics.`,
            help_links: [{ text: 'TypeScript handbook', url: 'https://www.typescriptlang.org/docs/handbook/intro.html' }]
        };
    }
    /** Interrupts the running cell (SIGINT). */
    interrupt() {
        this.executor.interrupt();
        this.abort.abort(Object.assign(new Error('interrupted by the user'), { name: 'KeyboardInterrupt' }));
        this.abort = new AbortController();
    }
    async execute(req, io) {
        const outcome = await this.queue.enqueue(() => this.executeNow(req, io));
        return outcome === ABORTED ? { status: 'aborted', execution_count: null } : outcome;
    }
    async executeNow(req, cellIO) {
        const silent = req.silent === true;
        if (req.store_history ?? !silent)
            this.count++;
        const executionCount = this.count;
        if (!silent)
            cellIO.publish('execute_input', { code: req.code, execution_count: executionCount });
        this.attach(cellIO);
        const io = this.io;
        // jupyter_server tells a kernel its notebook through JPY_SESSION_NAME; lineage records it.
        setCurrentCell({ source: req.code, id: req.cellId, notebook: process.env.JPY_SESSION_NAME, session: req.session });
        lineage().warn = message => io.stream('stderr', `lineage: ${message}\n`);
        try {
            const last = await this.runCell(req.code);
            await lineage().flush();
            if (last && !silent && last.value !== undefined && last.value !== null) {
                io.publish('execute_result', { execution_count: executionCount, data: valueBundle(last.value), metadata: {} });
            }
            return { status: 'ok', execution_count: executionCount, user_expressions: {}, payload: [] };
        }
        catch (thrown) {
            await lineage().flush();
            const error = toJupyterError(thrown);
            io.publish('error', error);
            if (req.stop_on_error !== false)
                this.queue.abortWaiting();
            return { status: 'error', execution_count: executionCount, ...error };
        }
        finally {
            this.streams?.flush();
        }
    }
    /**
     * Routes stdout, stderr and displays of this cell to its parent request (as tslab does). Stream
     * text is coalesced into one message per 50 ms, as ipykernel does: a loop printing thousands of
     * lines otherwise floods iopub past ZeroMQ's high-water mark and messages (even `idle`) get dropped.
     */
    attach(cellIO) {
        this.streams?.flush();
        const streams = (this.streams = new StreamBuffer(cellIO));
        const io = {
            stream: (name, text) => streams.write(name, text),
            publish: (msgType, content) => {
                streams.flush();
                cellIO.publish(msgType, content);
            }
        };
        this.io = io;
        const writer = (name) => ((chunk) => {
            io.stream(name, typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
            return true;
        });
        process.stdout.write = writer('stdout');
        process.stderr.write = writer('stderr');
        const send = (content, update) => io.publish(update ? 'update_display_data' : 'display_data', content);
        setDisplayChannel({ send });
        // tslab.display() keeps working: it writes through this hook.
        tslabJupyter.lastWriteDisplayData = send;
    }
    async runCell(code) {
        const plan = planCell(code);
        const bindings = [];
        let last = null;
        switch (plan.kind) {
            case 'code':
                last = await this.runTypeScript(plan.code);
                break;
            case 'mixed':
                this.pendingBindings = bindings;
                try {
                    last = await this.runTypeScript(plan.code);
                }
                finally {
                    this.pendingBindings = null;
                }
                break;
            case 'cell-magic':
                await this.runMagic(plan.magic, plan.body, true, bindings);
                break;
            case 'line-magics':
                for (const line of plan.lines)
                    await this.runMagic(parseMagicLine(line), '', false, bindings);
                break;
        }
        for (const b of bindings)
            await this.bind(b);
        return last;
    }
    pendingBindings = null;
    async runTypeScript(code) {
        this.console.reset();
        const ok = await this.executor.execute(code);
        if (!ok)
            throw this.console.failure();
        // Module cells (//@module) may print diagnostics and still succeed.
        for (const args of this.console.errors)
            this.io?.stream('stderr', formatConsoleArgs(args) + '\n');
        return this.console.lastValue;
    }
    /** Called by the code that a mixed cell's `%name` line became. */
    async runLineMagicFromCode(line) {
        await this.runMagic(parseMagicLine(line), '', false, this.pendingBindings ?? []);
    }
    async runMagic(ml, body, asCell, bindings) {
        const spec = resolveMagic(ml, asCell);
        const display = (bundle) => this.io?.publish('display_data', { data: bundle, metadata: {}, transient: {} });
        if (ml.help) {
            display(textBundle(formatHelp(spec)));
            return;
        }
        const call = bindCall(spec, ml, body, this.variables, this.session);
        const signal = this.abort.signal;
        const ctx = {
            runId: newRunId(),
            defaultSeed: this.session.seed,
            variables: this.variables,
            display,
            newDisplay,
            signal,
            session: this.session
        };
        const startedAt = new Date();
        let output;
        try {
            output = await untilAborted(Promise.resolve(spec.run(call, ctx)), signal);
        }
        catch (e) {
            if (spec.records !== false)
                await this.recordMagic(spec, call, ctx.runId, startedAt, undefined, e);
            // A capability's own error (TableError, BackendError, ...) is a message for the user, shown
            // against the magic line; a built-in error (TypeError, ...) is a bug and keeps its stack.
            if (e instanceof Error && !(e instanceof MagicError) && !BUILTIN_ERRORS.has(e.name)) {
                const wrapped = new MagicError(e.message, { span: { line: ml.line, start: 0, end: ml.nameEnd } });
                wrapped.name = e.name;
                throw wrapped;
            }
            throw e;
        }
        if (spec.records !== false)
            await this.recordMagic(spec, call, ctx.runId, startedAt, output ?? undefined);
        if (output?.bundle)
            display(output.bundle);
        const out = call.options.out;
        if (out !== undefined) {
            if (output?.value === undefined) {
                throw new MagicError(`%${spec.name} produced no value to bind to '${out}'.`, {
                    span: { line: ml.line, start: 0, end: ml.nameEnd }
                });
            }
            bindings.push({ name: out, value: output.value, type: output.valueType });
        }
    }
    /** The lineage record of one magic run: parameters after defaults, data inputs by hash. */
    async recordMagic(spec, call, runId, startedAt, output, error) {
        const options = optionsOf(spec);
        const params = { ...call.args };
        const inputs = [];
        for (const [key, value] of Object.entries(call.options)) {
            if (key === 'out' || value === undefined)
                continue;
            if (options[key]?.type === 'variable') {
                params[key] = { input: key };
                inputs.push({ name: key, value, variable: call.variables[key] });
            }
            else
                params[key] = value;
        }
        const outputs = [...(output?.value !== undefined ? [{ name: 'value', value: output.value }] : []), ...(output?.outputs ?? [])];
        await lineage().record({
            id: runId,
            kind: 'magic',
            name: spec.name,
            params,
            startedAt,
            endedAt: new Date(),
            cell: currentCell(),
            redactBody: spec.body?.isData === true,
            inputs: [...inputs, ...(output?.inputs ?? [])],
            outputs,
            metrics: output?.metrics,
            error
        });
    }
    takeOutput(name) {
        const value = this.outbox.get(name);
        this.outbox.delete(name);
        return value;
    }
    /**
     * Declares `out=` variables through tslab so later cells type-check against them: with the magic's
     * declared type when TypeScript can resolve it from the notebook's folder, else as `any`.
     */
    async bind({ name, value, type }) {
        for (const declared of type ? [type, 'any'] : ['any']) {
            this.outbox.set(name, value);
            this.console.reset();
            const ok = await this.executor.execute(`let ${name}: ${declared} = (globalThis as any)[Symbol.for("genhealth.kernel.outbox")].take(${JSON.stringify(name)});`);
            if (ok)
                return;
        }
        this.outbox.delete(name);
        throw this.console.failure();
    }
    isComplete(code) {
        let kind;
        try {
            kind = planCell(code).kind;
        }
        catch {
            return { status: 'complete' }; // a malformed magic line: running it reports the problem
        }
        if (kind === 'cell-magic' || kind === 'line-magics')
            return { status: 'complete' };
        const result = isCompleteCode(blankMagicLines(code));
        return result.completed ? { status: 'complete' } : { status: 'incomplete', indent: result.indent ?? '' };
    }
    inspect(code, cursor) {
        const help = inspectMagic(code, cursor);
        if (help !== null)
            return { status: 'ok', found: true, data: { 'text/plain': help }, metadata: {} };
        const info = this.executor.inspect(blankMagicLines(code), cursor);
        if (!info)
            return { status: 'ok', found: false, data: {}, metadata: {} };
        return { status: 'ok', found: true, data: { 'text/plain': printQuickInfo(info) }, metadata: {} };
    }
    complete(code, cursor) {
        const magic = completeMagic(code, cursor, () => this.variables.names());
        if (magic)
            return { status: 'ok', cursor_start: magic.start, cursor_end: magic.end, matches: magic.matches, metadata: {} };
        const info = this.executor.complete(blankMagicLines(code), cursor);
        return { status: 'ok', cursor_start: info.start, cursor_end: info.end, matches: info.candidates, metadata: {} };
    }
    close() {
        this.executor.close();
    }
}
/** Collects stream text and sends it at most every `intervalMs`, one message per run of one stream. */
class StreamBuffer {
    io;
    intervalMs;
    name = null;
    text = '';
    timer = null;
    constructor(io, intervalMs = 50) {
        this.io = io;
        this.intervalMs = intervalMs;
    }
    write(name, text) {
        if (this.name !== null && this.name !== name)
            this.flush();
        this.name = name;
        this.text += text;
        this.timer ??= setTimeout(() => this.flush(), this.intervalMs).unref();
    }
    flush() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = null;
        if (this.name !== null && this.text)
            this.io.stream(this.name, this.text);
        this.name = null;
        this.text = '';
    }
}
function untilAborted(work, signal) {
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        work.then(v => (signal.removeEventListener('abort', onAbort), resolve(v)), e => (signal.removeEventListener('abort', onAbort), reject(e)));
    });
}
//# sourceMappingURL=handler.js.map