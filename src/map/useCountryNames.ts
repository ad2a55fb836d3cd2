/** Country names for the basemap, in the interface language, once their places have loaded. */
import { useEffect, useMemo, useState } from 'react';
import { countryName } from '../i18n/format.ts';
import type { Lang } from '../model/lang.ts';
import { loadBasemap, loadCountryLabels } from './basemapData.ts';
import type { CountryLabelPoint } from './countryLabels.ts';

export interface CountryName extends CountryLabelPoint {
  name: string;
}

/** Resolves when the page is next idle. */
const idle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });

/**
 * Country names, quiet background to the story, come after the map has drawn its shapes,
 * arcs and places: some two hundred labels placed among the map's own would otherwise hold
 * up its first paint.
 */
export function useCountryNames(lang: Lang, enabled: boolean): CountryName[] {
  const [found, setFound] = useState<CountryLabelPoint[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const show = (list: CountryLabelPoint[]) => {
      if (current) setFound(list);
    };
    // Once the shapes have arrived and been drawn; without them (Basemap says why), no names.
    loadBasemap()
      .then(idle)
      .then(
        () =>
          loadCountryLabels().then(show, (error: unknown) =>
            console.error('country labels', error),
          ),
        () => undefined,
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
