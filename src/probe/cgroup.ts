import path from 'node:path/posix';

/** Reads one file of the machine; undefined when it does not exist or cannot be read. */
export type ReadFile = (file: string) => string | undefined;

export interface Membership {
  /** cgroup v1: controller name → the process's cgroup path in that hierarchy. */
  v1: Map<string, string>;
  /** cgroup v2: the process's path in the unified hierarchy. */
  v2: string | null;
}

/** /proc/<pid>/cgroup: `id:controllers:path` lines; id 0 with no controllers is the v2 hierarchy. */
export function parseProcCgroup(text: string): Membership {
  const membership: Membership = { v1: new Map(), v2: null };
  for (const line of text.split('\n')) {
    const match = /^(\d+):([^:]*):(.*)$/.exec(line);
    if (!match) continue;
    const [, id, controllers, cgroupPath] = match as unknown as [string, string, string, string];
    if (id === '0' && controllers === '') membership.v2 = cgroupPath;
    else for (const controller of controllers.split(',')) membership.v1.set(controller, cgroupPath);
  }
  return membership;
}

export interface Mount {
  /** The part of the hierarchy that is mounted here (not `/` inside many containers). */
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

const unescape = (field: string): string =>
  field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** /proc/<pid>/mountinfo, keeping only cgroup file systems. */
export function parseCgroupMounts(text: string): Mount[] {
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    const separator = fields.indexOf('-');
    if (separator < 6) continue;
    const fsType = fields[separator + 1] ?? '';
    if (fsType !== 'cgroup' && fsType !== 'cgroup2') continue;
    mounts.push({
      root: unescape(fields[3]!),
      mountPoint: unescape(fields[4]!),
      fsType,
      superOptions: (fields[separator + 3] ?? '').split(','),
    });
  }
  return mounts;
}

/**
 * The directories of a cgroup and its ancestors under a mount, nearest first. A container often
 * mounts only its own subtree (mount root = its cgroup path), or hides the rest behind a cgroup
 * namespace (path `/`); in both cases the mount point itself is the process's cgroup.
 */
export function cgroupChain(mount: Mount, cgroupPath: string): string[] {
  let relative: string;
  if (mount.root === '/') relative = cgroupPath;
  else if (cgroupPath === mount.root || !cgroupPath.startsWith(`${mount.root}/`)) relative = '/';
  else relative = cgroupPath.slice(mount.root.length);
  const chain: string[] = [];
  for (let dir = path.resolve(mount.mountPoint, `.${relative}`); ; dir = path.dirname(dir)) {
    chain.push(dir);
    if (dir === mount.mountPoint || dir === '/') break;
  }
  return chain;
}

// cgroup v1 writes "no limit" as the largest page-aligned 63-bit value.
const V1_UNLIMITED = 2 ** 60;

function readNumber(read: ReadFile, file: string): number | null {
  const text = read(file)?.trim();
  if (text === undefined || text === '' || text === 'max') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value < V1_UNLIMITED ? value : null;
}

function statField(read: ReadFile, file: string, field: string): number {
  const match = new RegExp(`^${field} (\\d+)$`, 'm').exec(read(file) ?? '');
  return match ? Number(match[1]) : 0;
}

const minOf = (values: (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.min(...present) : null;
};

export interface CgroupMemory {
  version: 1 | 2;
  path: string;
  limitBytes: number | null;
  highBytes: number | null;
  /** The least headroom on the way up: limit minus the working set (usage less inactive file cache). */
  availableBytes: number | null;
  /** How much swap the cgroups let this process use; null when they do not cap it. */
  swapCapBytes: number | null;
}

interface Level {
  limit: number | null;
  high: number | null;
  workingSet: number;
  swapCap: number | null;
}

function levelV2(read: ReadFile, dir: string): Level {
  const current = readNumber(read, `${dir}/memory.current`) ?? 0;
  const swapMax = readNumber(read, `${dir}/memory.swap.max`);
  const swapCurrent = readNumber(read, `${dir}/memory.swap.current`) ?? 0;
  return {
    limit: readNumber(read, `${dir}/memory.max`),
    high: readNumber(read, `${dir}/memory.high`),
    workingSet: Math.max(0, current - statField(read, `${dir}/memory.stat`, 'inactive_file')),
    swapCap: swapMax === null ? null : Math.max(0, swapMax - swapCurrent),
  };
}

function levelV1(read: ReadFile, dir: string): Level {
  const limit = readNumber(read, `${dir}/memory.limit_in_bytes`);
  const memsw = readNumber(read, `${dir}/memory.memsw.limit_in_bytes`);
  const usage = readNumber(read, `${dir}/memory.usage_in_bytes`) ?? 0;
  return {
    limit,
    high: null,
    workingSet: Math.max(0, usage - statField(read, `${dir}/memory.stat`, 'total_inactive_file')),
    // memsw counts memory plus swap, so what is left for swap is the difference.
    swapCap: memsw === null ? null : Math.max(0, memsw - (limit ?? memsw)),
  };
}

function findMount(mounts: Mount[], version: 1 | 2, controller: string): Mount | undefined {
  return mounts.find((m) =>
    version === 2
      ? m.fsType === 'cgroup2'
      : m.fsType === 'cgroup' && m.superOptions.includes(controller),
  );
}

/** Where a controller lives for this process: v1 if the controller is bound there, else v2. */
function locate(
  membership: Membership,
  mounts: Mount[],
  controller: string,
): { version: 1 | 2; path: string; chain: string[] } | null {
  const v1Path = membership.v1.get(controller);
  const v1Mount = findMount(mounts, 1, controller);
  if (v1Path !== undefined && v1Mount) {
    return { version: 1, path: v1Path, chain: cgroupChain(v1Mount, v1Path) };
  }
  const v2Mount = findMount(mounts, 2, controller);
  if (membership.v2 !== null && v2Mount) {
    return { version: 2, path: membership.v2, chain: cgroupChain(v2Mount, membership.v2) };
  }
  return null;
}

/** This process's own cgroup for a controller: its version, its path, and its directory. */
export function ownCgroup(
  read: ReadFile,
  controller: string,
): { version: 1 | 2; path: string; dir: string } | null {
  const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
  const where = locate(
    membership,
    parseCgroupMounts(read('/proc/self/mountinfo') ?? ''),
    controller,
  );
  return where && { version: where.version, path: where.path, dir: where.chain[0]! };
}

/** The memory limits that bind this process, from its cgroup up to the root of the hierarchy. */
export function readCgroupMemory(
  read: ReadFile,
  membership: Membership,
  mounts: Mount[],
): CgroupMemory | null {
  const where = locate(membership, mounts, 'memory');
  if (!where) return null;
  const levels = where.chain.map((dir) => (where.version === 2 ? levelV2 : levelV1)(read, dir));
  const headroom = levels.map((l) => {
    const cap = minOf([l.limit, l.high]);
    return cap === null ? null : Math.max(0, cap - l.workingSet);
  });
  return {
    version: where.version,
    path: where.path,
    limitBytes: minOf(levels.map((l) => l.limit)),
    highBytes: minOf(levels.map((l) => l.high)),
    availableBytes: minOf(headroom),
    swapCapBytes: minOf(levels.map((l) => l.swapCap)),
  };
}

function quotaV2(read: ReadFile, dir: string): number | null {
  const match = /^(\d+)\s+(\d+)$/.exec(read(`${dir}/cpu.max`)?.trim() ?? '');
  return match ? Number(match[1]) / Number(match[2]) : null;
}

function quotaV1(read: ReadFile, dir: string): number | null {
  const quota = Number(read(`${dir}/cpu.cfs_quota_us`)?.trim() ?? -1);
  const period = Number(read(`${dir}/cpu.cfs_period_us`)?.trim() ?? 0);
  return quota > 0 && period > 0 ? quota / period : null;
}

/** The CPU bandwidth the cgroups allow, in CPUs (1.5 = one and a half); null when unlimited. */
export function readCgroupCpuQuota(
  read: ReadFile,
  membership: Membership,
  mounts: Mount[],
): number | null {
  const where = locate(membership, mounts, 'cpu');
  if (!where) return null;
  return minOf(where.chain.map((dir) => (where.version === 2 ? quotaV2 : quotaV1)(read, dir)));
}
