/** Text labels shared by the journey list, the details and the map's accessible names. */
import { formatDate } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { Lang } from '../model/lang';
import { placeName, whoName, type JourneyView, type ReleaseIndex } from '../model/view';

export function journeyLabel(index: ReleaseIndex, j: JourneyView, lang: Lang, t: Messages): string {
  const from = placeName(j.from, lang) + (j.journey.origin ? ` (${t.inferred})` : '');
  const mode = j.journey.mode === 'remote' ? t.remote : t.travel;
  return t.journeyLabel(
    whoName(index, j.journey.who, lang),
    from,
    placeName(j.to, lang),
    formatDate(j.date, lang),
    mode,
  );
}
