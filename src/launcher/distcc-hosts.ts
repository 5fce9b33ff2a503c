import { InputError } from '../config/input-error.js';

/** One distccd host compiles may be sent to. */
export interface DistccHost {
  /** The host as distcc is given it for one compile: `name:port/limit[,lzo]`. */
  spec: string;
  /** Host name or address as written (an IPv6 address without its brackets). */
  name: string;
  port: number;
  /** Compiles it takes at once (distcc's `/LIMIT`, 4 when not written). */
  limit: number;
  lzo: boolean;
}

export interface DistccHosts {
  hosts: DistccHost[];
  /** What distcc's syntax allowed that wheelwright reads its own way, one line each. */
  notes: string[];
}

// distcc's defaults (hosts.c): a TCP host takes 4 jobs, on port 3632.
const DEFAULT_LIMIT = 4;
const DEFAULT_PORT = 3632;

const ACCEPTED =
  "expected distcc's host syntax, separated by spaces: HOST, HOST/LIMIT, HOST:PORT, HOST:PORT/LIMIT " +
  '(HOST a name, an IPv4 address or [an IPv6 address]; LIMIT and PORT whole numbers), each optionally ' +
  'followed by ,lzo or ,down; and localhost[/N], --localslots=N, --localslots_cpp=N, --randomize';

const fail = (token: string, why: string): never => {
  throw new InputError('distcc-hosts', token, `${why}; ${ACCEPTED}`);
};

function count(token: string, text: string, what: string, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
    fail(token, `${what} '${text}' is not a whole number from 1 to ${max}`);
  return Number(text);
}

/**
 * One TCP host as hosts.c reads it: HOSTID[:PORT][/LIMIT][OPTIONS] or the old HOSTID[/LIMIT][:PORT].
 * Stricter than distcc where distcc ignores what follows a number (`h/4x`) or takes port 0
 * (`h:`): such a host is a typo, and refusing it says so at once instead of at the first compile.
 */
function tcpHost(token: string): DistccHost | 'down' {
  const match =
    /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?))(?:\/([^:,]*))?(?::([^/,]*))?(?:\/([^:,]*))?((?:,[^,]*)*)$/.exec(
      token,
    );
  if (!match) return fail(token, 'not a host distcc can reach over TCP');
  const [, v6, plain, limitBefore, portText, limitAfter, optionText] = match;
  if (limitBefore !== undefined && limitAfter !== undefined)
    fail(token, 'the limit is written twice');
  const limitText = limitBefore ?? limitAfter;
  const limit = limitText === undefined ? DEFAULT_LIMIT : count(token, limitText, 'limit', 10000);
  const port = portText === undefined ? DEFAULT_PORT : count(token, portText, 'port', 65535);
  let lzo = false;
  let down = false;
  for (const option of optionText!.split(',').slice(1)) {
    if (option === 'lzo') lzo = true;
    else if (option === 'down') down = true;
    else if (option === 'cpp')
      fail(token, "',cpp' is distcc's pump mode; wheelwright runs distcc in plain mode");
    else if (option === 'auth' || option.startsWith('auth='))
      fail(token, "',auth' (GSS-API) is not supported by wheelwright");
    else fail(token, `'${option}' is not a host option distcc knows`);
  }
  if (down) return 'down';
  const name = v6 ?? plain!;
  const address = v6 === undefined ? name : `[${name}]`;
  return { spec: `${address}:${port}/${limit}${lzo ? ',lzo' : ''}`, name, port, limit, lzo };
}

/** The plan's line on remote slots: they come on top of the local ones and take no memory here. */
export function remoteSlotsLine({ hosts }: DistccHosts): string {
  const slots = hosts.reduce((sum, h) => sum + h.limit, 0);
  return (
    `distcc: ${slots} remote slot${slots === 1 ? '' : 's'} on ${hosts.length} host${hosts.length === 1 ? '' : 's'} ` +
    `(${hosts.map((h) => h.spec).join(', ')}) beside the local ones; a remote compile takes no local memory slot`
  );
}

/**
 * Reads `distcc-hosts` as distcc reads DISTCC_HOSTS (hosts.c): hosts separated by white space,
 * `#` to the end of a line a comment. Empty (or only comments) is null: distcc is off. Hosts
 * over SSH and +zeroconf are refused, not ignored: wheelwright must know each host and its limit
 * to give it slots, and only TCP hosts are tested here.
 */
export function parseDistccHosts(value: string): DistccHosts | null {
  const tokens = value
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/#.*/, ''))
    .join(' ')
    .split(/[ \t\f]+/)
    .filter(Boolean);
  if (tokens.length === 0) return null;
  const hosts: DistccHost[] = [];
  const notes: string[] = [];
  for (const token of tokens) {
    if (token === '--randomize') {
      notes.push(
        '--randomize: wheelwright sends each compile to the host with the most free slots',
      );
    } else if (/^--localslots(_cpp)?[=/]/.test(token)) {
      count(token, token.replace(/^--localslots(_cpp)?[=/]/, ''), 'local slots', 10000);
      notes.push(`${token}: local compiles take the slots of wheelwright's memory plan`);
    } else if (/^localhost(\/|$)/.test(token)) {
      if (token !== 'localhost') count(token, token.slice('localhost/'.length), 'limit', 10000);
      notes.push(`${token}: local compiles take the slots of wheelwright's memory plan`);
    } else if (token === '+zeroconf') {
      fail(token, 'wheelwright needs each host listed, to know its slots');
    } else if (token.includes('@')) {
      fail(token, 'hosts over SSH are not supported by wheelwright; run distccd with --allow');
    } else {
      const host = tcpHost(token);
      if (host === 'down') {
        notes.push(`${token}: marked down, not used`);
        continue;
      }
      if (hosts.some((h) => h.name === host.name && h.port === host.port))
        fail(token, `${host.name}:${host.port} is listed twice`);
      hosts.push(host);
    }
  }
  if (hosts.length === 0)
    fail(
      value.trim(),
      'no host to send compiles to (only local slots, options or hosts marked down)',
    );
  return { hosts, notes };
}
