/** Country names for the basemap, in the interface language, once their places have loaded. */
import { useEffect, useMemo, useState } from 'react';
import { countryName } from '../i18n/format';
import type { Lang } from '../model/lang';
import { loadCountryLabels } from './basemapData';
import type { CountryLabelPoint } from './countryLabels';

export interface CountryName extends CountryLabelPoint {
  name: string;
}

export function useCountryNames(lang: Lang, enabled: boolean): CountryName[] {
  const [found, setFound] = useState<CountryLabelPoint[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    loadCountryLabels().then(
      (list) => {
        if (current) setFound(list);
      },
      (error: unknown) => console.error('country labels', error), // The map reads without them.
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
