import { CommandError, runCommand } from './command.js';

/** How wheelwright may run what needs root: as root, through `sudo -n`, or not at all. */
export type Privilege =
  { kind: 'root' } | { kind: 'sudo' } | { kind: 'none'; uid: number; why: string };

/** `argv` as it must run to have root's rights. */
export function asRoot(argv: string[], privilege: Privilege): string[] {
  return privilege.kind === 'sudo' ? ['sudo', '-n', ...argv] : argv;
}

/** `sudo -n` never prompts: on a runner nobody could answer, and a prompt would hang the job. */
export async function detectPrivilege(): Promise<Privilege> {
  const uid = process.getuid?.() ?? -1;
  if (uid === 0) return { kind: 'root' };
  try {
    await runCommand(['sudo', '-n', 'true']);
    return { kind: 'sudo' };
  } catch (error) {
    const why = error instanceof CommandError ? error.message : String(error);
    return {
      kind: 'none',
      uid,
      why: why.replace(/^sudo: command not found$/, 'sudo is not installed'),
    };
  }
}
