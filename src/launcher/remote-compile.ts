import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CompilerCommand } from './command.js';
import type { DistccHost } from './distcc-hosts.js';

/** A remote slot: one compile on one host, until released. */
export interface Lease {
  host: DistccHost;
  release(): void;
}

/** One host's state for the report. */
export interface HostState {
  host: string;
  limit: number;
  /** Compiles it could not do (each was compiled locally instead). */
  failures: number;
  /** Left out for the rest of the run after its second failure. */
  dropped: boolean;
  lastError: string | null;
}

export interface RemoteState {
  /** The hosts' limits summed: compiles that may run remotely at once. */
  slots: number;
  hosts: HostState[];
  /** Set when every host was left out: the rest of the build ran locally. */
  warning: string | null;
}

/**
 * How a compile sent to a host ended, read from distcc's exit and its log. `remote` is false
 * when distcc chose to compile here itself (a command it does not distribute): it then ran
 * without a local slot, and the journal must not credit the host.
 */
export type HostVerdict = { ok: true; remote: boolean } | { ok: false; error: string };

/** A host that fails this often is left out for the rest of the run. */
export const FAILURES_TO_DROP = 2;

// Code generated for the machine it runs on would be the host's, not the runner's.
const NATIVE = /^-m(arch|tune|cpu)=native$/;

/** Whether a command may go to a host: a compile by one plain compiler, for no `native` CPU. */
export function distributable(command: CompilerCommand): boolean {
  return (
    command.kind === 'compile' &&
    command.compiler.length === 1 &&
    !command.argv.some((arg) => NATIVE.test(arg))
  );
}

/**
 * distcc's own failures exit with 100 and up (exitcode.h: connect failed, no hosts, protocol
 * error, I/O timeout, …); the compiler's own errors keep its status (1). A signal means distcc
 * itself was killed. Only those are the host's fault; a compile error is the source's, and the
 * same compiler would say the same here.
 */
export function hostVerdict(
  exitCode: number,
  signal: number,
  log: string,
  host: DistccHost,
): HostVerdict {
  // distcc's info line for a compile it sent: `exec on HOST: COMPILER …`
  if (signal === 0 && exitCode < 100) return { ok: true, remote: / exec on \S+: /.test(log) };
  const errors = log
    .split('\n')
    .filter((line) => /\b(ERROR|CRITICAL)\b/.test(line))
    .map((line) => line.replace(/^distcc\[\d+\]\s*(\([^)]*\)\s*)?(ERROR:|CRITICAL!)?\s*/, ''))
    // our own setting, not the host's error
    .filter((line) => !/fallbacks are disabled/.test(line));
  const what = signal ? `distcc was killed by signal ${signal}` : `distcc exited ${exitCode}`;
  const error = [...new Set(errors)].slice(0, 3).join('; ') || what;
  return { ok: false, error: `${host.name}:${host.port}: ${error}` };
}

/**
 * The distcc hosts of one run: their slots, which host takes the next compile, and which hosts
 * are left out. distcc runs in plain mode (preprocessing on this machine, so the hosts need no
 * headers) for one host at a time, with its own fallback off: a host's failure comes back here,
 * to be compiled locally in a local memory slot and journaled.
 */
export class RemoteHosts {
  private readonly busy = new Map<DistccHost, number>();
  private readonly failures = new Map<DistccHost, number>();
  private readonly errors = new Map<DistccHost, string>();
  private sequence = 0;

  constructor(
    readonly hosts: DistccHost[],
    /** A directory of this run's own: each compile's DISTCC_DIR and log go there. */
    private readonly workDir: string,
    private readonly distcc: string,
  ) {
    for (const host of hosts) this.busy.set(host, 0);
    mkdirSync(workDir, { recursive: true });
  }

  private up(host: DistccHost): boolean {
    return (this.failures.get(host) ?? 0) < FAILURES_TO_DROP;
  }

  /** A free slot on the host that has the most, or null: then the compile runs locally. */
  lease(command: CompilerCommand): Lease | null {
    if (!distributable(command)) return null;
    let best: DistccHost | null = null;
    for (const host of this.hosts) {
      const free = host.limit - this.busy.get(host)!;
      if (free > 0 && this.up(host) && (!best || free > best.limit - this.busy.get(best)!))
        best = host;
    }
    if (!best) return null;
    const host = best;
    this.busy.set(host, this.busy.get(host)! + 1);
    let released = false;
    return {
      host,
      release: () => {
        if (released) return;
        released = true;
        this.busy.set(host, this.busy.get(host)! - 1);
      },
    };
  }

  /**
   * The command that compiles `argv` on the lease's host, and what to call with its outcome.
   * Each compile gets a DISTCC_DIR of its own: distcc's backoff state there would otherwise turn
   * one failure into the failure of every compile after it, before wheelwright counts them.
   */
  command(
    lease: Lease,
    argv: string[],
  ): { argv: string[]; verdict(exitCode: number, signal: number): HostVerdict } {
    const dir = path.join(this.workDir, String(++this.sequence));
    mkdirSync(dir);
    const log = path.join(dir, 'distcc.log');
    return {
      argv: [
        'env',
        `DISTCC_HOSTS=${lease.host.spec}`,
        `DISTCC_DIR=${dir}`,
        `DISTCC_LOG=${log}`,
        'DISTCC_FALLBACK=0',
        'DISTCC_SKIP_LOCAL_RETRY=1',
        this.distcc,
        ...argv,
      ],
      verdict: (exitCode, signal) => {
        let text = '';
        try {
          text = readFileSync(log, 'utf8');
        } catch {
          // distcc could not start: its exit says why
        }
        rmSync(dir, { recursive: true, force: true });
        const verdict = hostVerdict(exitCode, signal, text, lease.host);
        if (!verdict.ok) {
          this.failures.set(lease.host, (this.failures.get(lease.host) ?? 0) + 1);
          this.errors.set(lease.host, verdict.error);
        }
        return verdict;
      },
    };
  }

  state(): RemoteState {
    const hosts = this.hosts.map((host) => ({
      host: `${host.name}:${host.port}`,
      limit: host.limit,
      failures: this.failures.get(host) ?? 0,
      dropped: !this.up(host),
      lastError: this.errors.get(host) ?? null,
    }));
    const allDown = hosts.every((h) => h.dropped);
    return {
      slots: this.hosts.reduce((sum, host) => sum + host.limit, 0),
      hosts,
      warning: allDown
        ? `every distcc host failed (${hosts.map((h) => h.lastError).join('; ')}): the compiles ran on this machine`
        : null,
    };
  }
}
