/**
 * Paths whose points can be given in pixels at one zoom: the map's pixel plane at that zoom,
 * before the pixel origin is taken off, so the points hold for any pan. Arcs are shaped in
 * screen space; turning each point back into a latitude and longitude only for Leaflet to
 * project it again cost more than the shaping itself at 10 000 journeys. At that zoom,
 * projecting is a translation; at any other, the path's latlngs are projected as usual.
 */
import L from 'leaflet';
import type { ScreenPoint } from './geometry.ts';

/** Leaflet 1.9's projection of a polyline or polygon, which this replaces at the pixels' zoom. */
export interface Projection {
  _project(): void;
  _setLatLngs(latLngs: unknown): void;
}

/** What pixelProjection adds: where the pixels are kept (a wrapper may hook in, as parking does). */
export interface PixelProjection extends Projection {
  _setPixels(zoom: number, points: ScreenPoint[]): void;
}

interface Projected {
  _map?: L.Map;
  _rings: L.Point[][];
  _rawPxBounds?: L.Bounds;
  _pxBounds?: L.Bounds;
  _updateBounds(): void;
  _pixels?: { zoom: number; points: ScreenPoint[] };
}

/** The projection of `base`, a translation of the pixels when they are for the map's zoom. */
export function pixelProjection(base: Projection) {
  return {
    _setPixels(this: Projected, zoom: number, points: ScreenPoint[]) {
      this._pixels = { zoom, points };
    },
    _setLatLngs(this: Projection & Projected, latLngs: unknown) {
      this._pixels = undefined;
      base._setLatLngs.call(this, latLngs);
    },
    _project(this: Projection & Projected) {
      const map = this._map;
      const pixels = this._pixels;
      if (!map || !pixels || pixels.zoom !== map.getZoom()) {
        base._project.call(this);
        return;
      }
      const origin = map.getPixelOrigin();
      // Whole pixels, as Leaflet projects (latLngToLayerPoint rounds): crisp, short SVG paths.
      const ring = pixels.points.map(([x, y]) =>
        L.point(Math.round(x) - origin.x, Math.round(y) - origin.y),
      );
      this._rings = [ring];
      // No points (a head too short to draw): no bounds either, so nothing redraws or hit-tests
      // the area where it was.
      this._rawPxBounds = ring.length > 0 ? L.bounds(ring) : undefined;
      if (this._rawPxBounds) this._updateBounds();
      else this._pxBounds = undefined;
    },
  };
}

/** Whether `path` holds `points` as its pixels at `zoom`: the very same array. */
export const hasPixels = (path: L.Path, zoom: number, points: ScreenPoint[]): boolean => {
  const pixels = (path as unknown as Projected)._pixels;
  return pixels?.zoom === zoom && pixels.points === points;
};

/**
 * Gives `path` (made with pixelProjection) `points` in pixels at `zoom`, and redraws it. Its
 * latlngs stay as they were: its bounds, for whoever asks, are those of its geographic shape.
 */
export function setPixels(path: L.Path, zoom: number, points: ScreenPoint[]): void {
  (path as unknown as PixelProjection)._setPixels(zoom, points);
  path.redraw();
}

/** `points` simplified to within `tolerance` pixels, as Leaflet simplifies a line it projects. */
export const simplified = (points: ScreenPoint[], tolerance: number): ScreenPoint[] =>
  L.LineUtil.simplify(
    points.map(([x, y]) => L.point(x, y)),
    tolerance,
  ).map((p): ScreenPoint => [p.x, p.y]);
