/**
 * Every route of a large archive as one Leaflet path on the map's Canvas renderer. Thousands of
 * separate paths cost a style update, a redraw and their projected points each on every filter
 * change; this one projects all routes once per zoom and draws those in view in a stroke per
 * look (routeDrawing.ts). It takes part in Leaflet's Canvas renderer as any path does (zoom
 * animation, panning, redraw scheduling, click hit testing), through the methods Leaflet's own
 * paths implement: _project on zoom, _update on move, _updatePath to draw, _containsPoint.
 */
import L from 'leaflet';
import { simplified } from '../map/pixelPath.ts';
import {
  drawRoutes,
  routeAt,
  routeGeometry,
  type RouteArc,
  type RouteGeometry,
  type RouteLook,
} from './routeDrawing.ts';

/** What Leaflet's Canvas renderer gives its paths while it draws. */
interface CanvasInternals {
  _ctx?: CanvasRenderingContext2D;
  _drawing?: boolean;
  /** The canvas's extent in layer pixels. */
  _bounds?: L.Bounds;
}

interface Picture {
  shown: Map<string, RouteLook>;
  geometry: Map<string, RouteGeometry>;
  /** What the picture covers, in layer pixels. */
  extent: Box;
  image: HTMLCanvasElement;
}

/** Pixels around the routes' points that their width and heads may cover. */
const MARGIN = 24;
/** A picture covers this much of the canvas's size more on every side. */
const SPARE = 0.25;

/** Layer pixels: min x, min y, max x, max y. */
type Box = RouteGeometry['box'];

const boxOf = (b: L.Bounds | null | undefined): Box | null =>
  b?.min && b.max ? [b.min.x, b.min.y, b.max.x, b.max.y] : null;

/** The part of `a` inside `b`, or null if they do not overlap. */
function clip(a: Box, b: Box): Box | null {
  const box: Box = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return box[0] < box[2] && box[1] < box[3] ? box : null;
}

const contains = (outer: Box, inner: Box) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/** Views kept as pictures: every journey, and the last two filters. */
const PICTURES = 3;

export class RouteBundle extends L.Path {
  private arcs: RouteArc[];
  private colour: string;
  private geometry = new Map<string, RouteGeometry>();
  private shown = new Map<string, RouteLook>();
  /**
   * The last few views drawn (the routes shown, at this zoom, over this part of the layer):
   * going back to one, as to every journey after a filter, is one copy, not thousands of
   * strokes. A zoom or a pan beyond the canvas draws anew.
   */
  private pictures: Picture[] = [];
  /** The route under the pointer at the last hit test: the one a click is about. */
  hit: string | null = null;
  declare _pxBounds?: L.Bounds;

  constructor(arcs: RouteArc[], colour: string) {
    super();
    // Leaflet's classes take options in their own initialize; L.Path has none.
    L.setOptions(this, { interactive: true, bubblingMouseEvents: false });
    this.arcs = arcs;
    this.colour = colour;
  }

  /** Shows these routes with these looks, and only these; redraws once. */
  show(shown: Map<string, RouteLook>): void {
    this.shown = shown;
    // setStyle asks the renderer for a redraw of this path without projecting it again.
    if (this._map) this.setStyle({});
  }

  // Leaflet calls this on add and on every zoom: all routes' points at the new zoom.
  _project(): void {
    const map = this._map;
    this.geometry = routeGeometry(
      this.arcs,
      (lat, lon) => {
        const point = map.latLngToLayerPoint([lat, lon]);
        return [point.x, point.y];
      },
      // Leaflet's own simplification, with its paths' default tolerance (smoothFactor 1).
      (points) => simplified(points, 1),
    );
    let bounds: L.Bounds | undefined;
    for (const { box } of this.geometry.values()) {
      if (!Number.isFinite(box[0])) continue;
      bounds ??= L.bounds([box[0], box[1]], [box[2], box[3]]);
      bounds.extend([box[0], box[1]]).extend([box[2], box[3]]);
    }
    this._pxBounds = bounds;
  }

  // Leaflet calls this after a move; the routes are drawn whole and the canvas clips them.
  _update(): void {}

  _updatePath(): void {
    const canvas = (this as unknown as { _renderer?: CanvasInternals })._renderer;
    const area = boxOf(canvas?._bounds);
    const routes = boxOf(this._pxBounds);
    if (!canvas?._drawing || !canvas._ctx || !area || !routes) return;
    // Only where there are routes (with room for their width and heads).
    const all: Box = [
      routes[0] - MARGIN,
      routes[1] - MARGIN,
      routes[2] + MARGIN,
      routes[3] + MARGIN,
    ];
    const needed = clip(area, all);
    if (!needed) return;
    let picture = this.pictures.find(
      (p) => p.shown === this.shown && p.geometry === this.geometry && contains(p.extent, needed),
    );
    if (picture) {
      // The most recently shown stay longest.
      this.pictures = [picture, ...this.pictures.filter((p) => p !== picture)];
    } else {
      // A little more than the canvas, so that a small pan or refit still finds the picture.
      const [dx, dy] = [(area[2] - area[0]) * SPARE, (area[3] - area[1]) * SPARE];
      const extent = clip([area[0] - dx, area[1] - dy, area[2] + dx, area[3] + dy], all) ?? needed;
      // The picture that drops out lends its canvas: a new one the map's size costs more to
      // make than an old one to clear.
      const spare = this.pictures.length >= PICTURES ? this.pictures.at(-1)?.image : undefined;
      picture = {
        shown: this.shown,
        geometry: this.geometry,
        extent,
        image: this.paint(extent, spare),
      };
      this.pictures = [picture, ...this.pictures].slice(0, PICTURES);
    }
    const [x0, y0, x1, y1] = picture.extent;
    canvas._ctx.drawImage(picture.image, x0, y0, x1 - x0, y1 - y0);
  }

  /** The routes in view drawn over `extent` (layer pixels), on `reuse` if it is that size. */
  private paint(extent: Box, reuse?: HTMLCanvasElement): HTMLCanvasElement {
    const [x0, y0, x1, y1] = extent;
    const scale = L.Browser.retina ? 2 : 1;
    const [width, height] = [Math.ceil(scale * (x1 - x0)), Math.ceil(scale * (y1 - y0))];
    const fits = reuse?.width === width && reuse.height === height;
    const image = reuse && fits ? reuse : document.createElement('canvas');
    if (!fits) [image.width, image.height] = [width, height];
    const pen = image.getContext('2d');
    if (pen) {
      pen.setTransform(1, 0, 0, 1, 0, 0);
      if (fits) pen.clearRect(0, 0, width, height);
      pen.scale(scale, scale);
      pen.translate(-x0, -y0);
      drawRoutes(pen, this.shown, this.geometry, this.colour, extent, scale);
    }
    return image;
  }

  _containsPoint(point: L.Point): boolean {
    this.hit = routeAt(point.x, point.y, this.shown, this.geometry);
    return this.hit !== null;
  }
}
