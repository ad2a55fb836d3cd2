/** Country names for the basemap, in the interface language, once the basemap has loaded. */
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countryName } from '../i18n/format';
import type { Lang } from '../model/lang';
import { loadBasemap } from './basemapData';
import { countryLabelPoints, type CountryLabelPoint } from './countryLabels';

export interface CountryName extends CountryLabelPoint {
  name: string;
}

let points: Promise<CountryLabelPoint[]> | undefined;

export function useCountryNames(lang: Lang, enabled: boolean): CountryName[] {
  const [found, setFound] = useState<CountryLabelPoint[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    points ??= loadBasemap().then((basemap) =>
      countryLabelPoints(
        basemap as FeatureCollection<Polygon | MultiPolygon, { id: string | null }>,
      ),
    );
    points.then(
      (list) => {
        if (current) setFound(list);
      },
      () => {}, // Basemap shows its own error.
    );
    return () => {
      current = false;
    };
  }, [enabled]);
  return useMemo(
    () => found.map((p) => ({ ...p, name: countryName(p.code, lang) })),
    [found, lang],
  );
}
