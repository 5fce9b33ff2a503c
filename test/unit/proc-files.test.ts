import { describe, expect, it } from 'vitest';
import {
  countCpuList,
  parseAffinity,
  parseMeminfo,
  parseProcLimits,
} from '../../src/probe/proc-files.js';

// Copied from this machine (Debian 12, kernel 6.18) while running under `prlimit --data=600M`.
const LIMITS = `Limit                     Soft Limit           Hard Limit           Units     
Max cpu time              unlimited            unlimited            seconds   
Max file size             unlimited            unlimited            bytes     
Max data size             629145600            unlimited            bytes     
Max stack size            8388608              unlimited            bytes     
Max core file size        0                    unlimited            bytes     
Max resident set          unlimited            unlimited            bytes     
Max processes             96365                96365                processes 
Max open files            20000                20000                files     
Max locked memory         8388608              8388608              bytes     
Max address space         unlimited            unlimited            bytes     
Max file locks            unlimited            unlimited            locks     
Max pending signals       96365                96365                signals   
`;

describe('/proc files', () => {
  it('reads memory rlimits, soft and hard, null for unlimited', () => {
    expect(parseProcLimits(LIMITS)).toEqual({
      data: { soft: 629145600, hard: null },
      as: { soft: null, hard: null },
      rss: { soft: null, hard: null },
    });
  });

  it('reads meminfo in bytes', () => {
    const info = parseMeminfo(
      'MemTotal:       24684084 kB\nMemAvailable:   24430252 kB\nHugePages_Total:       0\n',
    );
    expect(info.get('MemTotal')).toBe(24684084 * 1024);
    expect(info.get('MemAvailable')).toBe(24430252 * 1024);
    expect(info.get('HugePages_Total')).toBe(0);
  });

  it.each([
    ['0-1', 2],
    ['0', 1],
    ['0-3,8-11', 8],
    ['0,2,4-5\n', 4],
    ['', null],
    ['zero', null],
  ])('counts CPU list %j as %s', (list, count) => {
    expect(countCpuList(list)).toBe(count);
  });

  it('reads the affinity from status', () => {
    expect(parseAffinity('Name:\tnode\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n')).toBe(2);
    expect(parseAffinity('Name:\tnode\n')).toBeNull();
  });
});
