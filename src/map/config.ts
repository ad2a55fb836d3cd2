/**
 * Map configuration from build-time environment variables. The default is fully offline: the
 * embedded basemap only. An online tile layer is opt-in, and only http(s) templates are accepted.
 */

export interface TileConfig {
  url: string;
  attribution: string;
}

/** Where every map of the app opens before it fits its data, and how far it zooms. */
export const MAP_VIEW = {
  center: [52, 15] as [number, number],
  zoom: 4,
  minZoom: 2,
  // Natural Earth 10m, the finest basemap loaded, holds its detail to about zoom 9.
  maxZoom: 9,
};

export interface MapConfig {
  tiles: TileConfig | null;
  renderer: 'svg' | 'canvas';
}

const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** An XYZ template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or null if unsafe. */
export function parseTileUrl(value: string | undefined): string | null {
  if (!value) return null;
  if (value === 'osm') return 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  try {
    const url = new URL(value.replace(/[{}]/g, ''));
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}

/** Leaflet renders attribution as HTML; configuration text is shown as text. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function readMapConfig(env: Record<string, string | undefined>, search: string): MapConfig {
  const url = parseTileUrl(env.VITE_TILE_URL);
  const renderer = new URLSearchParams(search).get('renderer') || env.VITE_RENDERER;
  return {
    tiles: url
      ? {
          url,
          attribution: escapeHtml(
            env.VITE_TILE_ATTRIBUTION || (url.includes('openstreetmap') ? OSM_ATTRIBUTION : ''),
          ),
        }
      : null,
    renderer: renderer === 'canvas' ? 'canvas' : 'svg',
  };
}
