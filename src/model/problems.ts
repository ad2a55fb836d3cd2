/** A validation problem: which file, where inside it, and what is wrong. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(dir: string, p: Problem): string {
  const where = p.path ? `${dir}/${p.file} at ${p.path}` : `${dir}/${p.file}`;
  return `${where}: ${p.message}`;
}

/** "meetings[0].participants[2].who" from a zod-style path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
