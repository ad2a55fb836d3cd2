/**
 * Arcs that reach one place fan in at each zoom, and the arc layer keeps each zoom's points.
 * An arc shown while a zoom animates (Leaflet sets the new zoom when the animation starts and
 * fires zoomend when it ends) has no turn for that zoom yet: once the zoom ends, it must be
 * drawn turned, exactly as if it had been shown at that zoom from the start.
 * Leaflet's SVG renderer in happy-dom, which lays nothing out: the map is given its size.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import L from 'leaflet';
import { MapContainer, useMap } from 'react-leaflet';
import { useEffect } from 'react';
import { useArcLayer, type ArcEnd, type BaseLook } from '../../src/map/useArcLayer.ts';
import { arcPath, arrowHead, type LatLon } from '../../src/map/geometry.ts';
import type { ArcShape } from '../../src/map/arcs.ts';

const PARIS: LatLon = { lat: 48.86, lon: 2.35 };
const FROM: Record<string, LatLon> = {
  berlin: { lat: 52.52, lon: 13.4 },
  brussels: { lat: 50.85, lon: 4.35 },
  amsterdam: { lat: 52.37, lon: 4.9 },
};
const ARCS = new Map<string, ArcShape>(
  Object.entries(FROM).map(([id, from]) => {
    const path = arcPath(from, PARIS);
    return [id, { path, head: arrowHead(path) }];
  }),
);
const LOOK: BaseLook = { colour: '#1f5fa8', remote: false, external: false };
const LOOKS = {
  base: new Map([...ARCS.keys()].map((id) => [id, LOOK])),
  emphasised: new Map(),
  fallback: 'normal' as const,
};
const END: ArcEnd = { radius: 9, head: 9, to: 'paris' };
const ENDS = new Map([...ARCS.keys()].map((id) => [id, END]));
const LABELS = new Map<string, string>();

const size = { clientWidth: 800, clientHeight: 600 };
const saved = Object.keys(size).map(
  (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
);
beforeAll(() => {
  for (const [key, value] of Object.entries(size))
    Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
});
afterAll(() => {
  for (const [key, descriptor] of saved)
    if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

function Arcs({ visible, onMap }: { visible: string[]; onMap: (map: L.Map) => void }) {
  const map = useMap();
  useEffect(() => {
    onMap(map);
  }, [map, onMap]);
  useArcLayer({
    arcs: ARCS,
    visible,
    looks: LOOKS,
    labels: LABELS,
    ends: ENDS,
    onSelect: () => undefined,
    onHover: () => undefined,
  });
  return null;
}

/** The drawn arcs and heads, as their SVG path data, in a stable order. */
const drawn = (container: HTMLElement) =>
  [...container.querySelectorAll('.leaflet-overlay-pane path')]
    .map((path) => path.getAttribute('d') ?? '')
    .sort();

function mount(zoom: number, visible: string[]) {
  let map: L.Map | null = null;
  const onMap = (m: L.Map) => {
    map = m;
  };
  const view = (shown: string[]) => (
    <MapContainer
      center={[50, 5]}
      zoom={zoom}
      renderer={L.svg()}
      zoomAnimation={false}
      fadeAnimation={false}
    >
      <Arcs visible={shown} onMap={onMap} />
    </MapContainer>
  );
  const result = render(view(visible));
  return { ...result, map: () => map as unknown as L.Map, view };
}

/** Leaflet's zoom animation, in two steps: the zoom is set when it starts, zoomend comes at the end. */
interface Animating {
  _move(center: L.LatLng, zoom: number): void;
  _moveEnd(zoomChanged: boolean): void;
}

it('an arc shown while a zoom animates is drawn fanned in once the zoom ends', () => {
  const expected = mount(5, [...ARCS.keys()]);
  const clean = drawn(expected.container);
  expected.unmount();
  expect(clean).toHaveLength(6);

  const { container, map, view, rerender } = mount(4, ['berlin']);
  const animating = map() as unknown as Animating;
  act(() => animating._move(L.latLng(50, 5), 5));
  rerender(view([...ARCS.keys()]));
  act(() => animating._moveEnd(true));
  expect(drawn(container)).toEqual(clean);
});

it('back at a zoom seen before, every arc and head is drawn where it was', () => {
  const { container, map, view, rerender } = mount(5, [...ARCS.keys()]);
  const before = drawn(container);
  act(() => map().setZoom(6));
  const zoomedIn = drawn(container);
  expect(zoomedIn).not.toEqual(before);
  rerender(view(['berlin']));
  act(() => map().setZoom(5));
  rerender(view([...ARCS.keys()]));
  expect(drawn(container)).toEqual(before);
});
