import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './run.js';

/**
 * `wheelwright swap` bundled with ncc from swapCommand, the way dist/cli.js bundles the CLI, into
 * a directory every user can read (the tests run it as an unprivileged user too). Returns the
 * argv that runs it and a function that deletes the bundle.
 */
export function bundleSwapCli(): { argv: string[]; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-swap-cli-'));
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', path.join(ROOT, 'test', 'helpers', 'swap-cli-entry.ts'), '-o', dir, '--quiet'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  chmodSync(dir, 0o755);
  return {
    argv: [process.execPath, path.join(dir, 'index.js')],
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
