import { GenHealthServer } from './server';
export declare function startKernel(configPath: string): GenHealthServer;
