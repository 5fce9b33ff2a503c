import { describe, expect, it } from 'vitest';
import {
  cgroupChain,
  parseCgroupMounts,
  parseProcCgroup,
  readCgroupMemory,
  type Mount,
} from '../../src/probe/cgroup.js';

// Both copied from this machine: a hybrid layout, memory in v1, an empty v2 hierarchy beside it.
const PROC_CGROUP = `9:name=systemd:/
8:pids:/
4:memory:/process_api/150800b4f0a88108933a4a99220a1de8
2:cpuacct:/
1:cpu:/
0::/
`;
const MOUNTINFO = `31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
`;

const mount = (root: string, mountPoint = '/sys/fs/cgroup'): Mount => ({
  root,
  mountPoint,
  fsType: 'cgroup2',
  superOptions: ['rw'],
});

describe('cgroup membership and mounts', () => {
  it('separates v1 controllers from the v2 path', () => {
    const membership = parseProcCgroup(PROC_CGROUP);
    expect(membership.v1.get('memory')).toBe('/process_api/150800b4f0a88108933a4a99220a1de8');
    expect(membership.v1.get('cpu')).toBe('/');
    expect(membership.v1.get('name=systemd')).toBe('/');
    expect(membership.v2).toBe('/');
  });

  it('keeps only cgroup mounts, with their super options', () => {
    const mounts = parseCgroupMounts(MOUNTINFO);
    expect(mounts.map((m) => [m.mountPoint, m.fsType])).toEqual([
      ['/sys/fs/cgroup/cpu', 'cgroup'],
      ['/sys/fs/cgroup/cpuacct', 'cgroup'],
      ['/sys/fs/cgroup/memory', 'cgroup'],
      ['/sys/fs/cgroup/unified', 'cgroup2'],
    ]);
    expect(mounts[2]!.superOptions).toContain('memory');
  });

  it('unescapes spaces in mount points', () => {
    const [m] = parseCgroupMounts('50 31 0:40 / /mnt/my\\040cgroups rw - cgroup2 cgroup2 rw\n');
    expect(m!.mountPoint).toBe('/mnt/my cgroups');
  });
});

describe('cgroupChain', () => {
  it('walks from the cgroup up to the mount point on a host', () => {
    expect(cgroupChain(mount('/'), '/system.slice/runner.service')).toEqual([
      '/sys/fs/cgroup/system.slice/runner.service',
      '/sys/fs/cgroup/system.slice',
      '/sys/fs/cgroup',
    ]);
  });

  it('treats a container that mounts its own subtree as sitting at the mount point', () => {
    expect(cgroupChain(mount('/docker/abc'), '/docker/abc')).toEqual(['/sys/fs/cgroup']);
  });

  it('follows a process below the mounted subtree', () => {
    expect(cgroupChain(mount('/kubepods/pod1'), '/kubepods/pod1/c2')).toEqual([
      '/sys/fs/cgroup/c2',
      '/sys/fs/cgroup',
    ]);
  });

  it('falls back to the mount point when the path lies outside the mount (cgroup namespaces)', () => {
    expect(cgroupChain(mount('/docker/abc'), '/')).toEqual(['/sys/fs/cgroup']);
  });
});

describe('readCgroupMemory', () => {
  const files: Record<string, string> = {
    // v2: a 2 GiB service inside a 1.5 GiB high slice, 512 MiB of swap allowed.
    '/sys/fs/cgroup/build.slice/job.scope/memory.max': '2147483648\n',
    '/sys/fs/cgroup/build.slice/job.scope/memory.high': 'max\n',
    '/sys/fs/cgroup/build.slice/job.scope/memory.current': '600000000\n',
    '/sys/fs/cgroup/build.slice/job.scope/memory.stat':
      'anon 400000000\nfile 200000000\ninactive_file 100000000\n',
    '/sys/fs/cgroup/build.slice/job.scope/memory.swap.max': '536870912\n',
    '/sys/fs/cgroup/build.slice/job.scope/memory.swap.current': '0\n',
    '/sys/fs/cgroup/build.slice/memory.max': 'max\n',
    '/sys/fs/cgroup/build.slice/memory.high': '1610612736\n',
    '/sys/fs/cgroup/build.slice/memory.current': '700000000\n',
    '/sys/fs/cgroup/build.slice/memory.stat': 'inactive_file 100000000\n',
    '/sys/fs/cgroup/build.slice/memory.swap.max': 'max\n',
  };
  const read = (file: string) => files[file];

  it('takes the smallest limit on the way up and the least headroom', () => {
    const memory = readCgroupMemory(read, { v1: new Map(), v2: '/build.slice/job.scope' }, [
      mount('/'),
    ]);
    expect(memory).toEqual({
      version: 2,
      path: '/build.slice/job.scope',
      limitBytes: 2147483648,
      highBytes: 1610612736,
      // the slice: 1.5 GiB high minus (700 MB used - 100 MB inactive file cache)
      availableBytes: 1610612736 - 600000000,
      swapCapBytes: 536870912,
    });
  });

  it('finds nothing when the process has no memory cgroup', () => {
    expect(readCgroupMemory(read, { v1: new Map(), v2: null }, [])).toBeNull();
  });
});
