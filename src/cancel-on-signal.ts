import os from 'node:os';

export interface Cancellation {
  /** Aborted, its reason the signal's name, on the first SIGINT or SIGTERM. */
  signal: AbortSignal;
  /** The exit status a process ended by the signal would have (128 + its number), once aborted. */
  exitCode(): number | null;
  dispose(): void;
}

/**
 * Cancellation by the signals that a runner's cancel (SIGINT, then SIGTERM), `timeout` and
 * systemd send. The first one aborts `signal`, so the job stops its builds' process groups and
 * still writes its report; a second one ends the process at once.
 */
export function cancelOnSignals(): Cancellation {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const code = (name: NodeJS.Signals) => 128 + (os.constants.signals[name] ?? 0);
  const on = (name: NodeJS.Signals) => {
    if (received !== null) process.exit(code(name));
    received = name;
    controller.abort(name);
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
  return {
    signal: controller.signal,
    exitCode: () => (received === null ? null : code(received)),
    dispose() {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
}
