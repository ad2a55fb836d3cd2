/** The build draws share images side by side, a few at a time, and fails on the first failure. */
import { describe, expect, it } from 'vitest';
import { taskPool } from '../../../build/prerender.ts';

/** A task that ends when `release()` is called, and says whether it is running. */
function gate() {
  let release = () => {};
  const ended = new Promise<void>((resolve) => (release = resolve));
  return { release: () => release(), ended };
}

describe('taskPool', () => {
  it('runs at most `limit` tasks at once and waits for all of them', async () => {
    const pool = taskPool(2);
    const gates = [gate(), gate(), gate()];
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const task = (i: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await gates[i]?.ended;
      running -= 1;
      done.push(i);
    };
    await pool.add(task(0));
    await pool.add(task(1));
    // The third waits for room: it is added once the first ends.
    const third = pool.add(task(2));
    expect(running).toBe(2);
    gates[0]?.release();
    await third;
    gates[1]?.release();
    gates[2]?.release();
    await pool.drain();
    expect(most).toBe(2);
    expect(done.sort()).toEqual([0, 1, 2]);
  });

  it('throws the first failure from drain, after the other tasks end', async () => {
    const pool = taskPool(2);
    const finished: string[] = [];
    await pool.add(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      finished.push('other');
    });
    await pool.add(() => Promise.reject(new Error('share image: bad SVG')));
    await expect(pool.drain()).rejects.toThrow('share image: bad SVG');
    expect(finished).toEqual(['other']);
  });

  it('throws an earlier failure from the next add', async () => {
    const pool = taskPool(1);
    await pool.add(() => Promise.reject(new Error('disk full')));
    await pool.drain().catch(() => undefined);
    await expect(pool.add(async () => {})).rejects.toThrow('disk full');
  });
});
