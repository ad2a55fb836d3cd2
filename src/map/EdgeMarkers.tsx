/**
 * Named buttons at the map's border for origins left out of the frame ("Washington, 7 800 km"):
 * each points the way and, when activated, widens the view to show the journey whole.
 */
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Lang } from '../model/lang.ts';
import { formatDistance } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { fitClear } from './FitView.tsx';
import { boxesAround, FLOATING } from './floating.ts';
import { edgePoint, type Box, type Frame } from './framing.ts';
import { intersects } from './placement.ts';
import type { LatLon } from './geometry.ts';
import { prefersReducedMotion } from './motion.ts';

/** Distance from the border to the button's near edge. */
const INSET = 6;

interface Shown {
  id: string;
  name: string;
  x: number;
  y: number;
  angle: number;
}

export function EdgeMarkers({
  far,
  places,
  lang,
  t,
}: {
  far: Frame['far'];
  places: Map<string, { at: LatLon; name: string }>;
  lang: Lang;
  t: Messages;
}) {
  const map = useMap();
  const [shown, setShown] = useState<Positioned[]>([]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let frameRequest = 0;
    // After the label step of the same move has run, so the buttons can avoid its labels.
    const update = () => {
      cancelAnimationFrame(frameRequest);
      frameRequest = requestAnimationFrame(place);
    };
    const place = () => {
      const size = map.getSize();
      const frame = { left: 0, top: 0, right: size.x, bottom: size.y };
      const next: Shown[] = [];
      for (const origin of far) {
        const name = places.get(origin.id)?.name ?? origin.id;
        const path = origin.path.map((p) => map.latLngToContainerPoint([p.lat, p.lon]));
        const point = edgePoint(path, frame);
        if (point)
          next.push({
            id: origin.id,
            name: t.farPlace(name, formatDistance(origin.km, lang)),
            ...point,
          });
      }
      setShown(layoutEdgeMarkers(next, size, occupied(map.getContainer())));
    };
    update();
    map.on('moveend zoomend resize', update);
    return () => {
      cancelAnimationFrame(frameRequest);
      map.off('moveend zoomend resize', update);
    };
  }, [map, far, places, lang, t]);

  useEffect(() => {
    if (root.current) L.DomEvent.disableClickPropagation(root.current);
  }, []);

  const show = (id: string) => {
    const origin = far.find((o) => o.id === id);
    const destination = origin && places.get(origin.to);
    if (!origin || !destination) return;
    const { lat: a, lon: b } = origin.at;
    const { lat: c, lon: d } = destination.at;
    fitClear(
      map,
      [
        [Math.min(a, c), Math.min(b, d)],
        [Math.max(a, c), Math.max(b, d)],
      ],
      { animate: !prefersReducedMotion() },
    );
  };

  return (
    <div ref={root} className="edge-markers">
      {shown.map((s) => (
        <button
          key={s.id}
          type="button"
          className="edge-marker"
          data-edge-place={s.id}
          title={t.farPlaceAction}
          style={edgeStyle(s, map.getSize().x)}
          onClick={() => show(s.id)}
        >
          <span className="edge-arrow" aria-hidden="true" style={{ rotate: `${s.angle}deg` }}>
            ➜
          </span>
          {s.name}
        </button>
      ))}
    </div>
  );
}

/** What an edge button must not cover: dots, shown labels, the map's controls. */
function occupied(container: HTMLElement): Box[] {
  const selectors = [
    '.leaflet-marker-icon:not(.place-icon--clustered) .place-dot',
    '.leaflet-marker-icon:not(.place-icon--clustered) .place-label:not(.place-label--hidden)',
    FLOATING,
  ].join(', ');
  return boxesAround(container, selectors, 2);
}

/** Height of a row of edge buttons, and an estimate of their width, in pixels. */
const ROW = 28;
const WIDTH = 160;

/**
 * A button's box on the border the arc crosses, kept inside the map; buttons that would meet
 * are stacked a row apart, so two origins in one direction both show.
 */
export function layoutEdgeMarkers(
  markers: Shown[],
  size: { x: number; y: number },
  avoid: Box[] = [],
): Positioned[] {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const placed: Positioned[] = [];
  const sorted = [...markers].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const m of sorted) {
    const sideways = Math.abs(Math.cos((m.angle * Math.PI) / 180)) > 0.5;
    const east = m.angle > -90 && m.angle < 90;
    const south = m.angle > 0;
    let top = sideways
      ? clamp(m.y - ROW / 2, INSET, size.y - ROW - INSET)
      : south
        ? size.y - ROW - INSET
        : INSET;
    const left = sideways
      ? east
        ? size.x - WIDTH - INSET
        : INSET
      : clamp(m.x - WIDTH / 2, INSET, size.x - WIDTH - INSET);
    // Slide along the border, nearest first, to a spot that covers no marker, label or button.
    const free = (l: number, t: number) => {
      const box = { left: l, top: t, right: l + WIDTH, bottom: t + ROW };
      return (
        !placed.some((p) => Math.abs(p.left - l) < WIDTH && Math.abs(p.top - t) < ROW) &&
        !avoid.some((a) => intersects(a, box))
      );
    };
    const slides = [
      0,
      ...Array.from({ length: 24 }, (_, k) => [(k + 1) * 12, -(k + 1) * 12]).flat(),
    ];
    let spot: [number, number] | undefined;
    for (const d of slides) {
      const [l, t] = sideways
        ? [left, clamp(top + d, INSET, size.y - ROW - INSET)]
        : [clamp(left + d, INSET, size.x - WIDTH - INSET), top];
      if (free(l, t)) {
        spot = [l, t];
        break;
      }
    }
    // Nowhere free: stack inwards from the border.
    if (!spot) {
      while (placed.some((p) => Math.abs(p.left - left) < WIDTH && Math.abs(p.top - top) < ROW))
        top += south && !sideways ? -ROW : ROW;
      spot = [left, top];
    }
    placed.push({ ...m, left: spot[0], top: spot[1], east: sideways && east });
  }
  return placed;
}

interface Positioned extends Shown {
  top: number;
  left: number;
  /** On the east border: anchored by its right edge. */
  east: boolean;
}

function edgeStyle(p: Positioned, width: number): CSSProperties {
  return p.east ? { top: p.top, right: width - p.left - WIDTH } : { top: p.top, left: p.left };
}
