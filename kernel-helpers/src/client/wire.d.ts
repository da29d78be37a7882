export declare const DELIMITER: Buffer;
export interface Header {
    msg_id: string;
    msg_type: string;
    session: string;
    username: string;
    date: string;
    version: string;
}
export interface Message<C = Record<string, unknown>> {
    header: Header;
    parent_header: Partial<Header>;
    metadata: Record<string, unknown>;
    content: C;
}
export declare function newMessage(msgType: string, content: object, session: string): Message;
export declare function encode(key: string, msg: Message): (string | Buffer)[];
/** Decodes frames (any routing prefix before the delimiter is skipped) and checks the signature. */
export declare function decode(key: string, frames: Buffer[]): Message;
