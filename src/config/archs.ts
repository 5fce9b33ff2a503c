import { InputError } from './input-error.js';
import { nativeMacArch, type MacArch } from '../platform/macos-build-env.js';

const ACCEPTED = 'expected native, auto, x86_64, arm64 or universal2';

// Node's process.arch as the input names it; aarch64 is Linux's name for arm64.
const OWN: Record<string, string[]> = { x64: ['x86_64'], arm64: ['arm64', 'aarch64'] };

/**
 * The archs input: on macOS the architecture the builds compile for (one build makes any of
 * them); elsewhere only the runner's own can be asked for, so any other is an input error that
 * says which runner to choose. Returns what macOS builds (the runner's own elsewhere, unused).
 */
export function parseArchs(value: string, platform: NodeJS.Platform, machine: string): MacArch {
  const arch = value.trim();
  const own = nativeMacArch(machine);
  if (arch === 'native' || arch === 'auto') return own;
  if (!['x86_64', 'arm64', 'aarch64', 'universal2'].includes(arch))
    throw new InputError('archs', value, ACCEPTED);
  if (platform === 'darwin') {
    if (arch === 'aarch64')
      throw new InputError('archs', value, `${ACCEPTED} (macOS calls it arm64)`);
    return arch as MacArch;
  }
  if (arch === 'universal2')
    throw new InputError(
      'archs',
      value,
      `universal2 wheels are macOS's only: build them on a macOS runner; ${ACCEPTED}`,
    );
  if (!(OWN[machine] ?? []).includes(arch))
    throw new InputError(
      'archs',
      value,
      `this ${platform === 'win32' ? 'Windows' : 'Linux'} runner is ${machine}, and only the runner's own architecture builds here: run this job on a runner of that architecture (runs-on: ${arch === 'x86_64' ? 'ubuntu-latest or windows-latest' : 'ubuntu-24.04-arm or windows-11-arm'}), or write native`,
    );
  return own;
}
