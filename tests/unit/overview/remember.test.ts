import { describe, expect, it } from 'vitest';
import { remember } from '../../../src/overview/remember.ts';

describe('remember', () => {
  it('derives once per object and gives the same result for the same object', () => {
    let calls = 0;
    const count = remember((list: number[]) => {
      calls += 1;
      return { total: list.reduce((a, b) => a + b, 0) };
    });
    const list = [1, 2, 3];
    const first = count(list);
    expect(count(list)).toBe(first);
    expect(first.total).toBe(6);
    expect(calls).toBe(1);
    // An equal but other list is another object: derived anew.
    expect(count([1, 2, 3])).not.toBe(first);
    expect(calls).toBe(2);
  });
});
