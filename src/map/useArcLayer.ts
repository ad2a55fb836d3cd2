/**
 * The travel arcs as Leaflet layers: each created once, then only shown, hidden, restyled and
 * renamed as the view changes. Arcs are focusable, named buttons (Leaflet paths are not by
 * default) and answer Enter, Space and Escape.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { ArcShape } from './arcs.ts';
import { fanTurns, turnArrival, type Arrival } from './fanIn.ts';
import { screenArrow, type ScreenPoint } from './geometry.ts';
import { parkableLine, parkablePolygon, setParked } from './parkedPath.ts';
import { hasPixels, setPixels, simplified } from './pixelPath.ts';
import { isSceneCanvas } from './sceneCanvas.ts';
import { sceneName } from './sceneName.ts';
import { arcKey, arcStyle, arrowStyle, type ArcLook, type Emphasis } from './styles.ts';

export type BaseLook = Omit<ArcLook, 'emphasis'>;

export interface ArcEnd {
  /** The destination dot's radius: the arrow's tip touches its edge. */
  radius: number;
  /** Arrowhead length in pixels. */
  head: number;
  /** Arrowhead width at its base in pixels; as long as it is wide if unset. */
  width?: number;
  /** The destination's id: arcs that share one fan in, so their heads stay apart. */
  to?: string;
}

const DEFAULT_END: ArcEnd = { radius: 6, head: 9 };

export interface ArcLooks {
  /** Each arc's own look, made once per release. */
  base: Map<string, BaseLook>;
  /** Arcs with an emphasis of their own (selected, related, hovered): a few, not all. */
  emphasised: Map<string, Emphasis>;
  /** Everyone else's: 'dimmed' while something is selected, else 'normal'. */
  fallback: Emphasis;
}

export interface ArcLayerProps {
  arcs: Map<string, ArcShape>;
  /** Ids of the arcs in view, in Tab order. */
  visible: string[];
  looks: ArcLooks;
  labels: Map<string, string>;
  /** Each arc's destination dot radius (the tip touches its edge) and arrowhead length, in pixels. */
  ends: Map<string, ArcEnd>;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

interface ArcLayers {
  line: L.Polyline;
  head: L.Polygon;
  /**
   * An SVG arc that is dashed or dotted: an unseen, wider line over it that takes the pointer.
   * SVG hit-tests only the painted dashes, so a dotted arc answered a pointer over a third of
   * its length at best. (Canvas hit-tests the whole line.)
   */
  hit?: L.Polyline;
  /** The geometry the layers were made or last reshaped from. */
  shape: ArcShape;
  /** The path's points projected at zoom 0, made once: any zoom's pixels are a multiple. */
  world?: L.Point[];
  /** Its turn into the fan at its destination, at each zoom shaped lately (see SHAPED_ZOOMS). */
  turns: Map<number, number>;
  /** Its line and head in pixels at those zooms, once shown at them. */
  drawn: Map<number, { line: ScreenPoint[]; head: ScreenPoint[] }>;
  /** The reshape its points were last set by: a hidden arc is reshaped when it is shown. */
  shapedIn?: number;
  shown: boolean;
  /** Style key last applied, so unchanged arcs are not restyled. */
  styled?: string;
}

/** How far, in pixels, a line may stray when simplified: Leaflet's default smoothFactor. */
const SMOOTHING = 1;

/** How wide a dashed or dotted arc is to the pointer, in pixels. */
const HIT_WIDTH = 10;

/**
 * How many zooms the arcs' turns and points are kept for: a filter that frames a meeting and
 * then all of them goes back to a zoom already shaped, and turning 10 000 arcs again is most
 * of what that costs.
 */
const SHAPED_ZOOMS = 3;

/** Above this many arcs, keeping Tab order costs more than it is worth; the list serves. */
const ORDERED_UP_TO = 2000;

/** An arc's paths: its line, its head and, if it has one, its unseen hit line. */
const pathsOf = (arc: ArcLayers): L.Path[] =>
  arc.hit ? [arc.line, arc.head, arc.hit] : [arc.line, arc.head];

/** Raises an arc's line over the others, and its hit line over that. */
function raise(arc: ArcLayers): void {
  arc.line.bringToFront();
  arc.hit?.bringToFront();
}

const hasFocus = (line: L.Polyline | undefined) =>
  line !== undefined && line.getElement() === document.activeElement;

const toLatLngs = (points: { lat: number; lon: number }[]) =>
  points.map((p) => L.latLng(p.lat, p.lon));

/**
 * Layers live as long as the map: an arc is made the first time its id appears, kept while its
 * id stays in `arcs` (its points updated if its shape changes), and removed when the id goes.
 * Showing, hiding, restyling and renaming never re-create a layer, so arcs never jump.
 */
export function useArcLayer({
  arcs,
  visible,
  looks,
  labels,
  ends,
  onSelect,
  onHover,
}: ArcLayerProps): void {
  const map = useMap();
  const layers = useRef(new Map<string, ArcLayers>());
  const group = useRef<L.LayerGroup | null>(null);
  const select = useEffectEvent((id: string | null) => onSelect(id));
  const hover = useEffectEvent((id: string | null) => onHover(id));
  const nameOf = useEffectEvent((id: string) => labels.get(id) ?? id);

  /**
   * Arcs are drawn in screen space for the current zoom, so a head keeps its size on screen;
   * the layers stay the same objects, only their points change. Points are pixels at a zoom
   * (pixelPath.ts), good for any pan at that zoom. Arcs to one place fan in over all the
   * release's arcs, not only those in view, so a filter never moves an arc. Each reshape (a
   * new zoom, new arcs) turns every arc into its fan, unless that zoom's turns are kept, but
   * sets the points only of the arcs shown; the others get theirs when they are shown (`place`).
   */
  const reshapes = useRef(0);
  /** The zooms whose turns every arc holds, least recently used first. */
  const turnedZooms = useRef<number[]>([]);
  const zoomPixels = (arc: ArcLayers, zoom: number): ScreenPoint[] => {
    arc.world ??= arc.shape.path.map((p) => map.project([p.lat, p.lon], 0));
    const scale = map.getZoomScale(zoom, 0);
    return arc.world.map((p) => [p.x * scale, p.y * scale]);
  };
  const arrival = (id: string, arc: ArcLayers, zoom: number) => {
    const end = ends.get(id) ?? DEFAULT_END;
    return { points: zoomPixels(arc, zoom), trim: end.radius + 1.5, ...end };
  };
  /** Sets an arc's points for the current zoom from its turn (once per reshape). */
  const place = useEffectEvent((id: string, arc: ArcLayers, measured?: Arrival) => {
    if (arc.shapedIn === reshapes.current) return;
    arc.shapedIn = reshapes.current;
    const zoom = map.getZoom();
    let drawn = arc.drawn.get(zoom);
    if (!drawn) {
      const turn = arc.turns.get(zoom);
      const fanned = measured ?? arrival(id, arc, zoom);
      const turned = turnArrival(fanned, turn ?? 0);
      const arrow = screenArrow(turned, fanned.trim, fanned.head, fanned.width);
      // Simplified once here, not by Leaflet on every projection (the lines' smoothFactor is 0).
      drawn = { line: simplified(arrow.line, SMOOTHING), head: arrow.head };
      // Kept only with its turn: an arc shown while a zoom animates (the map already at the new
      // zoom, its zoomend and the turns to come) is drawn unturned for the moment, not for good.
      if (turn !== undefined) arc.drawn.set(zoom, drawn);
    }
    const { line, head } = drawn;
    // Still holding these very points (hidden and shown again at this zoom): nothing to set.
    if (hasPixels(arc.line, zoom, line)) return;
    setPixels(arc.line, zoom, line);
    if (arc.hit) setPixels(arc.hit, zoom, line);
    setPixels(arc.head, zoom, head);
  });
  /** Turns every arc into its fan at `zoom`; the arcs shown are placed with what was measured. */
  const turnAll = useEffectEvent((zoom: number) => {
    const byPlace = new Map<string, { id: string; arc: ArcLayers }[]>();
    for (const [id, arc] of layers.current) {
      const key = ends.get(id)?.to ?? `arc:${id}`;
      const group = byPlace.get(key) ?? [];
      group.push({ id, arc });
      byPlace.set(key, group);
    }
    for (const group of byPlace.values()) {
      const arrivals = group.map(({ id, arc }) => arrival(id, arc, zoom));
      const turns = fanTurns(arrivals);
      group.forEach(({ id, arc }, i) => {
        arc.turns.set(zoom, turns[i] ?? 0);
        const fanned = arrivals[i];
        if (arc.shown && fanned) place(id, arc, fanned);
      });
    }
    const zooms = turnedZooms.current;
    zooms.push(zoom);
    for (const gone of zooms.splice(0, Math.max(0, zooms.length - SHAPED_ZOOMS))) {
      for (const arc of layers.current.values()) {
        arc.turns.delete(gone);
        arc.drawn.delete(gone);
      }
    }
  });
  const reshape = useEffectEvent(() => {
    reshapes.current++;
    const zoom = map.getZoom();
    const zooms = turnedZooms.current;
    // Most recently used last, so the zoom of all meetings, come back to often, stays.
    if (zooms.includes(zoom)) zooms.push(...zooms.splice(zooms.indexOf(zoom), 1));
    else turnAll(zoom);
    for (const [id, arc] of layers.current) if (arc.shown) place(id, arc);
  });
  /** New arcs or ends: every fan is measured again. */
  const unshape = () => {
    turnedZooms.current = [];
    for (const arc of layers.current.values()) {
      arc.turns.clear();
      arc.drawn.clear();
    }
  };

  /**
   * Gives the arcs `ids` their current look, skipping those already in it and those hidden.
   * Used when an arc is shown and when looks change.
   */
  const restyle = useEffectEvent((ids: Iterable<string>) => {
    const { base, emphasised, fallback } = looks;
    for (const id of ids) {
      const arc = layers.current.get(id);
      const own = base.get(id);
      // A hidden arc is styled when it is shown.
      if (!arc || !own || !arc.shown) continue;
      const look: ArcLook = { ...own, emphasis: emphasised.get(id) ?? fallback };
      const key = arcKey(look);
      if (arc.styled === key) continue;
      arc.line.setStyle(arcStyle(look));
      arc.head.setStyle(arrowStyle(look));
      arc.styled = key;
      // Raise the selected arc, unless it has keyboard focus: moving its node would blur it.
      // Hover and focus never move arcs, so Tab order keeps following the list.
      if (look.emphasis === 'selected' && !hasFocus(arc.line)) raise(arc);
    }
  });

  /**
   * Shows or hides an arc. An arc joins the map when first shown and stays: adding a path
   * again would make, project and draw it anew. Hidden, it is parked (left out of Leaflet's
   * work on each view change); an SVG arc's elements are not displayed, a Canvas arc (no
   * elements) is not drawn and takes no events. Shown, it gets the points of the current view.
   */
  const setShown = useEffectEvent((arc: ArcLayers, id: string, shown: boolean) => {
    const target = group.current;
    if (!target || arc.shown === shown) return;
    arc.shown = shown;
    arc.line.options.interactive = shown;
    if (arc.hit) arc.hit.options.interactive = shown;
    if (shown) {
      restyle([id]);
      place(id, arc);
    }
    // Points set while parked cost no projection; unparking projects them once.
    for (const path of pathsOf(arc)) setParked(path, !shown);
    if (!target.hasLayer(arc.line)) {
      if (!shown) return;
      target.addLayer(arc.head);
      target.addLayer(arc.line);
      if (arc.hit) target.addLayer(arc.hit);
    }
    for (const path of pathsOf(arc)) {
      const element = path.getElement() as SVGElement | undefined;
      if (element) element.style.display = shown ? '' : 'none';
    }
  });

  /** Makes an SVG arc a named button; with Canvas there is no element, and the list serves instead. */
  const makeAccessible = useEffectEvent((id: string, line: L.Polyline) => {
    const element = line.getElement();
    if (!element || element.hasAttribute('role')) return;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', nameOf(id));
    element.setAttribute('data-journey', id);
    // Lit only by focus that shows (see usePlaceLayer): not by focus given back after a tap.
    element.addEventListener('focus', () => {
      if (element.matches(':focus-visible')) hover(id);
    });
    element.addEventListener('blur', () => hover(null));
  });

  const create = useEffectEvent((id: string, shape: ArcShape): ArcLayers => {
    const line = parkableLine(toLatLngs(shape.path), {
      bubblingMouseEvents: false,
      smoothFactor: 0,
    });
    const head = parkablePolygon(toLatLngs(shape.head), { interactive: false });
    // Dashed or dotted as arcStyle draws it: the one place that says which looks are.
    const own = looks.base.get(id);
    const dashed = own !== undefined && arcStyle({ ...own, emphasis: 'normal' }).dashArray;
    const hit =
      dashed && !(map.options.renderer instanceof L.Canvas)
        ? parkableLine(toLatLngs(shape.path), {
            bubblingMouseEvents: false,
            smoothFactor: 0,
            weight: HIT_WIDTH,
            opacity: 0,
            className: 'arc-hit',
          })
        : undefined;
    // Which arc an unseen line is for, to whoever inspects the page (tests, a curious reader).
    hit?.on('add', () => {
      hit.getElement()?.setAttribute('data-hit-for', id);
      hit.getElement()?.setAttribute('aria-hidden', 'true');
    });
    for (const target of hit ? [line, hit] : [line]) {
      target.on('click', () => select(id));
      target.on('mouseover', () => hover(id));
      target.on('mouseout', () => hover(null));
    }
    line.on('add', () => makeAccessible(id, line));
    line.on('keydown', (event: L.LeafletKeyboardEvent) => {
      const key = event.originalEvent.key;
      if (key === 'Enter' || key === ' ') {
        event.originalEvent.preventDefault();
        select(id);
      } else if (key === 'Escape') select(null);
    });
    return { line, head, hit, shape, turns: new Map(), drawn: new Map(), shown: false };
  });

  // The group lives as long as the map; leaving the map (or Strict Mode's second mount) starts
  // again from no layers.
  useEffect(() => {
    group.current = L.layerGroup().addTo(map);
    // A head's size is in pixels: a new zoom sizes it again (a pan or view reset does not).
    const onZoom = () => reshape();
    map.on('zoomend', onZoom);
    const owned = layers.current;
    return () => {
      map.off('zoomend', onZoom);
      group.current?.remove();
      group.current = null;
      owned.clear();
    };
  }, [map]);

  // Keep one layer pair per arc: make new ones, update changed ones, drop the ones gone.
  useEffect(() => {
    for (const [id, arc] of layers.current) {
      if (arcs.has(id)) continue;
      for (const path of pathsOf(arc)) group.current?.removeLayer(path);
      layers.current.delete(id);
    }
    for (const [id, shape] of arcs) {
      const arc = layers.current.get(id);
      if (!arc) layers.current.set(id, create(id, shape));
      else if (arc.shape !== shape) {
        arc.shape = shape;
        arc.world = undefined;
      }
    }
  }, [map, arcs]);

  // Every arc, shown or not, so fans are the same whatever a filter shows and showing an arc
  // needs no geometry.
  useEffect(() => {
    unshape();
    reshape();
  }, [map, arcs, ends]);

  const { base, emphasised, fallback } = looks;
  const scene = useMemo(() => sceneName(visible), [visible]);

  // Hide what leaves the view before anything else moves the map: a fit (FitView, a child, so
  // its effects run before these) then neither projects nor draws arcs on their way out. On a
  // Canvas that keeps pictures, the scene is changing: drawn whole once it is complete, never
  // before (a fit's redraw waits for the frame), and not remembered until it is named below.
  useLayoutEffect(() => {
    const renderer = map.options.renderer;
    if (isSceneCanvas(renderer)) renderer.changing();
    const wanted = new Set(visible);
    for (const [id, arc] of layers.current) if (!wanted.has(id)) setShown(arc, id, false);
  }, [map, visible, arcs]);

  // Show what is in view, touching only what changed; then put SVG arcs in list order so Tab
  // follows the list of journeys (moving a DOM node restyles nothing). Canvas arcs take no
  // focus, and reordering them would cost the pictures the renderer keeps.
  useEffect(() => {
    for (const id of visible) {
      const arc = layers.current.get(id);
      if (arc) setShown(arc, id, true);
    }
    if (
      !(map.options.renderer instanceof L.Canvas) &&
      visible.length <= ORDERED_UP_TO &&
      !visible.some((id) => hasFocus(layers.current.get(id)?.line))
    ) {
      for (const id of visible) {
        const arc = layers.current.get(id);
        if (arc) raise(arc);
      }
    }
  }, [map, visible, arcs]);

  // The scene now shown, for a Canvas that keeps pictures: the arcs in view in their shared
  // look. One with arcs of their own emphasis (a hover, a selection) is fleeting and not kept.
  useEffect(() => {
    const renderer = map.options.renderer;
    if (isSceneCanvas(renderer))
      renderer.scene(emphasised.size > 0 ? null : `${fallback}|${scene}`);
  }, [map, scene, arcs, emphasised, fallback]);
  // New shapes or looks under the same names: the pictures are out of date.
  useEffect(() => {
    const renderer = map.options.renderer;
    if (isSceneCanvas(renderer)) renderer.forget();
  }, [map, arcs, ends, base]);

  // Restyle only the arcs whose look may have changed: all of them when the map, the base looks
  // or the shared emphasis change; otherwise only those emphasised before or now. (Arcs are
  // styled as they are shown.)
  const styledWith = useRef<{ map: L.Map; looks: ArcLooks } | null>(null);
  useEffect(() => {
    const before = styledWith.current;
    const all =
      !before ||
      before.map !== map ||
      before.looks.base !== base ||
      before.looks.fallback !== fallback;
    const ids = all
      ? layers.current.keys()
      : new Set([...before.looks.emphasised.keys(), ...emphasised.keys()]);
    restyle(ids);
    styledWith.current = { map, looks: { base, emphasised, fallback } };
  }, [map, arcs, base, emphasised, fallback]);

  // Names change with the language (and the overview's counts); arcs not on the map are named
  // when they are added.
  useEffect(() => {
    for (const id of visible) {
      const element = layers.current.get(id)?.line.getElement();
      const name = labels.get(id) ?? id;
      if (element && element.getAttribute('aria-label') !== name)
        element.setAttribute('aria-label', name);
    }
  }, [labels, visible]);
}
