import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './run.js';

/**
 * A TypeScript entry bundled with ncc, the way dist/cli.js bundles the CLI, into a directory
 * every user can read (the swap tests run it as an unprivileged user too). Returns the argv that
 * runs it and a function that deletes the bundle.
 */
export function bundleEntry(entry: string): { argv: string[]; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-bundle-'));
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', path.join(ROOT, entry), '-o', dir, '--quiet'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  chmodSync(dir, 0o755);
  return {
    argv: [process.execPath, path.join(dir, 'index.js')],
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `wheelwright swap` bundled from swapCommand. */
export const bundleSwapCli = () => bundleEntry(path.join('test', 'helpers', 'swap-cli-entry.ts'));

/** The whole CLI bundled from this tree's src/cli.ts: what dist/cli.js will be once rebuilt. */
export const bundleCli = () => bundleEntry(path.join('src', 'cli.ts'));
