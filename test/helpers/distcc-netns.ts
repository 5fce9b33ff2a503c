import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findOnPath, isProgram } from '../../src/platform/env-path.js';
import { run } from './run.js';

/**
 * distccd hosts of the test's own: each in a network namespace reached over a veth pair with
 * private addresses (10.77.X.Y/30, nothing outside this machine), the daemon allowing only this
 * side's address. `stop` removes them all; `leftovers` says what is still there.
 */
export interface DistccHostsUnderTest {
  /** `ADDRESS/LIMIT` per host, for distcc-hosts. */
  specs: string[];
  /** Each host's address as the journal names it (`ADDRESS:3632`). */
  names: string[];
  /** Kills every process of host `i` (the daemon, its workers and their compilers) at once. */
  kill(i: number): void;
  /** Compiles host `i`'s daemon finished (its COMPILE_OK lines), and those it took in. */
  daemonCompiles(i: number): { ok: number; received: number };
  /** Bytes host `i`'s veth end here sent and received. */
  traffic(i: number): { txBytes: number; rxBytes: number };
  stop(): Promise<void>;
  leftovers(): string[];
}

/** Why hosts cannot run here, or null. */
export function hostsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'network namespaces need root';
  for (const program of ['ip', 'distcc', 'distccd'])
    if (!findOnPath(program, process.env, process.platform, isProgram))
      return `${program} is not installed`;
  return null;
}

function ip(...args: string[]): void {
  const ran = run(['ip', ...args]);
  if (ran.status !== 0) throw new Error(`ip ${args.join(' ')}: ${ran.stderr.trim()}`);
}

function pidsIn(ns: string): number[] {
  const ran = run(['ip', 'netns', 'pids', ns]);
  return ran.status === 0 ? ran.stdout.split('\n').filter(Boolean).map(Number) : [];
}

let calls = 0;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits until the processes are gone (a killed process lingers until its parent reaps it). */
async function gone(pids: Set<number>, deadline: number): Promise<void> {
  while ([...pids].some(alive) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
}

async function listening(address: string, port: number, deadline: number): Promise<void> {
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: address, port, timeout: 500 });
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`distccd on ${address}:${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts `count` hosts of `limit` jobs each; with `daemons: false` the namespaces and addresses
 * exist but nothing listens (every connection is refused: hosts that are down).
 */
export async function startDistccHosts(
  count: number,
  limit: number,
  { daemons = true }: { daemons?: boolean } = {},
): Promise<DistccHostsUnderTest> {
  const tag = `${process.pid % 10000}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;
  // a /24 per test process, from its pid, and 16 addresses per call in it: hosts started while
  // others are up must not share their addresses
  const subnet = `10.77.${100 + (process.pid % 150)}`;
  const first = 16 * (calls++ % 16);
  if (count > 4) throw new Error('at most 4 hosts per call');
  const logs = mkdtempSync(path.join(os.tmpdir(), 'ww-distccd-'));
  chmodSync(logs, 0o755); // for the daemons' temporary directories in it
  const hosts: {
    ns: string;
    veth: string;
    address: string;
    log: string;
    daemon: ChildProcess | null;
    pids: Set<number>;
  }[] = [];
  const stop = async () => {
    for (const host of hosts) {
      for (const pid of pidsIn(host.ns)) host.pids.add(pid);
      for (const pid of host.pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      if (host.daemon && host.daemon.exitCode === null && host.daemon.signalCode === null)
        await new Promise((resolve) => host.daemon!.once('exit', resolve));
      await gone(host.pids, Date.now() + 10_000);
      run(['ip', 'netns', 'del', host.ns]);
      // the pair goes with the namespace; this removes it should the namespace be gone already
      run(['ip', 'link', 'del', host.veth]);
    }
    rmSync(logs, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const ns = `wwdc${tag}n${i}`;
      const veth = `wwdc${tag}v${i}`;
      const here = `${subnet}.${first + 4 * i + 1}`;
      const address = `${subnet}.${first + 4 * i + 2}`;
      const host = {
        ns,
        veth,
        address,
        log: path.join(logs, `${i}.log`),
        daemon: null,
        pids: new Set<number>(),
      };
      hosts.push(host);
      ip('netns', 'add', ns);
      ip('link', 'add', veth, 'type', 'veth', 'peer', 'name', `${veth}p`);
      ip('link', 'set', `${veth}p`, 'netns', ns);
      ip('addr', 'add', `${here}/30`, 'dev', veth);
      ip('link', 'set', veth, 'up');
      ip('-n', ns, 'addr', 'add', `${address}/30`, 'dev', `${veth}p`);
      ip('-n', ns, 'link', 'set', `${veth}p`, 'up');
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      if (!daemons) continue;
      // distccd started as root runs its jobs as the user distcc: its temporary files go to a
      // directory that user may write, not to the test's TMPDIR (its owner's alone)
      const tmp = path.join(logs, `tmp-${i}`);
      mkdirSync(tmp);
      chmodSync(tmp, 0o1777);
      const fd = openSync(host.log, 'w');
      const daemon = spawn(
        'ip',
        [
          'netns',
          'exec',
          ns,
          'distccd',
          '--daemon',
          '--no-detach',
          '--log-stderr',
          '--log-level',
          'info',
          '--allow',
          `${here}/32`,
          '--listen',
          address,
          '--jobs',
          String(limit),
        ],
        { stdio: ['ignore', fd, fd], env: { ...process.env, TMPDIR: tmp } },
      );
      closeSync(fd);
      (host as { daemon: ChildProcess | null }).daemon = daemon;
      if (daemon.pid) host.pids.add(daemon.pid);
      await listening(address, 3632, Date.now() + 10_000);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const daemonLog = (i: number) => {
    try {
      return readFileSync(hosts[i]!.log, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    specs: hosts.map((h) => `${h.address}/${limit}`),
    names: hosts.map((h) => `${h.address}:3632`),
    kill(i) {
      const host = hosts[i]!;
      for (const pid of pidsIn(host.ns)) {
        host.pids.add(pid);
        process.kill(pid, 'SIGKILL');
      }
    },
    daemonCompiles(i) {
      const log = daemonLog(i);
      return {
        ok: log.match(/COMPILE_OK/g)?.length ?? 0,
        received: log.match(/\bcompile from /g)?.length ?? 0,
      };
    },
    traffic(i) {
      const ran = run(['ip', '-s', '-j', 'link', 'show', hosts[i]!.veth]);
      const stats = (
        JSON.parse(ran.stdout) as { stats64: { rx: { bytes: number }; tx: { bytes: number } } }[]
      )[0]!.stats64;
      return { txBytes: stats.tx.bytes, rxBytes: stats.rx.bytes };
    },
    stop,
    leftovers() {
      const namespaces = run(['ip', 'netns', 'list']).stdout;
      const links = run(['ip', '-o', 'link', 'show']).stdout;
      const left: string[] = [];
      for (const host of hosts) {
        if (namespaces.includes(host.ns)) left.push(`namespace ${host.ns}`);
        if (links.includes(host.veth)) left.push(`veth ${host.veth}`);
        for (const pid of host.pids) if (alive(pid)) left.push(`process ${pid}`);
      }
      return left;
    },
  };
}
