/**
 * Compile slots shared by every build: at most `jobs` run at once and the sum of their memory
 * estimates stays within `budgetBytes`. A request larger than the budget runs alone, and a
 * request marked `alone` (a retry after an OOM kill) waits until nothing else runs. Waiters are
 * served in order, so a large compile is not starved by a stream of small ones.
 */
export class SlotPool {
  private running = 0;
  private usedBytes = 0;
  private exclusive = false;
  private readonly queue: { bytes: number; alone: boolean; grant: () => void }[] = [];

  constructor(
    readonly jobs: number,
    readonly budgetBytes: number,
  ) {}

  get active(): number {
    return this.running;
  }

  acquire(bytes: number, alone = false): Promise<() => void> {
    return new Promise((resolve) => {
      this.queue.push({ bytes, alone, grant: () => resolve(this.releaser(bytes)) });
      this.dispatch();
    });
  }

  private fits(bytes: number, alone: boolean): boolean {
    if (this.running === 0) return true;
    if (alone || this.exclusive) return false;
    return this.running < this.jobs && this.usedBytes + bytes <= this.budgetBytes;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && this.fits(this.queue[0]!.bytes, this.queue[0]!.alone)) {
      const next = this.queue.shift()!;
      this.running += 1;
      this.usedBytes += next.bytes;
      this.exclusive = next.alone;
      next.grant();
    }
  }

  private releaser(bytes: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.usedBytes -= bytes;
      if (this.running === 0) this.exclusive = false;
      this.dispatch();
    };
  }
}
