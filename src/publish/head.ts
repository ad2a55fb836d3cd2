/**
 * What a published page says about itself in <head>: title, description, canonical address,
 * language alternates, share card (Open Graph, Twitter) and its meetings as schema.org Events.
 * Built from the release model, so the card says what the page shows.
 */
import { formatDate } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { LANGS, LOCALES, type Lang } from '../model/lang.ts';
import { meetingsByDate, placeName, whoName, type ReleaseIndex } from '../model/view.ts';
import { pagePath } from '../state/location.ts';
import { serialiseUrl, DEFAULT_STATE } from '../state/url.ts';
import { meetingLine } from '../sidebar/labels.ts';
import { escapeMarkup } from './escape.ts';

export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

export interface PageHead {
  lang: Lang;
  title: string;
  description: string;
  tags: HeadTag[];
  /** schema.org data, written as a JSON-LD data block (never run as script). */
  jsonLd: object;
}

export interface Site {
  /** The build's base path, `/` or `/diplomap/`. */
  base: string;
  /** `https://example.org` when known (SITE_URL); share cards need absolute addresses. */
  origin: string | null;
}

export interface ShareImage {
  path: string;
  width: number;
  height: number;
}

const absolute = (site: Site, path: string) => (site.origin ? `${site.origin}${path}` : path);

/** "Security advisers in Kyiv, 3 January 2026 (held); Leaders in Paris, 6 January 2026 (planned)". */
export function meetingSummary(index: ReleaseIndex, lang: Lang): string[] {
  const t = MESSAGES[lang];
  return meetingsByDate(index, lang).map((m) => meetingLine(m, lang, t));
}

export function releaseDescription(index: ReleaseIndex, lang: Lang): string {
  const t = MESSAGES[lang];
  const meetings = meetingSummary(index, lang);
  const shows = t.mapShows(index.journeys.length, meetings.length, meetings.join('; '));
  return `${formatDate(index.release.meta.visitDate, lang)}. ${shows}`;
}

/** One schema.org Event per meeting: name, date, place and status, in the page language. */
export function meetingEvents(index: ReleaseIndex, lang: Lang, site: Site): object {
  const t = MESSAGES[lang];
  const page = pagePath(index.release.id, lang, site.base);
  return {
    '@context': 'https://schema.org',
    '@graph': meetingsByDate(index, lang).map((m) => {
      const place = index.places.get(m.place);
      const online = m.format === 'video';
      return {
        '@type': 'Event',
        '@id': absolute(
          site,
          `${page}${serialiseUrl({ ...DEFAULT_STATE, selected: { kind: 'meeting', id: m.id } })}`,
        ),
        name: m.title[lang],
        startDate: m.date,
        // schema.org has no "held": a meeting held as planned was scheduled, and the
        // description says which it is, as the release does.
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: online
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
        // The date as the release gives it: an inferred or approximate one says so.
        description: meetingLine(m, lang, t),
        inLanguage: lang,
        location: place
          ? {
              '@type': 'Place',
              name: placeName(place, lang),
              geo: {
                '@type': 'GeoCoordinates',
                latitude: place.geocoded.lat,
                longitude: place.geocoded.lon,
              },
            }
          : undefined,
        attendee: m.participants.map((p) => ({
          '@type': index.actors.get(p.who)?.kind === 'person' ? 'Person' : 'Organization',
          name: whoName(index, p.who, lang),
        })),
      };
    }),
  };
}

/** The head of a release's page in one language. */
export function releaseHead(
  index: ReleaseIndex,
  lang: Lang,
  site: Site,
  image: ShareImage,
): PageHead {
  const id = index.release.id;
  const title = `${index.release.text[lang].title.text} – diplomap`;
  const description = releaseDescription(index, lang);
  const url = absolute(site, pagePath(id, lang, site.base));
  const imageUrl = absolute(site, image.path);
  const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({
    tag: 'meta',
    attrs: { [key]: name, content },
  });
  const tags: HeadTag[] = [
    { tag: 'link', attrs: { rel: 'canonical', href: url } },
    ...LANGS.map((l): HeadTag => ({
      tag: 'link',
      attrs: { rel: 'alternate', hreflang: l, href: absolute(site, pagePath(id, l, site.base)) },
    })),
    {
      tag: 'link',
      attrs: {
        rel: 'alternate',
        hreflang: 'x-default',
        href: absolute(site, pagePath(id, DEFAULT_STATE.lang, site.base)),
      },
    },
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'diplomap'),
    meta('property', 'og:title', index.release.text[lang].title.text),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', LOCALES[lang].replace('-', '_')),
    ...LANGS.filter((l) => l !== lang).map((l) =>
      meta('property', 'og:locale:alternate', LOCALES[l].replace('-', '_')),
    ),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(image.width)),
    meta('property', 'og:image:height', String(image.height)),
    meta('property', 'og:image:alt', description),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', index.release.text[lang].title.text),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', description),
  ];
  return { lang, title, description, tags, jsonLd: meetingEvents(index, lang, site) };
}

/** Tags as HTML; attribute values escaped. */
export function headHtml(head: PageHead): string {
  const tags = head.tags.map(
    ({ tag, attrs }) =>
      `<${tag} ${Object.entries(attrs)
        .map(([k, v]) => `${k}="${escapeMarkup(v)}"`)
        .join(' ')} />`,
  );
  // A data block: `<` and friends escaped, so no text in it can close the element.
  const json = JSON.stringify(head.jsonLd).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  tags.push(`<script type="application/ld+json">${json}</script>`);
  return tags.map((t) => `    ${t}`).join('\n');
}
