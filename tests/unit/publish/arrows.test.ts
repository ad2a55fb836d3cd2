import { describe, expect, it } from 'vitest';
import { drawnArcs } from '../../../src/publish/arrows.ts';
import type { Point, SceneArc } from '../../../src/publish/scene.ts';

/** A straight arc of 20 points from `from` to `to`. */
function arc(id: string, from: Point, to: Point, toMeeting = true): SceneArc {
  const points = Array.from({ length: 20 }, (_, i): Point => {
    const t = i / 19;
    return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
  });
  return {
    id,
    points,
    to: `${to[0]},${to[1]}`,
    toMeeting,
    colour: '#000',
    width: 2,
    opacity: 1,
    dash: [],
  };
}

const sizes = { meetingRadius: 9, originRadius: 4, scale: 1.6 };
const distance = (a: Point | undefined, b: Point) =>
  a ? Math.hypot(a[0] - b[0], a[1] - b[1]) : NaN;

describe('drawnArcs', () => {
  it('ends each arc at its destination dot with a head of one size, its tip on the dot’s edge', () => {
    const kyiv: Point = [400, 200];
    const [long, short] = drawnArcs(
      [arc('long', [0, 200], kyiv), arc('origin', [300, 100], [300, 300], false)],
      sizes,
    );
    // The tip (the head's middle point) touches the dot: its radius and the 1.5 px gap away.
    expect(distance(long?.head[1], kyiv)).toBeCloseTo(10.5, 0);
    expect(distance(short?.head[1], [300, 300])).toBeCloseTo(5.5, 0);
    // The head is as long on a long arc as on a short one: not a share of the arc's length.
    const length = (d: typeof long) => distance(d?.head[1], d?.line.at(-1) ?? [NaN, NaN]);
    expect(length(long)).toBeCloseTo(length(short), 0);
    expect(long?.line.length).toBeGreaterThan(1);
  });

  it('fans in arcs that share a destination, so their heads stay apart, and keeps their order', () => {
    const kyiv: Point = [400, 200];
    const drawn = drawnArcs([arc('a', [0, 190], kyiv), arc('b', [0, 210], kyiv)], sizes);
    expect(drawn.map((d) => d.arc.id)).toEqual(['a', 'b']);
    const [a, b] = drawn.map((d) => d.head[1]);
    expect(distance(a, b ?? [NaN, NaN])).toBeGreaterThan(4);
  });
});
