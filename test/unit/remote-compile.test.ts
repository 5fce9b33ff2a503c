import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/launcher/command.js';
import { parseDistccHosts } from '../../src/launcher/distcc-hosts.js';
import { distributable, hostVerdict, RemoteHosts } from '../../src/launcher/remote-compile.js';

const compile = parseCommand(['gcc', '-O2', '-c', 'a.c', '-o', 'a.o']);
const hosts = parseDistccHosts('a/2 b/1')!.hosts;
const work = mkdtempSync(path.join(os.tmpdir(), 'ww-remote-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('distributable', () => {
  it('sends plain compiles, keeps links, wrapped compilers and native CPU flags here', () => {
    expect(distributable(compile)).toBe(true);
    expect(distributable(parseCommand(['gcc', '-shared', 'a.o', '-o', 'a.so']))).toBe(false);
    expect(distributable(parseCommand(['ccache', 'gcc', '-c', 'a.c', '-o', 'a.o']))).toBe(false);
    expect(distributable(parseCommand(['gcc', '-march=native', '-c', 'a.c']))).toBe(false);
    expect(distributable(parseCommand(['gcc', '-E', 'a.c']))).toBe(false);
  });
});

describe('hostVerdict', () => {
  const host = hosts[0]!;
  it('takes a compile error as the source’s, not the host’s', () => {
    expect(hostVerdict(1, 0, 'distcc[1] exec on a:3632/2: gcc -c a.c\n', host)).toEqual({
      ok: true,
      remote: true,
    });
  });

  it('says when distcc compiled here itself', () => {
    expect(hostVerdict(0, 0, 'distcc[1] compile from a.c to a.o\n', host)).toEqual({
      ok: true,
      remote: false,
    });
  });

  it("gives distcc's own failures with the host's errors, without the fallback line", () => {
    const log = [
      'distcc[7] ERROR: nonblocking connect to 10.0.0.1:3632 failed: Connection refused',
      'distcc[7] (dcc_build_somewhere) ERROR: failed to distribute and fallbacks are disabled',
    ].join('\n');
    expect(hostVerdict(116, 0, log, host)).toEqual({
      ok: false,
      error: 'a:3632: nonblocking connect to 10.0.0.1:3632 failed: Connection refused',
    });
    expect(hostVerdict(0, 9, '', host)).toEqual({
      ok: false,
      error: 'a:3632: distcc was killed by signal 9',
    });
  });
});

describe('RemoteHosts', () => {
  it('fills the host with the most free slots (ties: the first listed), up to its limit', () => {
    const remote = new RemoteHosts(hosts, path.join(work, 'fill'), 'distcc');
    const leases = [remote.lease(compile), remote.lease(compile), remote.lease(compile)];
    expect(leases.map((l) => l?.host.name)).toEqual(['a', 'a', 'b']);
    expect(remote.lease(compile)).toBeNull();
    leases[1]!.release();
    leases[1]!.release(); // twice is once
    expect(remote.lease(compile)?.host.name).toBe('a');
    expect(remote.lease(compile)).toBeNull();
    expect(remote.state().slots).toBe(3);
  });

  it('leaves a host out after its second failure, and warns when none is left', () => {
    const remote = new RemoteHosts(hosts, path.join(work, 'drop'), 'distcc');
    const fail = (name: string) => {
      const lease = remote.lease(compile)!;
      expect(lease.host.name).toBe(name);
      const sent = remote.command(lease, compile.argv);
      expect(sent.argv.slice(-compile.argv.length - 1)).toEqual(['distcc', ...compile.argv]);
      expect(sent.argv).toContain(`DISTCC_HOSTS=${lease.host.spec}`);
      expect(sent.verdict(116, 0).ok).toBe(false);
      lease.release();
    };
    fail('a');
    fail('a');
    expect(remote.state().hosts[0]).toMatchObject({ host: 'a:3632', failures: 2, dropped: true });
    expect(remote.state().warning).toBeNull();
    fail('b');
    // one failure is not two: b still takes compiles
    expect(remote.state().hosts[1]).toMatchObject({ failures: 1, dropped: false });
    fail('b');
    expect(remote.lease(compile)).toBeNull();
    expect(remote.state().warning).toContain('every distcc host failed');
  });
});
