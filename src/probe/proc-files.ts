import type { Rlimit } from './types.js';

/** /proc/meminfo as bytes by field name (`MemTotal`, `SwapFree`, …). */
export function parseMeminfo(text: string): Map<string, number> {
  const fields = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([\w()]+):\s+(\d+)(?:\s+kB)?\s*$/.exec(line);
    if (match) fields.set(match[1]!, Number(match[2]) * (line.trimEnd().endsWith('kB') ? 1024 : 1));
  }
  return fields;
}

const LIMIT_NAMES = { data: 'Max data size', as: 'Max address space', rss: 'Max resident set' };

function limitValue(text: string | undefined): number | null {
  return text === undefined || text === 'unlimited' ? null : Number(text);
}

/** The memory rlimits from /proc/<pid>/limits; null means unlimited (or not listed). */
export function parseProcLimits(text: string): { data: Rlimit; as: Rlimit; rss: Rlimit } {
  const rows = new Map<string, [string, string]>();
  for (const line of text.split('\n')) {
    const match = /^(Max [a-z ]+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
    if (match) rows.set(match[1]!, [match[2]!, match[3]!]);
  }
  const limit = (name: string): Rlimit => {
    const row = rows.get(name);
    return { soft: limitValue(row?.[0]), hard: limitValue(row?.[1]) };
  };
  return { data: limit(LIMIT_NAMES.data), as: limit(LIMIT_NAMES.as), rss: limit(LIMIT_NAMES.rss) };
}

/** Counts the CPUs in a kernel CPU list such as `0-3,8-11` or `5`. */
export function countCpuList(text: string): number | null {
  const list = text.trim();
  if (list === '') return null;
  let count = 0;
  for (const part of list.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) return null;
    count += match[2] === undefined ? 1 : Number(match[2]) - Number(match[1]) + 1;
  }
  return count;
}

/** `Cpus_allowed_list` from /proc/<pid>/status: the CPUs this process may run on. */
export function parseAffinity(statusText: string): number | null {
  const match = /^Cpus_allowed_list:\s*(.+)$/m.exec(statusText);
  return match ? countCpuList(match[1]!) : null;
}
