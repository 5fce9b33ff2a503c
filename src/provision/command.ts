import { execFile } from 'node:child_process';

/** A command that failed, with its own message (stderr, else how it ended). */
export class CommandError extends Error {
  constructor(
    readonly argv: string[],
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

// mkswap, swapon and swapoff live in /usr/sbin and /sbin, which an ordinary user's PATH often
// lacks; sudo uses its own secure_path instead.
const PATH = [process.env.PATH, '/usr/sbin', '/sbin'].filter(Boolean).join(':');

/** Runs `argv` (an argument array, never a shell string) and returns its stdout. */
export function runCommand(argv: string[]): Promise<string> {
  const [file, ...args] = argv;
  return new Promise((resolve, reject) => {
    execFile(
      file!,
      args,
      { encoding: 'utf8', env: { ...process.env, PATH, LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        // A string code is an errno from starting it; a number is its exit status.
        const { code } = error;
        let message: string;
        if (code === 'ENOENT') message = `${file}: command not found`;
        else if (typeof code === 'string') message = `${file}: could not be started (${code})`;
        else
          message =
            stderr.trim() ||
            stdout.trim() ||
            (error.signal ? `killed by ${error.signal}` : `exit status ${code}`);
        reject(new CommandError(argv, message));
      },
    );
  });
}
