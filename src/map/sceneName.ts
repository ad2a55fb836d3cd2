/** Names for scenes of the arcs' Canvas (sceneCanvas.ts), pure. */

/**
 * A short name for a list of ids, the same for the same ids in the same order: two 32-bit
 * FNV-1a hashes (of the ids and of the ids reversed in turn) and the count, so ten thousand
 * ids name a scene in well under a millisecond and two different lists practically never
 * share a name.
 */
export function sceneName(ids: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ id.charCodeAt(id.length - 1 - i), 0x01000193) + c;
    }
    // A separator, so ['ab', 'c'] and ['a', 'bc'] differ.
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1e, 0x01000193);
  }
  return `${ids.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
