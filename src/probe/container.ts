import { parseProcCgroup, type ReadFile } from './cgroup.js';

/** That this process runs in a container, and what says so. */
export interface ContainerFact {
  /** docker, podman, or what the `container` variable or the cgroup path names. */
  runtime: string;
  /** The file, variable or cgroup path that told, as a person would check it. */
  evidence: string;
}

// Cgroup paths container engines and Kubernetes create (cgroup v1, or v2 without a private
// cgroup namespace, where the path is just `/`): /docker/<id>, /kubepods/…, /actions_job/<id>
// (GitHub's job containers on cgroup v1), /lxc/<name>, …/libpod-<id>.scope.
const CGROUP_RUNTIME = /\/(docker|kubepods|containerd|lxc|actions_job)[/.-]|libpod-|crio-/;

/**
 * Whether this process runs in a container, by the usual marks: Docker writes /.dockerenv,
 * Podman /run/.containerenv, systemd-nspawn, LXC and Podman set `container` in the environment
 * of the container's first process, and cgroup paths name the engine. `read` is rooted at `/`
 * on the machine and at a fixture in tests. None of these marks is a proof in every case (a
 * container may lack all of them), so a null means "no mark found", said as such.
 */
export function detectContainer(
  read: ReadFile,
  env: Record<string, string | undefined>,
): ContainerFact | null {
  if (read('/.dockerenv') !== undefined) return { runtime: 'docker', evidence: '/.dockerenv' };
  if (read('/run/.containerenv') !== undefined)
    return { runtime: 'podman', evidence: '/run/.containerenv' };
  const variable = env.container?.trim();
  if (variable) return { runtime: variable, evidence: `$container=${variable}` };
  const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
  for (const cgroupPath of [membership.v2 ?? '', ...membership.v1.values()]) {
    const match = CGROUP_RUNTIME.exec(cgroupPath);
    if (match)
      return {
        runtime: match[1] ?? (match[0].startsWith('crio') ? 'cri-o' : 'podman'),
        evidence: `cgroup ${cgroupPath}`,
      };
  }
  return null;
}
