/**
 * The current view as GeoJSON (RFC 7946): places as points, journeys as great-circle lines,
 * each with names in both languages, dates, mode, status and where the fact comes from.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  Point,
  Position,
} from 'geojson';
import { LANGS, type Bilingual } from '../model/lang.ts';
import type { Provenance } from '../model/schema.ts';
import { sentenceText } from '../model/text.ts';
import { meetingMark, type FieldMark } from '../model/basis.ts';
import { originalLang, placeName, sourceOf, whoName, type ReleaseIndex } from '../model/view.ts';
import { greatCircle, type LatLon } from '../map/geometry.ts';
import type { Visible } from '../state/selection.ts';

const both = (name: (lang: 'sv' | 'en') => string): Bilingual =>
  Object.fromEntries(LANGS.map((lang) => [lang, name(lang)])) as Bilingual;

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** RFC 7946 §3.1.9: a line that crosses the antimeridian is cut there into a MultiLineString. */
export function cutAtAntimeridian(points: LatLon[]): LineString | MultiLineString {
  // Points are continuous (longitudes may run past ±180); `world` says which copy a point is in.
  const world = (lon: number) => Math.floor((lon + 180) / 360);
  const lines: Position[][] = [[]];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    const [from, to] = [previous ? world(previous.lon) : world(point.lon), world(point.lon)];
    if (previous && from !== to) {
      const edge = 360 * Math.max(from, to) - 180;
      const t = (edge - previous.lon) / (point.lon - previous.lon);
      const lat = previous.lat + t * (point.lat - previous.lat);
      lines.at(-1)?.push([edge - 360 * from, lat]);
      lines.push([[edge - 360 * to, lat]]);
    }
    lines.at(-1)?.push([point.lon - 360 * to, point.lat]);
  });
  // Six decimals (about 0.1 m, RFC 7946 §11.2) drop floating-point noise. A line that only
  // touches ±180 at an end leaves a part of one repeated point: drop it.
  const parts = lines
    .map((line) => line.map(([lon = 0, lat = 0]) => [round(lon), round(lat)]))
    .map((line) =>
      line.filter((p, i) => i === 0 || p[0] !== line[i - 1]?.[0] || p[1] !== line[i - 1]?.[1]),
    )
    .filter((line) => line.length >= 2);
  return parts.length === 1
    ? { type: 'LineString', coordinates: parts[0] ?? [] }
    : { type: 'MultiLineString', coordinates: parts };
}

/** Where a value comes from, as the details show it: stated, external or inferred, and approximate. */
function markOf(index: ReleaseIndex, mark: FieldMark) {
  const source = mark.source === undefined ? undefined : sourceOf(index, { source: mark.source });
  return {
    basis: mark.mark,
    approximate: mark.approximate,
    sentences: mark.sentences,
    reason: mark.reason ?? null,
    source: source ? { title: source.title, publisher: source.publisher, url: source.url } : null,
  };
}

function provenanceOf(index: ReleaseIndex, provenance: Provenance, external: boolean) {
  const source = sourceOf(index, provenance);
  const sources = index.release.meta.sources;
  return {
    sentences: (provenance.sentences ?? []).map((ref) => ({
      ref,
      ...both((lang) => sentenceText(index.release.text[lang], ref) ?? ''),
    })),
    source: source
      ? { title: source.title, publisher: source.publisher, url: source.url, date: source.date }
      : null,
    note: provenance.note ?? null,
    /** What other sources add; left out, like on screen, when facts from other sources are hidden. */
    external: external
      ? (provenance.external ?? []).map((e) => {
          const from = sources.find((s) => s.id === e.source);
          return {
            external: true,
            note: e.note,
            source: from ? { title: from.title, publisher: from.publisher, url: from.url } : null,
          };
        })
      : [],
  };
}

export function viewToGeoJSON(
  index: ReleaseIndex,
  visible: Visible,
  external = true,
): FeatureCollection {
  const original = originalLang(index);
  const places: Feature<Point>[] = visible.places.map((place) => ({
    type: 'Feature',
    id: `place:${place.id}`,
    geometry: { type: 'Point', coordinates: [place.geocoded.lon, place.geocoded.lat] },
    properties: {
      type: 'place',
      id: place.id,
      name: both((lang) => placeName(place, lang)),
      kind: place.kind,
      country: place.geocoded.country,
      geonameId: place.geocoded.geonameId ?? null,
      approximatePosition: place.approximate ? place.approximate.reason : null,
      positionSource: place.position ? place.position.source : null,
      meetings: visible.meetings
        .filter((m) => m.place === place.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          title: m.title,
          date: m.date,
          status: m.status,
          marks: {
            date: markOf(index, meetingMark(m, 'date')),
            place: markOf(index, meetingMark(m, 'place')),
            status: markOf(index, meetingMark(m, 'status')),
          },
          provenance: provenanceOf(index, m.provenance, external),
        })),
    },
  }));
  const journeys: Feature<LineString | MultiLineString>[] = visible.journeys.map((j) => ({
    type: 'Feature',
    id: `journey:${j.journey.id}`,
    geometry: cutAtAntimeridian(
      greatCircle(
        { lat: j.from.geocoded.lat, lon: j.from.geocoded.lon },
        { lat: j.to.geocoded.lat, lon: j.to.geocoded.lon },
      ),
    ),
    properties: {
      type: 'journey',
      id: j.journey.id,
      who: both((lang) => whoName(index, j.journey.who, lang)),
      from: { id: j.from.id, name: both((lang) => placeName(j.from, lang)) },
      to: { id: j.to.id, name: both((lang) => placeName(j.to, lang)) },
      meeting: j.meeting
        ? { id: j.meeting.id, title: j.meeting.title, status: j.meeting.status }
        : null,
      date: j.date,
      mode: j.journey.mode,
      status: j.meeting?.status ?? null,
      originInferred: j.journey.origin ? j.journey.origin.reason : null,
      external: j.external,
      marks: {
        date: markOf(index, j.marks.date),
        mode: markOf(index, j.marks.mode),
        from: markOf(index, j.marks.from),
      },
      provenance: provenanceOf(index, j.journey.provenance, external),
    },
  }));
  return {
    type: 'FeatureCollection',
    // Foreign members (RFC 7946 §6.1): which text is the release's, which is our translation.
    original,
    translation: { lang: original === 'sv' ? 'en' : 'sv', unofficial: true },
    features: [...places, ...journeys],
  } as FeatureCollection;
}
