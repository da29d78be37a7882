/**
 * Writes the `genhealth` kernelspec. argv holds absolute paths (node and our bin), because a bare
 * command name is resolved through PATH when the kernel starts and breaks outside an activated shell.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
export const KERNEL_NAME = 'genhealth';
export const DISPLAY_NAME = 'GenHealth (TypeScript)';
const LOGO = path.resolve(__dirname, '..', '..', 'assets', 'logo-svg.svg');
export function kernelspec(nodePath, binPath) {
    return {
        argv: [nodePath, binPath, 'kernel', '--config-path', '{connection_file}'],
        display_name: DISPLAY_NAME,
        language: 'typescript',
        interrupt_mode: 'signal',
        metadata: { genhealth: { bin: binPath } }
    };
}
export function installKernelspec(prefix) {
    const dir = path.join(path.resolve(prefix), 'share', 'jupyter', 'kernels', KERNEL_NAME);
    mkdirSync(dir, { recursive: true });
    const bin = path.resolve(__dirname, '..', '..', 'bin', 'genhealth.js');
    writeFileSync(path.join(dir, 'kernel.json'), JSON.stringify(kernelspec(process.execPath, bin), null, 2) + '\n');
    copyFileSync(LOGO, path.join(dir, 'logo-svg.svg'));
    return dir;
}
//# sourceMappingURL=kernelspec.js.map