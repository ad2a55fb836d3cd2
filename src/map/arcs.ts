/** Arc geometry for every journey of a release, computed once per release. */
import type { ReleaseIndex } from '../model/view.ts';
import { arcPath, arrowHead, assignLanes, type LatLon } from './geometry.ts';

export interface ArcShape {
  path: LatLon[];
  head: LatLon[];
}

const at = (p: { geocoded: { lat: number; lon: number } }): LatLon => ({
  lat: p.geocoded.lat,
  lon: p.geocoded.lon,
});

export function buildArcs(index: ReleaseIndex): Map<string, ArcShape> {
  const lanes = assignLanes(
    index.journeys.map((j) => ({ id: j.journey.id, from: j.from.id, to: j.to.id })),
  );
  const arcs = new Map<string, ArcShape>();
  for (const j of index.journeys) {
    const path = arcPath(at(j.from), at(j.to), { lane: lanes.get(j.journey.id) ?? 0 });
    arcs.set(j.journey.id, { path, head: arrowHead(path) });
  }
  return arcs;
}
