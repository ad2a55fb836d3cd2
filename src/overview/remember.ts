/**
 * A pure function of one object, remembered for as long as that object lives. The overview
 * returns to the same selection often (every journey, after each filter): with its trips and
 * routes remembered, what is derived from them (routes, summary, looks, the map's picture) is
 * the same object again, and nothing is recomputed or redrawn.
 */
export function remember<A extends object, R>(derive: (from: A) => R): (from: A) => R {
  const known = new WeakMap<A, R>();
  return (from) => {
    if (known.has(from)) return known.get(from) as R;
    const result = derive(from);
    known.set(from, result);
    return result;
  };
}
