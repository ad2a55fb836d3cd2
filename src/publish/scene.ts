/**
 * A still picture of a release's map, as plain shapes in pixels: the basemap's countries, the
 * arcs and the places, projected with Web Mercator (as Leaflet does) and fitted to what is in
 * view. The build's share image (SVG through resvg) and the browser's "Download image"
 * (canvas) both draw this one scene, from the same arc geometry as the interactive map.
 */
import type { FeatureCollection, Position } from 'geojson';
import { buildArcs } from '../map/arcs.ts';
import type { LatLon } from '../map/geometry.ts';
import { arcStyle, meetingColours, NO_MEETING_COLOUR } from '../map/styles.ts';
import { atPlace } from '../map/symbols.ts';
import { chooseFrame, type Side } from '../map/framing.ts';
import { formatDistance } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { placeName, type ReleaseIndex } from '../model/view.ts';
import type { Visible } from '../state/selection.ts';

export type Point = [number, number];

export interface SceneArc {
  id: string;
  /** The arc's points, to the centre of its destination (arrows.ts draws its end and head). */
  points: Point[];
  /** The destination's id, and whether a meeting's (larger) dot is drawn there. */
  to: string;
  toMeeting: boolean;
  colour: string;
  width: number;
  opacity: number;
  /** Dash lengths in pixels; empty for a solid line. */
  dash: number[];
}

export interface ScenePlace {
  id: string;
  at: Point;
  name: string;
  /** A meeting is held or planned here; other places are where journeys start. */
  meeting: 'held' | 'planned' | null;
  /** Journeys in view that leave or reach it: the more, the sooner its name is placed. */
  journeys: number;
}

/** An origin far beyond the story (Washington for a meeting in Kyiv), left out of the fit. */
export interface SceneFar {
  id: string;
  /** Its name and distance, as the map's edge marker says it. */
  text: string;
  /** The border its journey leaves the picture by, and that journey's path in pixels. */
  side: Side;
  path: Point[];
}

export interface Scene {
  width: number;
  height: number;
  /** Country outlines: each country a list of rings in pixels. */
  countries: Point[][][];
  arcs: SceneArc[];
  places: ScenePlace[];
  far: SceneFar[];
}

export interface Frame {
  width: number;
  height: number;
  /** Room kept free for the title above and the legend below, in pixels. */
  top: number;
  bottom: number;
}

const mercatorY = (lat: number) => {
  const clamped = Math.max(-85, Math.min(85, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
};
const radians = (lon: number) => (lon * Math.PI) / 180;

/** Fits the points into the frame's free area, with a margin, keeping the map's proportions. */
export function fitProjection(points: LatLon[], frame: Frame): (p: LatLon) => Point {
  // Loops, not Math.min(...): ten thousand arcs are half a million points.
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    const [x, y] = [radians(p.lon), mercatorY(p.lat)];
    [minX, maxX, minY, maxY] = [
      Math.min(minX, x),
      Math.max(maxX, x),
      Math.min(minY, y),
      Math.max(maxY, y),
    ];
  }
  const margin = 0.12;
  const areaW = frame.width * (1 - 2 * margin);
  const areaH = (frame.height - frame.top - frame.bottom) * (1 - 2 * margin);
  // A single place (or a tight cluster) still gets a regional view, not a street.
  const spanX = Math.max(maxX - minX, 0.15);
  const spanY = Math.max(maxY - minY, 0.1);
  const scale = Math.min(areaW / spanX, areaH / spanY);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const midX = frame.width / 2;
  const midY = frame.top + (frame.height - frame.top - frame.bottom) / 2;
  return (p) => [
    round(midX + (radians(p.lon) - cx) * scale),
    round(midY - (mercatorY(p.lat) - cy) * scale),
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;

function rings(geometry: FeatureCollection['features'][number]['geometry']): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Rings in pixels, without points closer than half a pixel, and only those in the frame. */
function projectRings(shapes: Position[][], project: (p: LatLon) => Point, frame: Frame) {
  const out: Point[][] = [];
  for (const ring of shapes) {
    const points: Point[] = [];
    for (const [lon = 0, lat = 0] of ring) {
      const p = project({ lat, lon });
      const last = points.at(-1);
      if (!last || Math.abs(last[0] - p[0]) + Math.abs(last[1] - p[1]) >= 0.5) points.push(p);
    }
    const outside =
      points.every((p) => p[0] < 0) ||
      points.every((p) => p[0] > frame.width) ||
      points.every((p) => p[1] < 0) ||
      points.every((p) => p[1] > frame.height);
    if (points.length >= 3 && !outside) out.push(points);
  }
  return out;
}

const dashes = (value: string | undefined): number[] =>
  value ? value.split(/[ ,]+/).map(Number).filter(Number.isFinite) : [];

export function buildScene(
  index: ReleaseIndex,
  visible: Visible,
  basemap: FeatureCollection | null,
  lang: Lang,
  frame: Frame,
): Scene {
  const shapes = buildArcs(index);
  const colours = meetingColours(index.release.meetings);
  // Framed as the map frames its first view: the story, with far origins at the border.
  const at = (p: { geocoded: { lat: number; lon: number } }) => ({
    lat: p.geocoded.lat,
    lon: p.geocoded.lon,
  });
  const framed = chooseFrame(
    visible.places.map((p) => ({ id: p.id, at: at(p) })),
    visible.journeys.map((j) => ({
      id: j.journey.id,
      from: { id: j.from.id, at: at(j.from) },
      to: { id: j.to.id, at: at(j.to) },
      path: shapes.get(j.journey.id)?.path ?? [],
    })),
  );
  const points = framed.points;
  const project = fitProjection(points.length > 0 ? points : [{ lat: 52, lon: 15 }], frame);
  const countries = (basemap?.features ?? [])
    .map((f) => projectRings(rings(f.geometry), project, frame))
    .filter((r) => r.length > 0);
  const arcs = visible.journeys.flatMap((j): SceneArc[] => {
    const shape = shapes.get(j.journey.id);
    if (!shape) return [];
    const style = arcStyle({
      colour: (j.meeting && colours.get(j.meeting.id)) ?? NO_MEETING_COLOUR,
      remote: j.journey.mode === 'remote',
      external: j.external,
      emphasis: 'normal',
    });
    return [
      {
        id: j.journey.id,
        points: shape.path.map(project),
        to: j.to.id,
        toMeeting: visible.meetings.some((m) => m.place === j.to.id),
        colour: style.color ?? NO_MEETING_COLOUR,
        width: style.weight ?? 2,
        opacity: style.opacity ?? 1,
        dash: dashes(style.dashArray as string | undefined),
      },
    ];
  });
  const farIds = new Set(framed.far.map((f) => f.id));
  const t = MESSAGES[lang];
  const far = framed.far.flatMap((f): SceneFar[] => {
    const place = index.places.get(f.id);
    if (!place) return [];
    const text = t.farPlace(placeName(place, lang), formatDistance(f.km, lang));
    return [{ id: f.id, text, side: f.side, path: f.path.map(project) }];
  });
  const places = visible.places
    .filter((place) => !farIds.has(place.id))
    .map((place): ScenePlace => {
      const meetings = visible.meetings.filter((m) => m.place === place.id);
      return {
        id: place.id,
        at: project({ lat: place.geocoded.lat, lon: place.geocoded.lon }),
        name: placeName(place, lang),
        journeys: atPlace(visible, place.id).journeys,
        meeting:
          meetings.length === 0
            ? null
            : meetings.some((m) => m.status === 'held')
              ? 'held'
              : 'planned',
      };
    });
  return { width: frame.width, height: frame.height, countries, arcs, places, far };
}
