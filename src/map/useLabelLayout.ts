/* eslint-disable react-hooks/immutability -- Leaflet layers are imperative objects this hook owns and updates in place. */
/**
 * After every zoom or move: dots that would touch merge into a cluster button, and labels are
 * placed where they touch no other label, dot or control (see placement.ts). Runs on Leaflet's
 * end events, never per frame.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Box } from './framing';
import { FLOATING } from './FitView';
import { createPlaceIcon } from './icons';
import { clusterDots, placeLabels, zoomToSeparate, type LabelRequest } from './placement';
import type { PlaceLayers, PlaceLook } from './usePlaceLayer';
import { prefersReducedMotion } from './motion';

/** Where a place icon's dot centre sits inside the icon (its anchor). */
const ANCHOR = 9;
const CLUSTER_RADIUS = 11;

const radiusOf = (look: PlaceLook | undefined) => (look?.classes.includes('meeting') ? 9 : 6);

interface ClusterLayer {
  marker: L.Marker;
  element: HTMLElement;
  label: HTMLElement;
  ids: string[];
}

function createCluster(onActivate: () => void): ClusterLayer {
  const { icon, element, label } = createPlaceIcon();
  const marker = L.marker([0, 0], { icon, keyboard: true, zIndexOffset: 800 });
  marker.on('click', onActivate);
  marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
    const key = event.originalEvent.key;
    if (key === 'Enter' || key === ' ') {
      event.originalEvent.preventDefault();
      onActivate();
    }
  });
  return { marker, element, label, ids: [] };
}

function boxesOf(container: HTMLElement): Box[] {
  const frame = container.getBoundingClientRect();
  const root = container.closest('.app') ?? document;
  return [...root.querySelectorAll(`${FLOATING}, .edge-marker`)]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0)
    .map((r) => ({
      left: r.left - frame.left,
      top: r.top - frame.top,
      right: r.right - frame.left,
      bottom: r.bottom - frame.top,
    }));
}

export function useLabelLayout({
  layers,
  visible,
  looks,
  clusterName,
}: {
  layers: RefObject<Map<string, PlaceLayers>>;
  visible: string[];
  looks: Map<string, PlaceLook>;
  clusterName: (names: string) => string;
}): void {
  const map = useMap();
  const clusters = useRef(new Map<string, ClusterLayer>());

  const layout = useEffectEvent(() => {
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return;
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
      cluster.label.textContent = names.join(', ');
      const meeting = ids.some((id) => looks.get(id)?.classes.includes('meeting'));
      cluster.element.className = `place place--cluster${meeting ? ' place--cluster-meeting' : ''}`;
      const element = cluster.marker.getElement();
      if (element) {
        element.dataset.cluster = ids.join(',');
        element.setAttribute('aria-label', clusterName(names.join(', ')));
      }
    }
    for (const id of shownIds)
      layers.current
        .get(id)
        ?.marker.getElement()
        ?.classList.toggle('place-icon--clustered', hidden.has(id));

    // Labels: one per single dot and per cluster, placed in priority order.
    const requests: (LabelRequest & { label: HTMLElement })[] = [];
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
        width: label.offsetWidth,
        height: label.offsetHeight,
        radius,
        priority: lead.priority,
        label,
      });
    }
    const placed = placeLabels(requests, dotBoxes, boxesOf(map.getContainer()), {
      left: 2,
      top: 2,
      right: size.x - 2,
      bottom: size.y - 2,
    });
    for (const request of requests) {
      const spot = placed.get(request.id);
      request.label.classList.toggle('place-label--hidden', !spot);
      if (!spot) continue;
      request.label.style.left = `${spot.box.left - (request.x - ANCHOR)}px`;
      request.label.style.top = `${spot.box.top - (request.y - ANCHOR)}px`;
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

  useEffect(() => {
    layout();
  }, [visible, looks]);
}
