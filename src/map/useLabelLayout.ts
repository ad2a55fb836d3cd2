/* eslint-disable react-hooks/immutability -- Leaflet layers are imperative objects this hook owns and updates in place. */
/**
 * After every zoom or move: dots that would touch merge into a cluster button, and labels are
 * placed where they touch no other label, dot or control (see placement.ts). Runs on Leaflet's
 * end events, never per frame.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Box } from './framing.ts';
import { boxesAround, FLOATING } from './floating.ts';
import { createPlaceIcon } from './icons.ts';
import { clusterDots, placeLabels, zoomToSeparate, type LabelRequest } from './placement.ts';
import type { PlaceLayers, PlaceLook } from './usePlaceLayer.ts';
import { prefersReducedMotion } from './motion.ts';
import { clusterClass } from './symbols.ts';
import type { CountryName } from './useCountryNames.ts';

/** Where a place icon's dot centre sits inside the icon (its anchor). */
const ANCHOR = 9;
const CLUSTER_RADIUS = 11;

const radiusOf = (look: PlaceLook | undefined) => (look?.classes.includes('meeting') ? 9 : 6);

interface ClusterLayer {
  marker: L.Marker;
  element: HTMLElement;
  label: HTMLElement;
  /** How many places the cluster holds, written on its dot. */
  count: HTMLElement;
  ids: string[];
}

function createCluster(onActivate: () => void): ClusterLayer {
  const { icon, element, label } = createPlaceIcon();
  const count = element.querySelector<HTMLElement>('.place-dot') ?? element;
  const marker = L.marker([0, 0], { icon, keyboard: true, zIndexOffset: 800 });
  marker.on('click', onActivate);
  marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key === 'Enter' || key === ' ') {
      event.originalEvent.preventDefault();
      onActivate();
    }
  });
  return { marker, element, label, count, ids: [] };
}

/**
 * A label's size, measured once per text and look (its own and its marker's classes): reading
 * offsetWidth after the layout has moved or hidden labels makes the browser lay the page out
 * again, once per label. Fonts that load later measure anew; a label not laid out (0 wide) is
 * not remembered.
 */
const sizes = new WeakMap<
  HTMLElement,
  { text: string; fonts: number; size: { width: number; height: number } }
>();
let fontLoads = 0;
if (typeof document !== 'undefined')
  document.fonts?.addEventListener?.('loadingdone', () => (fontLoads += 1));
function sizeOf(label: HTMLElement): { width: number; height: number } {
  // Hiding a label (visibility) does not change its size.
  const classes = label.className.replace('place-label--hidden', '');
  const text = `${label.textContent ?? ''}|${classes}|${label.parentElement?.className ?? ''}`;
  const known = sizes.get(label);
  if (known?.text === text && known.fonts === fontLoads) return known.size;
  const size = { width: label.offsetWidth, height: label.offsetHeight };
  if (size.width > 0) sizes.set(label, { text, fonts: fontLoads, size });
  return size;
}

const COUNTRY_PANE = 'countryLabels';

interface CountryLayer {
  marker: L.Marker;
  label: HTMLElement;
  country: CountryName;
}

function createCountry(country: CountryName): CountryLayer {
  const label = document.createElement('span');
  label.className = 'country-label place-label--hidden';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = country.name;
  // eslint-disable-next-line no-restricted-syntax -- html is a DOM element built above, not markup.
  const icon = L.divIcon({
    html: label,
    className: 'country-icon',
    iconSize: [0, 0],
    iconAnchor: [0, 0],
  });
  const marker = L.marker([country.lat, country.lon], {
    icon,
    interactive: false,
    keyboard: false,
    pane: COUNTRY_PANE,
  });
  return { marker, label, country };
}

export function useLabelLayout({
  layers,
  visible,
  looks,
  clusterName,
  onClustered,
  countries = [],
}: {
  layers: RefObject<Map<string, PlaceLayers>>;
  visible: string[];
  looks: Map<string, PlaceLook>;
  clusterName: (names: string, count: number) => string;
  /** Told after each layout whether any cluster is on the map, for the legend. */
  onClustered?: (clustered: boolean) => void;
  /** Quiet basemap names, placed after every place label. */
  countries?: CountryName[];
}): void {
  const map = useMap();
  const clusters = useRef(new Map<string, ClusterLayer>());
  const countryLayers = useRef(new Map<string, CountryLayer>());

  /** What the last layout placed: a fit moves the map (and lays out) before our effects run. */
  const laidOut = useRef<{ visible: string[]; looks: Map<string, PlaceLook> } | null>(null);
  const layout = useEffectEvent(() => {
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return;
    laidOut.current = { visible, looks };
    const shownIds = visible.filter((id) => layers.current.get(id)?.marker.getElement());
    const dots = shownIds.flatMap((id) => {
      const layer = layers.current.get(id);
      if (!layer) return [];
      const p = map.latLngToContainerPoint(layer.marker.getLatLng());
      const look = looks.get(id);
      return [{ id, x: p.x, y: p.y, radius: radiusOf(look), priority: look?.priority ?? 0 }];
    });
    const groups = clusterDots(dots, 2, CLUSTER_RADIUS);
    const at = new Map(dots.map((d) => [d.id, d]));

    // Clusters: reuse the button for the same members, drop the rest.
    const wanted = new Map<string, string[]>();
    for (const g of groups) if (g.ids.length > 1) wanted.set([...g.ids].sort().join(','), g.ids);
    for (const [key, cluster] of clusters.current)
      if (!wanted.has(key)) {
        cluster.marker.remove();
        clusters.current.delete(key);
      }
    const hidden = new Set<string>();
    for (const [key, ids] of wanted) {
      ids.forEach((id) => hidden.add(id));
      let cluster = clusters.current.get(key);
      if (!cluster) {
        const members = ids;
        cluster = createCluster(() => expand(members));
        clusters.current.set(key, cluster);
      }
      cluster.ids = ids;
      const names = ids.map((id) => looks.get(id)?.name ?? id);
      const lead = at.get(ids[0] ?? '');
      if (lead) cluster.marker.setLatLng(map.containerPointToLatLng([lead.x, lead.y]));
      cluster.marker.addTo(map);
      // The leading space keeps the count and the names apart in the button's visible text, which
      // its accessible name must contain ("2 Helsinki, Tallinn"); it takes no room on screen.
      cluster.label.textContent = ` ${names.join(', ')}`;
      const count = String(ids.length);
      if (cluster.count.textContent !== count) cluster.count.textContent = count;
      cluster.element.className = `place place--cluster ${clusterClass(ids.map((id) => looks.get(id)))}`;
      const element = cluster.marker.getElement();
      if (element) {
        element.dataset.cluster = ids.join(',');
        element.setAttribute('aria-label', clusterName(names.join(', '), ids.length));
      }
    }
    onClustered?.(wanted.size > 0);
    for (const id of shownIds)
      layers.current
        .get(id)
        ?.marker.getElement()
        ?.classList.toggle('place-icon--clustered', hidden.has(id));

    // Labels: one per single dot and per cluster, placed in priority order.
    const requests: (LabelRequest & { label: HTMLElement; anchor: number })[] = [];
    const dotBoxes: Box[] = [];
    for (const g of groups) {
      const lead = at.get(g.ids[0] ?? '');
      if (!lead) continue;
      const single = g.ids.length === 1;
      const label = single
        ? layers.current.get(lead.id)?.icon.label
        : clusters.current.get([...g.ids].sort().join(','))?.label;
      const radius = single ? lead.radius : CLUSTER_RADIUS;
      dotBoxes.push({
        left: lead.x - radius,
        right: lead.x + radius,
        top: lead.y - radius,
        bottom: lead.y + radius,
      });
      if (!label) continue;
      requests.push({
        id: g.ids.join(','),
        x: lead.x,
        y: lead.y,
        ...sizeOf(label),
        radius,
        priority: lead.priority,
        essential: looks.get(lead.id)?.classes.includes('meeting') ?? false,
        label,
        anchor: ANCHOR,
      });
    }
    // Country names: only where the country is wide enough on screen to hold its name.
    for (const { label, country } of countryLayers.current.values()) {
      const p = map.latLngToContainerPoint([country.lat, country.lon]);
      const [w, s, e, n] = country.box;
      const west = map.latLngToContainerPoint([s, w]);
      const east = map.latLngToContainerPoint([n, e]);
      const { width, height } = sizeOf(label);
      if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y || east.x - west.x < width) {
        label.classList.add('place-label--hidden');
        continue;
      }
      requests.push({
        id: `country:${country.code}`,
        x: p.x,
        y: p.y,
        width,
        height,
        radius: 0,
        priority: -1 - 1 / (1 + country.area),
        sides: ['centre'],
        label,
        anchor: 0,
      });
    }
    const placed = placeLabels(
      requests,
      dotBoxes,
      boxesAround(map.getContainer(), `${FLOATING}, .edge-marker`),
      {
        left: 2,
        top: 2,
        right: size.x - 2,
        bottom: size.y - 2,
      },
    );
    for (const request of requests) {
      const spot = placed.get(request.id);
      request.label.classList.toggle('place-label--hidden', !spot);
      if (!spot) continue;
      request.label.style.left = `${spot.box.left - (request.x - request.anchor)}px`;
      request.label.style.top = `${spot.box.top - (request.y - request.anchor)}px`;
    }
  });

  const expand = useEffectEvent((ids: string[]) => {
    const points = ids.flatMap((id) => {
      const marker = layers.current.get(id)?.marker;
      return marker ? [marker.getLatLng()] : [];
    });
    if (points.length === 0) return;
    const screen = points.map((p) => map.latLngToContainerPoint(p));
    const levels = zoomToSeparate(screen, 2 * CLUSTER_RADIUS + 4);
    const zoom = Math.min(map.getMaxZoom(), map.getZoom() + levels);
    map.setView(L.latLngBounds(points).getCenter(), zoom, { animate: !prefersReducedMotion() });
  });

  useEffect(() => {
    const run = () => layout();
    map.on('zoomend moveend resize', run);
    const owned = clusters.current;
    return () => {
      map.off('zoomend moveend resize', run);
      for (const cluster of owned.values()) cluster.marker.remove();
      owned.clear();
    };
  }, [map]);

  // New places or looks, unless the fit for them has moved the map and laid them out already.
  useEffect(() => {
    if (laidOut.current?.visible === visible && laidOut.current.looks === looks) return;
    layout();
  }, [visible, looks]);

  // Country names: made once per basemap, renamed in place when the language changes.
  useEffect(() => {
    if (!map.getPane(COUNTRY_PANE)) {
      const pane = map.createPane(COUNTRY_PANE);
      pane.style.zIndex = '390'; // under the arcs (400) and markers (600): a quiet basemap
      pane.style.pointerEvents = 'none';
    }
    const owned = countryLayers.current;
    for (const country of countries) {
      const existing = owned.get(country.code);
      if (existing) {
        existing.country = country;
        if (existing.label.textContent !== country.name) existing.label.textContent = country.name;
      } else {
        const created = createCountry(country);
        created.marker.addTo(map);
        owned.set(country.code, created);
      }
    }
    layout();
  }, [map, countries]);

  useEffect(() => {
    const owned = countryLayers.current;
    return () => {
      for (const layer of owned.values()) layer.marker.remove();
      owned.clear();
    };
  }, [map]);
}
