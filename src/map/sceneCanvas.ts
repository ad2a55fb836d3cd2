/**
 * Leaflet's Canvas renderer, remembering the last few pictures it drew. The arc layer says when
 * the arcs shown change and names each scene once shown (which arcs, in which look); a scene
 * that changes is drawn once, whole, in the next frame, and when a scene comes back in the same
 * view, as "all meetings" does after a meeting filter, the renderer puts back its picture with
 * one drawImage instead of stroking ten thousand arcs again. Everything else (hit testing,
 * hover, partial redraws, panning and zooming) is Leaflet's own.
 */
import L from 'leaflet';

/** Pictures kept: "all meetings" and the last filter, so back and forth costs no drawing. */
const KEPT = 2;

/** The parts of Leaflet 1.9's Canvas renderer this builds on. */
interface CanvasInternals {
  _map?: L.Map;
  _container: HTMLCanvasElement;
  _ctx: CanvasRenderingContext2D;
  _bounds: L.Bounds;
  _redrawBounds: L.Bounds | null;
  _redrawRequest: number | null;
  _layers: Record<string, { _update(): void }>;
  _postponeUpdatePaths?: boolean;
  _updatePaths(): void;
  _redraw(): void;
  _clear(): void;
  _draw(): void;
  _extendRedrawBounds(layer: L.Path): void;
  _initPath(layer: L.Path): void;
  _removePath(layer: L.Path): void;
  _bringToFront(layer: L.Path): void;
  _bringToBack(layer: L.Path): void;
}

interface SceneState {
  /** The scene now shown, or null for one not worth keeping (a hover, a selection). */
  _scene: string | null;
  /** A scene is changing: the next frame draws the whole canvas, not the paths that changed. */
  _whole: boolean;
  /** The scene the canvas holds, drawn whole and untouched since; null if none. */
  _drawn: string | null;
  /** Pictures by scene and view, oldest first. */
  _pictures: Map<string, HTMLCanvasElement>;
}

type Self = CanvasInternals & SceneState;

/** A path's place in the renderer's drawing order (a linked list). */
interface Ordered {
  _order?: { prev: unknown; next: unknown };
}

export interface SceneCanvas extends L.Canvas {
  /**
   * The paths shown are about to change: until the next frame draws the canvas whole, a view
   * change only updates the paths (it would draw a scene half made), and no picture is used
   * or kept until the new scene is named.
   */
  changing(): void;
  /**
   * Names the scene the paths now show: the same name means the same paths drawn the same way.
   * Null for a scene not to keep.
   */
  scene(name: string | null): void;
  /** Drops every picture: the paths' shapes or looks changed under the same scene names. */
  forget(): void;
}

const base = L.Canvas.prototype as unknown as CanvasInternals;

/** Where the canvas is: its zoom, pixel origin, and the bounds and size it covers. */
function viewOf(self: Self): string | null {
  const map = self._map;
  if (!map || !self._bounds) return null;
  const origin = map.getPixelOrigin();
  const { min, max } = self._bounds;
  const canvas = self._container;
  return `${map.getZoom()}|${origin.x},${origin.y}|${min?.x},${min?.y},${max?.x},${max?.y}|${canvas.width}x${canvas.height}`;
}

/** Copies the canvas as the picture of `key`, the scene `name` in the view `view`. */
function keep(self: Self, key: string): void {
  const canvas = self._container;
  const picture = document.createElement('canvas');
  picture.width = canvas.width;
  picture.height = canvas.height;
  const drawn = picture.getContext('2d');
  if (!drawn) return;
  drawn.drawImage(canvas, 0, 0);
  self._pictures.delete(key);
  self._pictures.set(key, picture);
  while (self._pictures.size > KEPT) {
    const oldest = self._pictures.keys().next().value;
    if (oldest === undefined) break;
    self._pictures.delete(oldest);
  }
}

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 1000 })
    : setTimeout(task, 50);

/**
 * Keeps the picture of the scene just drawn once the page is idle (copying a large canvas is
 * a few milliseconds better spent after the frame), if the canvas still holds that scene, in
 * that view, by then.
 */
function keepWhenIdle(self: Self, name: string, key: string): void {
  whenIdle(() => {
    if (self._drawn === name && self._scene === name && `${name}@${viewOf(self)}` === key)
      keep(self, key);
  });
}

function forget(self: Self): void {
  self._pictures.clear();
  // What the canvas holds is no longer any scene's picture.
  self._drawn = null;
}

const SceneCanvasClass = L.Canvas.extend({
  initialize(this: Self & { options: L.RendererOptions }, options?: L.RendererOptions) {
    (
      L.Canvas.prototype as unknown as { initialize: (o?: L.RendererOptions) => void }
    ).initialize.call(this, options);
    this._scene = null;
    this._whole = false;
    this._drawn = null;
    this._pictures = new Map();
  },

  changing(this: Self) {
    this._whole = true;
    this._scene = null;
  },

  scene(this: Self, name: string | null) {
    this._scene = name;
    // Back to a scene the canvas does not hold whole (after a hover, a selection): its picture,
    // or one whole drawing, instead of a redraw of each path that changes back.
    if (name !== null && name !== this._drawn) this._whole = true;
  },

  forget(this: Self) {
    forget(this);
  },

  // A new scene is drawn whole: the bounds of thousands of shown and hidden paths would cover
  // it anyway, at the cost of extending a box for each.
  _extendRedrawBounds(this: Self, layer: L.Path) {
    if (!this._whole) base._extendRedrawBounds.call(this, layer);
  },

  // A view change (a fit) while the scene changes updates the paths for the new view but
  // leaves the drawing to the frame, when the scene is complete: drawn now, it would be the
  // old scene, or half the new one, drawn in vain.
  _updatePaths(this: Self) {
    if (!this._whole || this._postponeUpdatePaths) {
      base._updatePaths.call(this);
      return;
    }
    for (const id in this._layers) this._layers[id]?._update();
    this._redrawRequest ||= L.Util.requestAnimFrame(this._redraw, this);
  },

  _redraw(this: Self) {
    if (this._whole) this._redrawBounds = null;
    this._whole = false;
    const whole = !this._redrawBounds;
    // A whole redraw answers every request so far: Leaflet's own, on a view change, would
    // otherwise leave a frame pending that draws everything once more.
    if (whole && this._redrawRequest) L.Util.cancelAnimFrame(this._redrawRequest);
    // Whole, it holds the scene named (or none); redrawn in part, no scene as it was named.
    this._drawn = whole ? this._scene : null;
    const view = whole && this._scene !== null ? viewOf(this) : null;
    const key = view === null ? null : `${this._scene}@${view}`;
    const picture = key === null ? undefined : this._pictures.get(key);
    if (key === null || !picture) {
      base._redraw.call(this);
      if (key !== null && this._scene !== null) keepWhenIdle(this, this._scene, key);
      return;
    }
    this._redrawRequest = null;
    this._clear();
    const ctx = this._ctx;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(picture, 0, 0);
    ctx.restore();
    // Most recently used last, so it is the last to go.
    this._pictures.delete(key);
    this._pictures.set(key, picture);
  },

  // A path added, removed or moved in the drawing order changes every picture it is in.
  _initPath(this: Self, layer: L.Path) {
    forget(this);
    base._initPath.call(this, layer);
  },
  _removePath(this: Self, layer: L.Path) {
    forget(this);
    base._removePath.call(this, layer);
  },
  _bringToFront(this: Self, layer: L.Path) {
    if ((layer as Ordered)._order?.next) forget(this);
    base._bringToFront.call(this, layer);
  },
  _bringToBack(this: Self, layer: L.Path) {
    if ((layer as Ordered)._order?.prev) forget(this);
    base._bringToBack.call(this, layer);
  },
}) as unknown as new (options?: L.RendererOptions) => SceneCanvas;

export const sceneCanvas = (options?: L.RendererOptions): SceneCanvas =>
  new SceneCanvasClass(options);

export const isSceneCanvas = (renderer: unknown): renderer is SceneCanvas =>
  renderer instanceof SceneCanvasClass;
