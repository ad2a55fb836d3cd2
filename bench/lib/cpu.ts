/**
 * CPU time this process and its exited children (Chromium, once closed) have used, from
 * /proc/self/stat. On a busy machine wall time says little; CPU time says what the benchmark
 * itself costs. Linux only: elsewhere it is null.
 */
import { readFileSync } from 'node:fs';

/** Linux reports these fields in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const TICKS_PER_SECOND = 100;

export function cpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14–17 of the full line, 12–15 after the name.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return Math.round((ticks / TICKS_PER_SECOND) * 10) / 10;
  } catch {
    return null;
  }
}
