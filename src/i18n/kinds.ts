/** Names of the meeting kinds the interface knows; any other kind carries its own names. */
import type { Lang } from '../model/lang.ts';
import type { MEETING_KINDS, MeetingKind } from '../model/schema.ts';

type KnownKind = (typeof MEETING_KINDS)[number];

const NAMES: Record<Lang, Record<KnownKind, string>> = {
  en: {
    'adviser-meeting': 'Advisers’ meeting',
    'leaders-meeting': 'Leaders’ meeting',
    summit: 'Summit',
    'bilateral-talks': 'Bilateral talks',
    commemoration: 'Commemoration',
    'state-visit': 'State visit',
    'official-visit': 'Official visit',
    'working-visit': 'Working visit',
    conference: 'Conference',
    'ministers-meeting': 'Ministers’ meeting',
    visit: 'Visit',
  },
  sv: {
    'adviser-meeting': 'Rådgivarmöte',
    'leaders-meeting': 'Ledarmöte',
    summit: 'Toppmöte',
    'bilateral-talks': 'Bilaterala samtal',
    commemoration: 'Minnesceremoni',
    'state-visit': 'Statsbesök',
    'official-visit': 'Officiellt besök',
    'working-visit': 'Arbetsbesök',
    conference: 'Konferens',
    'ministers-meeting': 'Ministermöte',
    visit: 'Besök',
  },
};

export function kindName(kind: MeetingKind, lang: Lang): string {
  return typeof kind === 'string' ? NAMES[lang][kind] : kind[lang];
}
