/**
 * The shim's wire format (see shim.c): a decimal count, then that many strings, each ended by a
 * NUL byte. Arguments may hold any byte but NUL, as argv itself.
 */
export function encode(strings: string[]): Buffer {
  return Buffer.concat([String(strings.length), ...strings].map((s) => Buffer.from(`${s}\0`)));
}

/** Accumulates bytes from a socket and yields whole messages. */
export class Decoder {
  private pending = Buffer.alloc(0);

  push(chunk: Buffer): string[][] {
    this.pending = Buffer.concat([this.pending, chunk]);
    const messages: string[][] = [];
    for (;;) {
      const strings: string[] = [];
      let offset = 0;
      let expected = -1;
      let complete = false;
      while (offset < this.pending.length) {
        const end = this.pending.indexOf(0, offset);
        if (end < 0) break;
        const text = this.pending.toString('utf8', offset, end);
        offset = end + 1;
        if (expected < 0) {
          expected = Number(text);
          if (!Number.isInteger(expected) || expected < 1)
            throw new Error(`bad message head: ${JSON.stringify(text)}`);
        } else {
          strings.push(text);
        }
        if (strings.length === expected) {
          complete = true;
          break;
        }
      }
      if (!complete) return messages;
      this.pending = this.pending.subarray(offset);
      messages.push(strings);
    }
  }
}
