// Bundles the action's entries (dist/main, dist/post) and the CLI (dist/cli.js) with ncc.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');
/** @param {string} entry @param {string} out */
const build = (entry, out) =>
  execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });

rmSync(path.join(root, 'dist'), { recursive: true, force: true });
build('src/main.ts', 'dist/main');
build('src/post.ts', 'dist/post');

// The CLI is one file, so `node dist/cli.js` and the package's bin need no directory.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wheelwright-cli-'));
build('src/cli.ts', scratch);
const cli = path.join(root, 'dist', 'cli.js');
renameSync(path.join(scratch, 'index.js'), cli);
const licenses = path.join(scratch, 'licenses.txt');
if (existsSync(licenses)) renameSync(licenses, path.join(root, 'dist', 'cli.licenses.txt'));
rmSync(scratch, { recursive: true, force: true });
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
