/**
 * tslab's ZMQ server with the messages its handler cannot send: execute_input, execute_result and
 * error on iopub, and a correctly typed comm_info_reply.
 */
import { ZmqServer } from 'tslab/dist/jupyter';
import { DELIMITER, encode, newMessage } from '../client/wire';
export class GenHealthServer extends ZmqServer {
    kernel;
    constructor(kernel, configPath) {
        // The base class only calls the handler for requests we do not override below.
        super({
            handleKernel: () => kernel.kernelInfo(),
            handleIsComplete: req => kernel.isComplete(req.code),
            handleInspect: req => kernel.inspect(req.code, req.cursor_pos),
            handleComplete: req => kernel.complete(req.code, req.cursor_pos),
            handleShutdown: () => ({ restart: false }),
            handleExecute: () => Promise.reject(new Error('unreachable: GenHealthServer handles execute')),
            close: () => kernel.close()
        }, configPath);
        this.kernel = kernel;
    }
    send(parent, msgType, content, sock) {
        const message = parent.createReply();
        message.header.msg_type = msgType;
        message.content = content;
        message.signAndSend(this.connInfo.key, sock);
    }
    /**
     * tslab sends without waiting, but a zeromq 6 socket refuses a send while another is in flight
     * ("Socket is busy writing"), which crashed the kernel under fast output. Queue each socket's sends.
     */
    async init() {
        await super.init();
        this.iopub = serializeSends(this.iopub);
        this.shell = serializeSends(this.shell);
        this.control = serializeSends(this.control);
    }
    /** tslab leaves history_request unanswered (JupyterLab asks on every notebook open): reply empty. */
    async handleShellMessage(sock, ...frames) {
        const at = frames.findIndex(f => f.equals(DELIMITER));
        const header = at >= 0 && frames[at + 2] ? JSON.parse(frames[at + 2].toString()) : null;
        if (header?.msg_type !== 'history_request')
            return super.handleShellMessage(sock, ...frames);
        const reply = newMessage('history_reply', { status: 'ok', history: [] }, header.session);
        reply.parent_header = header;
        await sock.send([...frames.slice(0, at), ...encode(this.connInfo.key, reply)]);
    }
    async handleExecute(sock, msg) {
        const request = { ...msg.content, session: msg.header.session, cellId: msg.metadata?.cellId };
        const content = await this.kernel.execute(request, {
            stream: (name, text) => this.send(msg, 'stream', { name, text }, this.iopub),
            publish: (msgType, body) => this.send(msg, msgType, body, this.iopub)
        });
        this.send(msg, 'execute_reply', content, sock);
    }
    /** After shutdown_request: release everything, then leave even if a user timer is still pending. */
    close() {
        super.close();
        setTimeout(() => process.exit(0), 200);
    }
    handleCommInfoRequest(sock, msg) {
        this.send(msg, 'comm_info_reply', { status: 'ok', comms: {} }, sock);
    }
}
/** The same socket, whose `send` waits for the previous send (the socket's own `send` is read-only). */
function serializeSends(socket) {
    const send = socket.send.bind(socket);
    let tail = Promise.resolve();
    const queued = (frames) => {
        const sent = tail.then(() => send(frames));
        tail = sent.catch(() => undefined);
        return sent;
    };
    return new Proxy(socket, {
        get(target, key) {
            if (key === 'send')
                return queued;
            const value = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
        }
    });
}
//# sourceMappingURL=server.js.map