/**
 * A headless Jupyter client for the GenHealth kernel: starts a fresh kernel process on free
 * loopback ports, runs requests and collects their iopub output. Used by `genhealth execute`, the
 * notebook tests and the benchmarks; JupyterLab talks to the same kernel through jupyter_server.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as zmq from 'zeromq';
import { decode, encode, newMessage } from './wire';
const BIN = path.join(__dirname, '..', '..', 'bin', 'genhealth.js');
async function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}
export class KernelClient {
    process;
    key;
    connectionFile;
    shell;
    control;
    iopub;
    session = randomUUID();
    pending = new Map();
    exited = null;
    stderr = '';
    constructor(process, key, connectionFile, shell, control, iopub) {
        this.process = process;
        this.key = key;
        this.connectionFile = connectionFile;
        this.shell = shell;
        this.control = control;
        this.iopub = iopub;
        process.stderr?.on('data', chunk => (this.stderr = (this.stderr + chunk).slice(-20000)));
        process.on('exit', (code, signal) => {
            this.exited = { code, signal };
            for (const p of this.pending.values())
                p.done();
        });
        void this.readReplies(shell);
        void this.readReplies(control);
        void this.readIopub();
    }
    static async start(options = {}) {
        const ports = await Promise.all(Array.from({ length: 5 }, freePort));
        const [shellPort, iopubPort, stdinPort, controlPort, hbPort] = ports;
        const key = randomBytes(32).toString('hex');
        const connectionFile = path.join(os.tmpdir(), `genhealth-kernel-${randomUUID()}.json`);
        writeFileSync(connectionFile, JSON.stringify({
            shell_port: shellPort,
            iopub_port: iopubPort,
            stdin_port: stdinPort,
            control_port: controlPort,
            hb_port: hbPort,
            ip: '127.0.0.1',
            key,
            transport: 'tcp',
            signature_scheme: 'hmac-sha256',
            kernel_name: 'genhealth'
        }));
        const child = spawn(process.execPath, [BIN, 'kernel', '--config-path', connectionFile], {
            cwd: options.cwd ?? process.cwd(),
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        child.stdout?.resume();
        const address = (port) => `tcp://127.0.0.1:${port}`;
        const shell = new zmq.Dealer();
        const control = new zmq.Dealer();
        // No high-water mark: a busy cell must not make us drop its output (or its idle status).
        const iopub = new zmq.Subscriber({ receiveHighWaterMark: 0 });
        shell.connect(address(shellPort));
        control.connect(address(controlPort));
        iopub.connect(address(iopubPort));
        iopub.subscribe();
        const client = new KernelClient(child, key, connectionFile, shell, control, iopub);
        await client.waitUntilReady(options.readyTimeoutMs ?? 60_000);
        return client;
    }
    /** Repeats kernel_info until both its reply and its iopub status arrive (iopub joins late). */
    async waitUntilReady(timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            if (this.exited)
                break;
            const attempt = this.request('kernel_info_request', {}, { waitIdle: true });
            const settled = await Promise.race([attempt.then(() => true), delay(1000).then(() => false)]);
            if (settled)
                return;
        }
        const why = this.exited ? `it exited (code ${this.exited.code}, signal ${this.exited.signal})` : `no answer in ${timeoutMs} ms`;
        await this.shutdown();
        throw new Error(`the GenHealth kernel did not start: ${why}.${this.stderr ? `\nKernel log:\n${this.stderr}` : ''}`);
    }
    async readReplies(socket) {
        try {
            for await (const frames of socket) {
                const msg = decode(this.key, frames);
                const p = this.pending.get(msg.parent_header.msg_id ?? '');
                if (!p)
                    continue;
                p.reply = msg;
                p.done();
            }
        }
        catch {
            // the socket closed
        }
    }
    async readIopub() {
        try {
            for await (const frames of this.iopub) {
                const msg = decode(this.key, frames);
                const p = this.pending.get(msg.parent_header.msg_id ?? '');
                if (!p)
                    continue;
                const type = msg.header.msg_type;
                if (type === 'status') {
                    if (msg.content.execution_state === 'idle') {
                        p.idle = true;
                        p.done();
                    }
                }
                else if (type !== 'execute_input') {
                    p.outputs.push(msg);
                    p.onOutput?.(msg);
                }
            }
        }
        catch {
            // the socket closed
        }
    }
    /** Sends a request and resolves with its reply (and, with waitIdle, after the kernel went idle). */
    request(msgType, content, options = {}) {
        const msg = newMessage(msgType, content, this.session);
        if (options.metadata)
            msg.metadata = options.metadata;
        return new Promise((resolve, reject) => {
            const entry = {
                idle: false,
                outputs: [],
                onOutput: options.onOutput,
                done: () => {
                    if (entry.reply && (entry.idle || !options.waitIdle)) {
                        this.pending.delete(msg.header.msg_id);
                        resolve({ reply: entry.reply, outputs: entry.outputs });
                    }
                    else if (this.exited) {
                        this.pending.delete(msg.header.msg_id);
                        const log = this.stderr.trim() ? `\nKernel log:\n${this.stderr.trim()}` : '';
                        reject(new Error(`the kernel exited (code ${this.exited.code}, signal ${this.exited.signal}) while running ${msgType}${log}`));
                    }
                }
            };
            this.pending.set(msg.header.msg_id, entry);
            const socket = options.channel === 'control' ? this.control : this.shell;
            socket.send(encode(this.key, msg)).catch(reject);
        });
    }
    execute(code, options = {}) {
        return this.request('execute_request', {
            code,
            silent: options.silent ?? false,
            store_history: !(options.silent ?? false),
            user_expressions: {},
            allow_stdin: false,
            stop_on_error: options.stopOnError ?? true
        }, { waitIdle: true, onOutput: options.onOutput, metadata: options.cellId ? { cellId: options.cellId } : undefined });
    }
    async complete(code, cursor = code.length) {
        return (await this.request('complete_request', { code, cursor_pos: cursor })).reply.content;
    }
    async inspect(code, cursor = code.length) {
        return (await this.request('inspect_request', { code, cursor_pos: cursor, detail_level: 0 })).reply.content;
    }
    async isComplete(code) {
        return (await this.request('is_complete_request', { code })).reply.content;
    }
    async kernelInfo() {
        return (await this.request('kernel_info_request', {})).reply.content;
    }
    interrupt() {
        this.process.kill('SIGINT');
    }
    get alive() {
        return this.exited === null;
    }
    /** Asks the kernel to shut down, then makes sure the process is gone and the sockets closed. */
    async shutdown() {
        if (!this.exited) {
            await Promise.race([this.request('shutdown_request', { restart: false }, { channel: 'control' }).catch(() => undefined), delay(2000)]);
            await Promise.race([new Promise(r => this.process.once('exit', r)), delay(2000)]);
            if (!this.exited)
                this.process.kill('SIGKILL');
        }
        this.shell.close();
        this.control.close();
        this.iopub.close();
        rmSync(this.connectionFile, { force: true });
    }
}
function delay(ms) {
    return new Promise(resolve => setTimeout(resolve, ms).unref());
}
//# sourceMappingURL=kernel-client.js.map