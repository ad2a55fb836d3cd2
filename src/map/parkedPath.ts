/**
 * Paths that can be parked: kept on the map (an SVG path keeps its element, a Canvas path its
 * place in the drawing order) but left out of the work Leaflet does for every path on each
 * view change (project, clip, draw). With 10 000 journeys and a filter that shows 4 000,
 * that work for the 6 000 hidden ones is most of a fit. A parked path that missed such work
 * (the view or its points changed) is projected again when it is unparked, for the view of
 * that moment; one that missed none is only drawn again.
 */
import L from 'leaflet';
import type { ScreenPoint } from './geometry.ts';
import { pixelProjection, type PixelProjection } from './pixelPath.ts';

/** Leaflet 1.9's per-path view work: what its renderers call on every path, shown or not. */
interface ViewWork extends PixelProjection {
  _update(): void;
  _updatePath(): void;
  _map?: L.Map;
}

interface Parking {
  _parked?: boolean;
  /** Whether view work was skipped while parked: its projected points are out of date. */
  _stale?: boolean;
  /** The zoom and pixel origin the points were last projected for. */
  _projectedFor?: string;
}

/** A path's renderer: Leaflet's Canvas asks for a frame to redraw a path's area. */
interface RendererOf {
  _renderer?: { _requestRedraw?: (path: L.Path) => void };
}

/** The view a path's projected points depend on. */
const viewOf = (map: L.Map) => {
  const origin = map.getPixelOrigin();
  return `${map.getZoom()}|${origin.x}|${origin.y}`;
};

/**
 * The view work of `base`, skipped while parked. Projection is also skipped when neither the
 * view nor the points changed since the last: a fit that zooms makes Leaflet project every
 * path on the view reset and again on zoom end.
 */
function parking(base: ViewWork) {
  return {
    _setLatLngs(this: ViewWork & Parking, latLngs: unknown) {
      this._projectedFor = undefined;
      base._setLatLngs.call(this, latLngs);
    },
    _setPixels(this: ViewWork & Parking, zoom: number, points: ScreenPoint[]) {
      this._projectedFor = undefined;
      base._setPixels.call(this, zoom, points);
    },
    _project(this: ViewWork & Parking) {
      if (this._parked) {
        this._stale = true;
        return;
      }
      const view = this._map ? viewOf(this._map) : undefined;
      if (view !== undefined && view === this._projectedFor) return;
      base._project.call(this);
      this._projectedFor = view;
    },
    _update(this: ViewWork & Parking) {
      if (this._parked) this._stale = true;
      else base._update.call(this);
    },
    _updatePath(this: ViewWork & Parking) {
      if (!this._parked) base._updatePath.call(this);
    },
  };
}

type Make<T> = new (latLngs: L.LatLngExpression[], options: L.PolylineOptions) => T;

/** A Leaflet path class that takes pixels (pixelPath.ts), then can be parked. */
function parkable(Path: { prototype: object; extend: typeof L.Class.extend }) {
  const Pixels = Path.extend(pixelProjection(Path.prototype as unknown as ViewWork));
  return Pixels.extend(parking(Pixels.prototype as unknown as ViewWork));
}

const ParkedLine = parkable(L.Polyline) as unknown as Make<L.Polyline>;
const ParkedPolygon = parkable(L.Polygon) as unknown as Make<L.Polygon>;

export const parkableLine = (latLngs: L.LatLngExpression[], options: L.PolylineOptions) =>
  new ParkedLine(latLngs, options);

export const parkablePolygon = (latLngs: L.LatLngExpression[], options: L.PolylineOptions) =>
  new ParkedPolygon(latLngs, options);

export const isParked = (path: L.Path): boolean => (path as Parking)._parked === true;

/**
 * Parks or unparks `path`. Parking asks the renderer to draw the path's area again (Canvas,
 * which then skips it). Unparking projects and draws it for the current view, or, if nothing
 * changed while it was parked, only asks for it to be drawn (a redraw while still parked
 * does no view work).
 */
export function setParked(path: L.Path, parked: boolean): void {
  const state = path as Parking;
  if (isParked(path) === parked) return;
  if (parked) {
    state._parked = true;
    // Only the area it covered is drawn again (Canvas; an SVG path's element is hidden by its
    // owner); its points stay current. Cheaper than redraw(), which would go through the
    // projection and clipping it skips, ten thousand times on a busy filter.
    (path as unknown as RendererOf)._renderer?._requestRedraw?.(path);
  } else if (state._stale) {
    state._parked = false;
    state._stale = false;
    path.redraw();
  } else {
    path.redraw();
    state._parked = false;
  }
}
