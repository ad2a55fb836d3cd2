/**
 * Which symbol each place and journey gets, pure: one answer for the markers and for the
 * legend, so the legend shows exactly the symbols the view uses.
 */
import type { Visible } from '../state/selection.ts';

/** What is in view at one place: its meetings, the journeys from it, and all that touch it. */
export interface AtPlace {
  meetings: Visible['meetings'];
  departures: Visible['journeys'];
  /** Journeys from or to it. */
  journeys: number;
}

const NOTHING: AtPlace = { meetings: [], departures: [], journeys: 0 };
const byPlace = new WeakMap<Visible, Map<string, AtPlace>>();

/**
 * What is in view at `placeId`, from one pass over the view made once per view: markers,
 * labels and the legend ask for every place, and at 10 000 journeys a scan each is too slow.
 */
export function atPlace(visible: Visible, placeId: string): AtPlace {
  let places = byPlace.get(visible);
  if (!places) {
    const found = new Map<string, AtPlace>();
    const of = (id: string) => {
      let entry = found.get(id);
      if (!entry) found.set(id, (entry = { meetings: [], departures: [], journeys: 0 }));
      return entry;
    };
    for (const m of visible.meetings) of(m.place).meetings.push(m);
    for (const j of visible.journeys) {
      of(j.from.id).departures.push(j);
      of(j.from.id).journeys++;
      if (j.to.id !== j.from.id) of(j.to.id).journeys++;
    }
    byPlace.set(visible, (places = found));
  }
  return places.get(placeId) ?? NOTHING;
}

/** CSS modifier classes of a place's marker (emphasis aside): meeting, held, planned, video, origin, inferred, external. */
export function placeClasses(visible: Visible, placeId: string): string[] {
  const { meetings, departures } = atPlace(visible, placeId);
  if (meetings.length > 0) {
    const classes = ['meeting', meetings.some((m) => m.status === 'held') ? 'held' : 'planned'];
    if (meetings.every((m) => m.format === 'video')) classes.push('video');
    return classes;
  }
  const classes = ['origin'];
  if (departures.length > 0 && departures.every((j) => j.journey.origin)) classes.push('inferred');
  if (departures.length > 0 && departures.every((j) => j.external)) classes.push('external');
  return classes;
}

export type MapSymbol =
  'held' | 'planned' | 'video' | 'origin' | 'inferred' | 'travel' | 'remote' | 'external';

/** The symbols the view draws, in the legend's order. */
export function symbolsInView(visible: Visible): MapSymbol[] {
  const used = new Set<MapSymbol>();
  for (const place of visible.places) {
    const classes = placeClasses(visible, place.id);
    if (classes.includes('meeting')) {
      used.add(classes.includes('held') ? 'held' : 'planned');
      if (classes.includes('video')) used.add('video');
    } else used.add(classes.includes('inferred') ? 'inferred' : 'origin');
  }
  for (const j of visible.journeys) {
    used.add(j.journey.mode === 'remote' ? 'remote' : 'travel');
    if (j.external) used.add('external');
  }
  const order: MapSymbol[] = [
    'held',
    'planned',
    'video',
    'origin',
    'inferred',
    'travel',
    'remote',
    'external',
  ];
  return order.filter((s) => used.has(s));
}

/**
 * A cluster shows the strongest symbol it holds, as the legend explains it: a held meeting's
 * filled dot, else a planned meeting's dashed ring, else a plain place's.
 */
export function clusterClass(looks: ({ classes: string[] } | undefined)[]): string {
  const has = (c: string) => looks.some((look) => look?.classes.includes(c));
  if (has('meeting') && has('held')) return 'place--cluster-held';
  if (has('meeting') && has('planned')) return 'place--cluster-planned';
  return 'place--cluster-places';
}
