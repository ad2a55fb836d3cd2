import { describe, expect, it } from 'vitest';
import { chooseFrame, edgePoint, fitPadding, type FrameJourney } from '../../../src/map/framing.ts';
import type { LatLon } from '../../../src/map/geometry.ts';

const KYIV: LatLon = { lat: 50.45, lon: 30.52 };
const PARIS: LatLon = { lat: 48.85, lon: 2.35 };
const BERLIN: LatLon = { lat: 52.52, lon: 13.4 };
const WARSAW: LatLon = { lat: 52.23, lon: 21.01 };
const WASHINGTON: LatLon = { lat: 38.9, lon: -77.04 };
const STOCKHOLM: LatLon = { lat: 59.33, lon: 18.07 };

const journey = (from: string, a: LatLon, to: string, b: LatLon): FrameJourney => ({
  id: `${from}-${to}`,
  from: { id: from, at: a },
  to: { id: to, at: b },
  path: [a, b],
});

describe('chooseFrame with extents', () => {
  it('fits the corners a journey gives instead of every point of its path', () => {
    const bowed = { lat: 56, lon: 10 };
    const corners = [
      { lat: 48.85, lon: 2.35 },
      { lat: 56, lon: 13.4 },
    ];
    const frame = chooseFrame(
      [{ id: 'paris', at: PARIS }],
      [
        {
          ...journey('paris', PARIS, 'berlin', BERLIN),
          path: [PARIS, bowed, BERLIN],
          extent: corners,
        },
      ],
    );
    expect(frame.points).toEqual([PARIS, ...corners]);
  });
});

describe('chooseFrame', () => {
  const places = [
    { id: 'kyiv', at: KYIV },
    { id: 'paris', at: PARIS },
    { id: 'berlin', at: BERLIN },
    { id: 'warsaw', at: WARSAW },
    { id: 'washington', at: WASHINGTON },
  ];
  const journeys = [
    journey('paris', PARIS, 'kyiv', KYIV),
    journey('berlin', BERLIN, 'kyiv', KYIV),
    journey('warsaw', WARSAW, 'kyiv', KYIV),
    journey('washington', WASHINGTON, 'kyiv', KYIV),
  ];

  it('leaves an origin far beyond the story out of the fit, with its distance', () => {
    const frame = chooseFrame(places, journeys);
    expect(frame.far.map((f) => f.id)).toEqual(['washington']);
    expect(frame.far[0]?.to).toBe('kyiv');
    expect(frame.far[0]?.km).toBeGreaterThan(7700);
    expect(frame.far[0]?.km).toBeLessThan(8000);
    expect(frame.points).not.toContainEqual(WASHINGTON);
    expect(frame.points).toContainEqual(PARIS);
  });

  it('keeps the far origin when it is selected', () => {
    const frame = chooseFrame(places, journeys, new Set(['washington']));
    expect(frame.far).toEqual([]);
    expect(frame.points).toContainEqual(WASHINGTON);
  });

  it('keeps every origin when all journeys are long', () => {
    const frame = chooseFrame(
      [
        { id: 'stockholm', at: STOCKHOLM },
        { id: 'washington', at: WASHINGTON },
      ],
      [journey('stockholm', STOCKHOLM, 'washington', WASHINGTON)],
    );
    expect(frame.far).toEqual([]);
    expect(frame.points).toHaveLength(4);
  });

  it('never calls a European origin far', () => {
    const frame = chooseFrame(places.slice(0, 4), journeys.slice(0, 3));
    expect(frame.far).toEqual([]);
  });
});

describe('fitPadding', () => {
  const size = { width: 800, height: 600 };
  it('reserves the strip beside a tall legend for square content', () => {
    const legend = { left: 600, top: 300, right: 790, bottom: 590 };
    const padding = fitPadding(size, [legend], 1);
    // Square content loses less by giving up the right-hand strip than the bottom half.
    expect(padding.bottomRight[0]).toBeGreaterThanOrEqual(800 - 600);
    expect(padding.bottomRight[1]).toBe(24);
  });

  it('reserves the strip below a low legend for wide content', () => {
    const legend = { left: 600, top: 500, right: 790, bottom: 590 };
    const padding = fitPadding(size, [legend], 3);
    expect(padding.bottomRight[1]).toBeGreaterThanOrEqual(600 - 500);
    expect(padding.bottomRight[0]).toBe(24);
  });

  it('keeps clear of a control at the top left too', () => {
    const zoom = { left: 10, top: 10, right: 44, bottom: 80 };
    const padding = fitPadding(size, [zoom], 1);
    expect(padding.topLeft[0] >= 44 || padding.topLeft[1] >= 80).toBe(true);
  });

  it('ignores what lies outside the map', () => {
    const sidebar = { left: -400, top: 0, right: 0, bottom: 600 };
    expect(fitPadding(size, [sidebar], 1)).toEqual({ topLeft: [24, 24], bottomRight: [24, 24] });
  });
});

describe('edgePoint', () => {
  const frame = { left: 0, top: 0, right: 100, bottom: 100 };
  it('is where the arc crosses the border, pointing towards the origin', () => {
    const path = [
      { x: -100, y: 50 },
      { x: 0 - 50, y: 50 },
      { x: 50, y: 50 },
    ];
    const point = edgePoint(path, frame);
    expect(point).toEqual({ x: 0, y: 50, angle: 180 });
  });

  it('is null when the origin is in view', () => {
    expect(
      edgePoint(
        [
          { x: 10, y: 10 },
          { x: 50, y: 50 },
        ],
        frame,
      ),
    ).toBeNull();
  });
});
