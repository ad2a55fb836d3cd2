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

/** Leaflet's default `subdomains`: what `{s}` in a template becomes. */
export const TILE_SUBDOMAINS = ['a', 'b', 'c'];

/**
 * scheme://host[:port]/path: a host of letters, digits, dots and hyphens (with `{s}` for a
 * subdomain), a path of URL characters and `{placeholders}`. Nothing else: no credentials, no
 * query, and none of ; , ' " or spaces, which would break out of the CSP's source list.
 */
const TILE_TEMPLATE =
  /^(https?):\/\/((?:\{s\}\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)(\/[A-Za-z0-9._~/{}-]*)$/;

/** An XYZ template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or null if unsafe. */
export function parseTileUrl(value: string | undefined): string | null {
  if (!value) return null;
  if (value === 'osm') return 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const match = TILE_TEMPLATE.exec(value);
  if (!match) return null;
  const placeholders = [...value.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  return placeholders.every((p) => /^[a-z]+$/.test(p ?? '')) ? value : null;
}

/** The origins a tile template loads from, for the CSP: `{s}` expanded to each subdomain. */
export function tileSources(template: string): string[] {
  const match = TILE_TEMPLATE.exec(template);
  if (!match) return [];
  const [, scheme, host = ''] = match;
  const hosts = host.startsWith('{s}.')
    ? TILE_SUBDOMAINS.map((sub) => `${sub}${host.slice(3)}`)
    : [host];
  return hosts.map((h) => `${scheme}://${h}`);
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
