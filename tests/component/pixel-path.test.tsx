/**
 * Arc paths take their points in pixels at a zoom (pixelPath.ts): at that zoom they are drawn
 * there whatever the pan, at another zoom from their latitudes and longitudes, and a parked
 * path given new pixels is drawn with them once unparked. Leaflet's SVG renderer in happy-dom,
 * which lays nothing out: the map is given its size.
 */
import { afterEach, describe, expect, it } from 'vitest';
import L from 'leaflet';
import { parkableLine, setParked } from '../../src/map/parkedPath.ts';
import { setPixels } from '../../src/map/pixelPath.ts';
import type { ScreenPoint } from '../../src/map/geometry.ts';

const LATLNGS: L.LatLngExpression[] = [
  [59.33, 18.07],
  [50.45, 30.52],
];

let map: L.Map | null = null;
afterEach(() => {
  map?.remove();
  map = null;
});

function mapAt(center: L.LatLngExpression, zoom: number): L.Map {
  const element = document.createElement('div');
  Object.defineProperty(element, 'clientWidth', { value: 800 });
  Object.defineProperty(element, 'clientHeight', { value: 600 });
  document.body.append(element);
  map = L.map(element, { renderer: L.svg(), zoomAnimation: false, fadeAnimation: false });
  return map.setView(center, zoom);
}

const pathOf = (layer: L.Path) => (layer.getElement() as SVGPathElement).getAttribute('d');

/** Pixels at the map's zoom that land on (x, y) and (x + 100, y + 50) of its layer. */
function pixelsAt(on: L.Map, x: number, y: number): ScreenPoint[] {
  const origin = on.getPixelOrigin();
  return [
    [origin.x + x, origin.y + y],
    [origin.x + x + 100, origin.y + y + 50],
  ];
}

describe('a path given pixels at a zoom', () => {
  it('is drawn at those pixels, less the pixel origin, and keeps them through a pan', () => {
    const on = mapAt([55, 20], 4);
    const line = parkableLine(LATLNGS, {}).addTo(on);
    const pixels = pixelsAt(on, 10, 20);
    setPixels(line, 4, pixels);
    expect(pathOf(line)).toBe('M10 20L110 70');

    const before = on.getPixelOrigin();
    // A view reset (a new pixel origin), as a fit far away makes; Leaflet's typings omit `reset`.
    on.setView([54, 19], 4, { reset: true } as L.ZoomPanOptions);
    const after = on.getPixelOrigin();
    expect(after.equals(before)).toBe(false);
    const [dx, dy] = [before.x - after.x, before.y - after.y];
    expect(pathOf(line)).toBe(`M${10 + dx} ${20 + dy}L${110 + dx} ${70 + dy}`);
  });

  it('is drawn from its latitudes and longitudes at any other zoom', () => {
    const on = mapAt([55, 20], 4);
    const line = parkableLine(LATLNGS, {}).addTo(on);
    const plain = L.polyline(LATLNGS).addTo(on);
    setPixels(line, 4, pixelsAt(on, 10, 20));
    on.setZoom(5);
    expect(pathOf(line)).toMatch(/^M-?\d+ -?\d+L/);
    expect(pathOf(line)).toBe(pathOf(plain));
  });

  it('given new pixels while parked, is drawn with them when unparked', () => {
    const on = mapAt([55, 20], 4);
    const line = parkableLine(LATLNGS, {}).addTo(on);
    setPixels(line, 4, pixelsAt(on, 10, 20));
    setParked(line, true);
    setPixels(line, 4, pixelsAt(on, 30, 40));
    expect(pathOf(line)).toBe('M10 20L110 70');
    setParked(line, false);
    expect(pathOf(line)).toBe('M30 40L130 90');
  });
});
