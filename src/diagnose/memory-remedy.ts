/** What the runner allows and how many compiles ran at once: lets a remedy speak in numbers. */
export interface MemoryContext {
  effectiveBytes: number;
  usableSwapBytes: number | null;
  jobs: number;
}

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const mib = (bytes: number): string => `${Math.round(bytes / MiB)} MiB`;

/** Swap to add, in whole GiB, for a shortfall: a quarter more than the gap, at least 1G. */
function swapFor(shortBytes: number): string {
  return `${Math.max(1, Math.ceil((shortBytes * 1.25) / GiB))}G`;
}

function swapAdvice(memory: MemoryContext, shortBytes: number): string {
  if (memory.usableSwapBytes === 0) {
    return 'a larger runner (the cgroup allows this job no swap, so adding swap would not help)';
  }
  return `\`swap: ${swapFor(shortBytes)}\``;
}

/** The remedy for compiles the kernel killed for memory, with the reason in numbers when known. */
export function oomRemedy(
  memory: MemoryContext | undefined,
  peakBytes: number | null,
  what: string,
): string {
  if (!memory) {
    return `${what} needed more memory than the runner had: run fewer compiles at once (\`jobs: 1\`) or add swap (\`swap: 2G\`)`;
  }
  const { effectiveBytes: available, jobs } = memory;
  if (peakBytes !== null && peakBytes > 0) {
    const fit = Math.floor(available / peakBytes);
    if (fit < 1) {
      return `${swapAdvice(memory, peakBytes - available)} and \`jobs: 1\`: one compile of ${what} peaked at ${mib(peakBytes)}, more than the ${mib(available)} this runner allows, so fewer jobs alone cannot fix it`;
    }
    if (fit < jobs) {
      return `\`jobs: ${fit}\`: a compile of ${what} peaked at ${mib(peakBytes)}, and ${jobs} at once need up to ${mib(peakBytes * jobs)} of the ${mib(available)} this runner allows; or ${swapAdvice(memory, peakBytes * jobs - available)}`;
    }
  }
  if (jobs > 1) {
    return `\`jobs: 1\`: ${jobs} compiles at once had about ${mib(available / jobs)} each of the ${mib(available)} this runner allows, and ${what} needed more; or ${swapAdvice(memory, available)}`;
  }
  return `${swapAdvice(memory, available)}: a single compile of ${what} needed more than the ${mib(available)} this runner allows, so fewer jobs cannot help`;
}

/** The remedy for an allocation refused under a limit while the machine had memory to give. */
export function limitRemedy(
  memory: MemoryContext | undefined,
  allocatedBytes: number | null,
  what: string,
): string {
  const reached = allocatedBytes
    ? `${what} had ${mib(allocatedBytes)} when an allocation was refused`
    : `${what} was refused an allocation`;
  const machine = memory ? `, while this runner allows ${mib(memory.effectiveBytes)}` : '';
  return `${reached}${machine}: a per-process limit refused it, not a lack of memory. Raise the data-segment and address-space limits (\`ulimit -d unlimited; ulimit -v unlimited\`, or \`prlimit --data=unlimited --as=unlimited\`; wheelwright raises soft limits to the hard ones, so a lower hard limit must be raised where the job starts), or allow overcommit (\`sysctl vm.overcommit_memory=0\`)`;
}
