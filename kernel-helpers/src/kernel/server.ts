/**
 * tslab's ZMQ server with the messages its handler cannot send: execute_input, execute_result and
 * error on iopub, and a correctly typed comm_info_reply.
 */
import { ZmqServer } from 'tslab/dist/jupyter';
import type { GenHealthKernel } from './handler';

type ShellMessage = Parameters<ZmqServer['handleExecute']>[1];

export class GenHealthServer extends ZmqServer {
  constructor(
    private readonly kernel: GenHealthKernel,
    configPath: string
  ) {
    // The base class only calls the handler for requests we do not override below.
    super(
      {
        handleKernel: () => kernel.kernelInfo(),
        handleIsComplete: req => kernel.isComplete(req.code),
        handleInspect: req => kernel.inspect(req.code, req.cursor_pos),
        handleComplete: req => kernel.complete(req.code, req.cursor_pos),
        handleShutdown: () => ({ restart: false }),
        handleExecute: () => Promise.reject(new Error('unreachable: GenHealthServer handles execute')),
        close: () => kernel.close()
      } as ConstructorParameters<typeof ZmqServer>[0],
      configPath
    );
  }

  private send(parent: ShellMessage, msgType: string, content: object, sock: unknown): void {
    const message = parent.createReply();
    message.header.msg_type = msgType;
    message.content = content;
    message.signAndSend(this.connInfo.key, sock as Parameters<typeof message.signAndSend>[1]);
  }

  async handleExecute(sock: unknown, msg: ShellMessage): Promise<void> {
    const content = await this.kernel.execute(msg.content as never, {
      stream: (name, text) => this.send(msg, 'stream', { name, text }, this.iopub),
      publish: (msgType, body) => this.send(msg, msgType, body, this.iopub)
    });
    this.send(msg, 'execute_reply', content, sock);
  }

  /** After shutdown_request: release everything, then leave even if a user timer is still pending. */
  close(): void {
    super.close();
    setTimeout(() => process.exit(0), 200);
  }

  handleCommInfoRequest(sock: Parameters<ZmqServer['handleCommInfoRequest']>[0], msg: ShellMessage): void {
    this.send(msg, 'comm_info_reply', { status: 'ok', comms: {} }, sock);
  }
}
