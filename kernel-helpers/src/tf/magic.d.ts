import { type BackendInfo } from './backend';
export declare function formatBackend(info: BackendInfo): {
    text: string;
    html: string;
};
export declare function registerBackendMagic(): void;
