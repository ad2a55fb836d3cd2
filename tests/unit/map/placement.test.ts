import { describe, expect, it } from 'vitest';
import {
  clusterDots,
  intersects,
  placeLabels,
  zoomToSeparate,
  type LabelRequest,
} from '../../../src/map/placement.ts';

const frame = { left: 0, top: 0, right: 400, bottom: 300 };
const label = (id: string, x: number, y: number, priority = 0, width = 60): LabelRequest => ({
  id,
  x,
  y,
  width,
  height: 14,
  radius: 6,
  priority,
});
const dot = (x: number, y: number, r = 6) => ({
  left: x - r,
  right: x + r,
  top: y - r,
  bottom: y + r,
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its dot', () => {
    const placed = placeLabels([label('a', 100, 100)], [dot(100, 100)], [], frame);
    expect(placed.get('a')?.side).toBe('right');
    expect(placed.get('a')?.box.left).toBeGreaterThan(106);
  });

  it('moves the lesser of two clashing labels and never overlaps them', () => {
    const requests = [label('stockholm', 100, 100, 5), label('tallinn', 140, 100, 1)];
    const placed = placeLabels(requests, [dot(100, 100), dot(140, 100)], [], frame);
    const a = placed.get('stockholm');
    const b = placed.get('tallinn');
    expect(a).not.toBeNull();
    expect(a && b && intersects(a.box, b.box)).toBe(false);
  });

  it('never sets a label on another dot', () => {
    const placed = placeLabels([label('a', 100, 100)], [dot(100, 100), dot(140, 100)], [], frame);
    expect(placed.get('a')?.side).not.toBe('right');
  });

  it('keeps labels inside the map and off controls, flipping at the right edge', () => {
    const placed = placeLabels([label('kyiv', 380, 100)], [dot(380, 100)], [], frame);
    expect(placed.get('kyiv')?.side).toBe('left');
    const legend = { left: 0, top: 0, right: 400, bottom: 300 };
    expect(placeLabels([label('x', 100, 100)], [], [legend], frame).get('x')).toBeNull();
  });

  it('sets a label at a corner of its dot when both sides are taken, clear of the dot', () => {
    // A placed label to the right, the map's edge to the left (Paris at a phone's edge).
    const taken = { left: 30, right: 150, top: 95, bottom: 105 };
    const placed = placeLabels([label('paris', 20, 100)], [dot(20, 100)], [taken], frame);
    const spot = placed.get('paris');
    expect(spot?.side).toBe('above-right');
    expect(spot && intersects(spot.box, dot(20, 100))).toBe(false);
    expect(spot?.box.left).toBe(26);
    expect(spot?.box.bottom).toBe(94);
    // With a dot above as well, the next corner down.
    const below = placeLabels(
      [label('paris', 20, 100)],
      [dot(20, 100), dot(40, 84)],
      [taken],
      frame,
    );
    expect(below.get('paris')?.side).toBe('below-right');
  });

  it('never sets a name nearer another dot than its own: it reads as the neighbour’s', () => {
    // A neighbour up and to the left; the right is free at first.
    const requests = [label('tallinn', 100, 100)];
    const dots = [dot(100, 100, 4), dot(80, 88, 4)];
    expect(placeLabels(requests, dots, [], frame).get('tallinn')?.side).toBe('right');
    // With the right taken, the name does not go left, where it would end under the neighbour,
    // but below to the left, nearer its own dot.
    const taken = { left: 104, right: 200, top: 90, bottom: 110 };
    const moved = placeLabels(requests, dots, [taken], frame).get('tallinn');
    expect(moved?.side).toBe('below-left');
  });

  it('sets a name clearly nearer its own dot than a neighbour on its line, unless it must show', () => {
    // The right is taken; set to the left, the name would end 9 px from its own dot's centre
    // and 14 px from the neighbour's: between the two, it reads as either's.
    const request = label('tallinn', 100, 100, 0, 40);
    const dots = [dot(100, 100), dot(37, 100)];
    const right = { left: 104, right: 200, top: 80, bottom: 120 };
    const side = (r: LabelRequest) => placeLabels([r], dots, [right], frame).get(r.id)?.side;
    expect(side(request)).not.toBe('left');
    expect(side(request)).toBeDefined();
    // A meeting place's name may stand there: unnamed, it would cost the map more.
    expect(side({ ...request, essential: true })).toBe('left');
    // Set above its dot, a name is not between its dot and a neighbour level with it.
    const level = placeLabels(
      [{ ...request, sides: ['above'] }],
      [dot(100, 100), dot(140, 84)],
      [],
      frame,
    );
    expect(level.get('tallinn')?.side).toBe('above');
    // A neighbour as near but above the name's line leaves it to its own dot.
    const above = placeLabels([request], [dot(100, 100), dot(40, 82)], [right], frame);
    expect(above.get('tallinn')?.side).toBe('left');
  });

  it('places meeting places first: the lower priority label is the one hidden', () => {
    // Three dots in a tight row: no room for every label.
    const requests = [label('origin', 100, 100, 1, 200), label('meeting', 112, 100, 1000, 200)];
    const dots = [dot(100, 100), dot(112, 100)];
    const placed = placeLabels(requests, dots, [], { left: 0, top: 85, right: 330, bottom: 115 });
    expect(placed.get('meeting')).not.toBeNull();
    expect(placed.get('origin')).toBeNull();
  });
});

describe('clusterDots', () => {
  it('merges dots that would touch, led by the most important', () => {
    const clusters = clusterDots([
      { id: 'tallinn', x: 100, y: 100, radius: 6, priority: 1 },
      { id: 'helsinki', x: 103, y: 96, radius: 6, priority: 2 },
      { id: 'kyiv', x: 300, y: 200, radius: 9, priority: 1000 },
    ]);
    expect(clusters.map((c) => c.ids)).toEqual([['kyiv'], ['helsinki', 'tallinn']]);
    expect(clusters[1]).toMatchObject({ x: 103, y: 96 });
  });

  it('leaves dots apart alone', () => {
    const clusters = clusterDots([
      { id: 'a', x: 0, y: 0, radius: 6, priority: 0 },
      { id: 'b', x: 20, y: 0, radius: 6, priority: 0 },
    ]);
    expect(clusters).toHaveLength(2);
  });
});

describe('zoomToSeparate', () => {
  it('counts the doublings until the closest pair is far enough apart', () => {
    expect(
      zoomToSeparate(
        [
          { x: 0, y: 0 },
          { x: 5, y: 0 },
        ],
        26,
      ),
    ).toBe(3);
  });
});
