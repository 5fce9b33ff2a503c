import { describe, expect, it } from 'vitest';
import { mapAtMost } from '../../src/map-at-most.js';

describe('mapAtMost', () => {
  it('runs at most `limit` at once, starts the next as one ends, and keeps the order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const delays = [30, 5, 5, 5, 5, 5];
    const results = await mapAtMost(delays, 2, async (ms, index) => {
      started.push(index);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return index * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(most).toBe(2);
    // the long first item held one worker while the other went through the rest
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('returns nothing for nothing, and treats a limit below 1 as 1', async () => {
    expect(await mapAtMost([], 4, async () => 1)).toEqual([]);
    let running = 0;
    let most = 0;
    await mapAtMost([1, 2, 3], 0, async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
    });
    expect(most).toBe(1);
  });
});
