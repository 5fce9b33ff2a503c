import type { InputName } from './action-inputs.js';

/** A value the user gave that wheelwright cannot accept: names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(
    readonly input: InputName,
    readonly value: string,
    readonly accepted: string,
    /** Where the value was written when not as the input itself, e.g. `pyproject.toml [tool.wheelwright] jobs`. */
    readonly where?: string,
  ) {
    super(`${where ?? `input '${input}'`}: '${value}' is not accepted; ${accepted}`);
    this.name = 'InputError';
  }

  /** The same one line, in the words of the surface the user typed it on. */
  lineFor(surface: 'action' | 'cli'): string {
    const where = this.where ?? (surface === 'cli' ? `--${this.input}` : `input '${this.input}'`);
    return `${where}: '${this.value}' is not accepted; ${this.accepted}`;
  }
}
