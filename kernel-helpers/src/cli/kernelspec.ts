/**
 * Writes the `genhealth` kernelspec. argv holds absolute paths (node and our bin), because a bare
 * command name is resolved through PATH when the kernel starts and breaks outside an activated shell.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const KERNEL_NAME = 'genhealth';
export const DISPLAY_NAME = 'GenHealth (TypeScript)';

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect width="64" height="64" rx="12" fill="#0b6e4f"/>
  <path d="M32 14v36M14 32h36" stroke="#fff" stroke-width="9" stroke-linecap="round"/>
  <text x="32" y="60" font-family="sans-serif" font-size="9" fill="#fff" text-anchor="middle">TS</text>
</svg>
`;

export function kernelspec(nodePath: string, binPath: string): object {
  return {
    argv: [nodePath, binPath, 'kernel', '--config-path', '{connection_file}'],
    display_name: DISPLAY_NAME,
    language: 'typescript',
    interrupt_mode: 'signal',
    metadata: { genhealth: { bin: binPath } }
  };
}

export function installKernelspec(prefix: string): string {
  const dir = path.join(path.resolve(prefix), 'share', 'jupyter', 'kernels', KERNEL_NAME);
  mkdirSync(dir, { recursive: true });
  const bin = path.resolve(__dirname, '..', '..', 'bin', 'genhealth.js');
  writeFileSync(path.join(dir, 'kernel.json'), JSON.stringify(kernelspec(process.execPath, bin), null, 2) + '\n');
  writeFileSync(path.join(dir, 'logo-svg.svg'), LOGO);
  return dir;
}
