/** Shared by the build (geo/basemap.ts) and the app (src/map/BasemapDetail.tsx), so no topojson in the app. */

/** Where the shipped basemap runs out of detail: from this zoom on, 10m shapes are loaded. */
export const DETAIL_ZOOM = 6;
/** 0.001° (≈100 m): finer than Natural Earth 10m's own accuracy, under a pixel at zoom 9. */
export const DETAIL_PRECISION = 3;

export interface DetailIndexEntry {
  /** The file's key: the ISO numeric id, or the name where there is none (Kosovo). */
  key: string;
  /** [west, south, east, north] of the country's shapes. */
  box: [number, number, number, number];
}

/** The file key of a country's detail shapes: its ISO numeric id, or its name where it has none. */
export const detailKey = (properties: { id: string | null; name: string }): string =>
  properties.id ?? properties.name.replace(/[^A-Za-z0-9]/g, '-');
