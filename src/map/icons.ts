/**
 * Place marker icons built from DOM nodes with textContent, never from HTML strings: Leaflet
 * would parse a string given as `html` as markup.
 */
import L from 'leaflet';

export interface PlaceIcon {
  icon: L.DivIcon;
  /** The element inside the marker, kept across re-adds so its classes can be updated. */
  element: HTMLElement;
  label: HTMLElement;
}

export function createPlaceIcon(): PlaceIcon {
  const element = document.createElement('span');
  element.className = 'place';
  element.setAttribute('aria-hidden', 'true');
  const dot = document.createElement('span');
  dot.className = 'place-dot';
  const label = document.createElement('span');
  label.className = 'place-label';
  element.append(dot, label);
  // eslint-disable-next-line no-restricted-syntax -- html is a DOM element built above, not markup.
  const icon = L.divIcon({
    html: element,
    className: 'place-icon',
    iconSize: [18, 18],
    iconAnchor: [9, 9],
  });
  return { icon, element, label };
}
