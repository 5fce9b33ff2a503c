import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/config/input-error.js';
import { parseDistccHosts } from '../../src/launcher/distcc-hosts.js';

function rejection(value: string): InputError {
  try {
    parseDistccHosts(value);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`accepted '${value}'`);
}

describe('parseDistccHosts', () => {
  it('is off when empty or only comments', () => {
    expect(parseDistccHosts('')).toBeNull();
    expect(parseDistccHosts('  # no hosts yet\n')).toBeNull();
  });

  it.each([
    ['10.0.0.1', { name: '10.0.0.1', port: 3632, limit: 4, lzo: false, spec: '10.0.0.1:3632/4' }],
    ['build1/8', { name: 'build1', port: 3632, limit: 8, lzo: false, spec: 'build1:3632/8' }],
    [
      'b.lan:4000/2,lzo',
      { name: 'b.lan', port: 4000, limit: 2, lzo: true, spec: 'b.lan:4000/2,lzo' },
    ],
    // distcc's old order: the limit before the port
    ['b/3:4000', { name: 'b', port: 4000, limit: 3, lzo: false, spec: 'b:4000/3' }],
    [
      '[fd00::5]:4000/2',
      { name: 'fd00::5', port: 4000, limit: 2, lzo: false, spec: '[fd00::5]:4000/2' },
    ],
  ])('reads %s', (value, host) => {
    expect(parseDistccHosts(value)).toEqual({ hosts: [host], notes: [] });
  });

  it('reads several hosts over lines, with comments, and notes what it reads its own way', () => {
    const parsed = parseDistccHosts(
      '--randomize localhost/2\n10.0.0.1/2 # fast one\n10.0.0.2,down --localslots=3 10.0.0.3',
    );
    expect(parsed?.hosts.map((h) => h.spec)).toEqual(['10.0.0.1:3632/2', '10.0.0.3:3632/4']);
    expect(parsed?.notes).toEqual([
      '--randomize: wheelwright sends each compile to the host with the most free slots',
      "localhost/2: local compiles take the slots of wheelwright's memory plan",
      '10.0.0.2,down: marked down, not used',
      "--localslots=3: local compiles take the slots of wheelwright's memory plan",
    ]);
  });

  it.each([
    ['h/0', 'limit'],
    ['h:abc', 'port'],
    ['h:70000', 'port'],
    ['h:', 'port'],
    ['h/4x', 'limit'],
    ['h/2:4000/3', 'written twice'],
    ['h,zzz', "'zzz' is not a host option"],
    ['h,cpp,lzo', 'pump mode'],
    ['h,auth', 'GSS-API'],
    ['user@h', 'SSH'],
    ['+zeroconf', 'listed'],
    ['h_1', 'TCP'],
    ['--localslots=0', 'local slots'],
  ])('refuses %s, naming it', (value, why) => {
    const error = rejection(`good.host ${value}`);
    expect(error.input).toBe('distcc-hosts');
    expect(error.value).toBe(value);
    expect(error.message).toContain(why);
    expect(error.message).toContain("distcc's host syntax");
  });

  it('refuses a host listed twice and a list with no host to send to', () => {
    expect(rejection('a/2 a:3632/4').message).toContain('a:3632 is listed twice');
    expect(rejection('localhost --randomize').message).toContain('no host to send compiles to');
  });
});
