/**
 * tslab's ZMQ server with the messages its handler cannot send: execute_input, execute_result and
 * error on iopub, and a correctly typed comm_info_reply.
 */
import { ZmqServer } from 'tslab/dist/jupyter';
import type { GenHealthKernel } from './handler';
type ShellMessage = Parameters<ZmqServer['handleExecute']>[1];
export declare class GenHealthServer extends ZmqServer {
    private readonly kernel;
    constructor(kernel: GenHealthKernel, configPath: string);
    private send;
    /**
     * tslab sends without waiting, but a zeromq 6 socket refuses a send while another is in flight
     * ("Socket is busy writing"), which crashed the kernel under fast output. Queue each socket's sends.
     */
    init(): Promise<void>;
    /** tslab leaves history_request unanswered (JupyterLab asks on every notebook open): reply empty. */
    handleShellMessage(sock: Parameters<ZmqServer['handleShellMessage']>[0], ...frames: Buffer[]): Promise<void>;
    handleExecute(sock: unknown, msg: ShellMessage): Promise<void>;
    /** After shutdown_request: release everything, then leave even if a user timer is still pending. */
    close(): void;
    handleCommInfoRequest(sock: Parameters<ZmqServer['handleCommInfoRequest']>[0], msg: ShellMessage): void;
}
export {};
