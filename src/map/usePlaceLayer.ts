/* eslint-disable react-hooks/immutability -- Leaflet layers are imperative objects this hook owns and updates in place. */
/**
 * Place markers: created once per release, then shown, hidden and updated in place. Leaflet
 * makes them focusable buttons; we give them names and make Enter and Space activate them.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Place } from '../model/release.ts';
import { createPlaceIcon, type PlaceIcon } from './icons.ts';

export interface PlaceLook {
  /** CSS modifier classes: meeting, held, planned, origin, inferred, highlight, selected, dimmed. */
  classes: string[];
  label: string;
  name: string;
  /** Whose label wins a tie for space: meeting places, then origins by number of journeys. */
  priority: number;
}

/** What a marker needs of a place: its id and where it is. */
export type MarkerPlace = Pick<Place, 'id'> & { geocoded: { lat: number; lon: number } };

export interface PlaceLayerProps {
  places: MarkerPlace[];
  visible: string[];
  looks: Map<string, PlaceLook>;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

export interface PlaceLayers {
  marker: L.Marker;
  icon: PlaceIcon;
}

export function usePlaceLayer({
  places,
  visible,
  looks,
  onSelect,
  onHover,
}: PlaceLayerProps): RefObject<Map<string, PlaceLayers>> {
  const map = useMap();
  const layers = useRef(new Map<string, PlaceLayers>());
  const group = useRef<L.LayerGroup | null>(null);
  const select = useEffectEvent((id: string | null) => onSelect(id));
  const hover = useEffectEvent((id: string | null) => onHover(id));
  const labelOf = useEffectEvent((id: string) => looks.get(id)?.label ?? id);

  useEffect(() => {
    const created = new Map<string, PlaceLayers>();
    for (const place of places) {
      const icon = createPlaceIcon();
      const marker = L.marker([place.geocoded.lat, place.geocoded.lon], {
        icon: icon.icon,
        keyboard: true,
      });
      marker.on('click', () => select(place.id));
      marker.on('mouseover', () => hover(place.id));
      marker.on('mouseout', () => hover(null));
      marker.on('add', () => {
        const element = marker.getElement();
        if (!element) return;
        element.setAttribute('aria-label', labelOf(place.id));
        element.dataset.place = place.id;
        // Focus lights the place as hover does, when it is shown: focus given back after a
        // tap or a click (closing the details) is not, and the place would look selected still.
        element.addEventListener('focus', () => {
          if (element.matches(':focus-visible')) hover(place.id);
        });
        element.addEventListener('blur', () => hover(null));
      });
      // Leaflet focuses markers but does not click them from the keyboard.
      marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
        const key = event.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          select(place.id);
        } else if (key === 'Escape') select(null);
      });
      created.set(place.id, { marker, icon });
    }
    layers.current = created;
    group.current = L.layerGroup().addTo(map);
    return () => {
      group.current?.remove();
      group.current = null;
    };
  }, [map, places]);

  useEffect(() => {
    const target = group.current;
    if (!target) return;
    // Add and remove only what changed: a marker re-added is a new element to lay out.
    const wanted = new Set(visible);
    for (const [id, { marker }] of layers.current)
      if (!wanted.has(id) && target.hasLayer(marker)) target.removeLayer(marker);
    for (const id of visible) {
      const layer = layers.current.get(id);
      if (layer && !target.hasLayer(layer.marker)) target.addLayer(layer.marker);
    }
    // Tab follows the order of `visible`: put the elements in it (moving a node keeps it), unless
    // one has focus, which moving would take away.
    // Only if they are out of order: each node moved is laid out again.
    const elements = visible.flatMap((id) => layers.current.get(id)?.marker.getElement() ?? []);
    const inOrder = elements.every(
      (e, i) =>
        i === 0 || elements[i - 1]?.compareDocumentPosition(e) === Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (!inOrder && !elements.some((e) => e === document.activeElement))
      for (const element of elements) element.parentElement?.appendChild(element);
  }, [visible, places]);

  useEffect(() => {
    for (const [id, { marker, icon }] of layers.current) {
      const look = looks.get(id);
      if (!look) continue;
      const className = ['place', ...look.classes.map((c) => `place--${c}`)].join(' ');
      if (icon.element.className !== className) icon.element.className = className;
      if (icon.label.textContent !== look.name) icon.label.textContent = look.name;
      marker.getElement()?.setAttribute('aria-label', look.label);
      marker.setZIndexOffset(
        look.classes.includes('selected') ? 1000 : look.classes.includes('meeting') ? 500 : 0,
      );
    }
  }, [looks, visible, places]);
  return layers;
}
