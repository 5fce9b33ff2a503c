import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectContainer } from '../../src/probe/container.js';
import { readIfPresent } from '../../src/probe/read-file.js';
import { machineRows } from '../../src/report/machine-table.js';
import { probeWith } from '../helpers/probe.js';
import {
  boundingSetHasSysAdmin,
  isHostUserNamespace,
  readSwapPermission,
} from '../../src/provision/swap-permission.js';

const files =
  (present: Record<string, string>) =>
  (file: string): string | undefined =>
    present[file];

describe('detectContainer', () => {
  it('knows Docker by /.dockerenv and Podman by /run/.containerenv', () => {
    expect(detectContainer(files({ '/.dockerenv': '' }), {})).toEqual({
      runtime: 'docker',
      evidence: '/.dockerenv',
    });
    expect(detectContainer(files({ '/run/.containerenv': 'engine="podman-4.9"\n' }), {})).toEqual({
      runtime: 'podman',
      evidence: '/run/.containerenv',
    });
  });

  it('knows systemd-nspawn, LXC and Podman by the container variable', () => {
    expect(detectContainer(files({}), { container: 'systemd-nspawn' })).toEqual({
      runtime: 'systemd-nspawn',
      evidence: '$container=systemd-nspawn',
    });
  });

  it("knows an engine by the cgroup path it made, as GitHub's job containers on cgroup v1", () => {
    const cgroup = '12:memory:/actions_job/0d1e2f\n0::/actions_job/0d1e2f\n';
    expect(detectContainer(files({ '/proc/self/cgroup': cgroup }), {})).toEqual({
      runtime: 'actions_job',
      evidence: 'cgroup /actions_job/0d1e2f',
    });
    const k8s = '0::/kubepods/burstable/pod1234/abcd\n';
    expect(detectContainer(files({ '/proc/self/cgroup': k8s }), {})?.runtime).toBe('kubepods');
  });

  it('finds no mark on a host, where systemd puts processes under user or system slices', () => {
    const cgroup = '0::/user.slice/user-1000.slice/session-2.scope\n';
    expect(detectContainer(files({ '/proc/self/cgroup': cgroup }), {})).toBeNull();
  });

  it("reads this machine's own marks", () => {
    const dockerenv = readIfPresent('/.dockerenv') !== undefined;
    const found = detectContainer(readIfPresent, process.env);
    if (dockerenv) expect(found).toEqual({ runtime: 'docker', evidence: '/.dockerenv' });
    else expect(found?.evidence ?? null).not.toBe('/.dockerenv');
  });
});

describe('swap permission', () => {
  it('reads CAP_SYS_ADMIN (bit 21) from the bounding set', () => {
    // Docker's default set: chown, dac_override, fowner, fsetid, kill, setgid, setuid, setpcap,
    // net_bind_service, net_raw, sys_chroot, mknod, audit_write, setfcap.
    expect(boundingSetHasSysAdmin('CapBnd:\t00000000a80425fb\n')).toBe(false);
    // A host's or a privileged container's: everything.
    expect(boundingSetHasSysAdmin('CapBnd:\t000001ffffffffff\n')).toBe(true);
    expect(boundingSetHasSysAdmin('Name:\tnode\n')).toBeNull();
  });

  it("tells the host's user namespace from a rootless container's", () => {
    expect(isHostUserNamespace('         0          0 4294967295\n')).toBe(true);
    expect(
      isHostUserNamespace('         0       1000          1\n         1     100000      65536\n'),
    ).toBe(false);
    expect(isHostUserNamespace('')).toBeNull();
  });

  it("agrees with this machine's own files", () => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const capBnd = BigInt(`0x${/^CapBnd:\s*(\w+)/m.exec(status)![1]}`);
    expect(readSwapPermission(readIfPresent).sysAdmin).toBe((capBnd & (1n << 21n)) !== 0n);
  });
});

describe('the machine table', () => {
  it('names the container and its mark, and has no such row on a host', () => {
    const inside = { ...probeWith({}), container: { runtime: 'docker', evidence: '/.dockerenv' } };
    expect(machineRows(inside)).toContainEqual(['Container', 'docker (/.dockerenv)']);
    expect(machineRows(probeWith({})).map(([label]) => label)).not.toContain('Container');
  });
});
