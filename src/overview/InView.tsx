/**
 * What the summary's counts link to: the releases with a journey in view (each opens), and the
 * places (each filters the overview to journeys from or to it). Long lists show their start.
 */
import { memo, type MouseEvent } from 'react';
import releases from 'virtual:release-index';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { appBase, pageHref } from '../state/location.ts';
import { DEFAULT_STATE, type ViewState } from '../state/url.ts';
import type { OverviewSummary } from './summary.ts';

const SHOWN = 50;

export const InView = memo(function InView({
  summary,
  lang,
  t,
  state,
  open,
}: {
  summary: OverviewSummary;
  lang: Lang;
  t: Messages;
  state: ViewState;
  open: (event: MouseEvent, target: ViewState) => void;
}) {
  const inView = releases.filter((r) => summary.releases.has(r.id));
  const places = [...summary.places]
    .map(([place, name]) => ({ place, name: name[lang] }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const link = (target: ViewState, text: string, title?: string) => (
    <a href={pageHref(target, appBase())} title={title} onClick={(event) => open(event, target)}>
      {text}
    </a>
  );
  return (
    <>
      <section className="in-view" aria-labelledby="overview-releases">
        <h2 id="overview-releases">{`${t.releasesInView} (${inView.length})`}</h2>
        <ul>
          {inView.slice(0, SHOWN).map((r) => (
            <li key={r.id}>
              {link({ ...DEFAULT_STATE, lang, release: r.id }, r.title[lang] || r.id)}{' '}
              <span className="note">{r.visitDate}</span>
            </li>
          ))}
        </ul>
        {inView.length > SHOWN && <p className="note">{t.andMore(inView.length - SHOWN)}</p>}
      </section>
      <section className="in-view" aria-labelledby="overview-places">
        <h2 id="overview-places">{`${t.placesInView} (${places.length})`}</h2>
        <ul className="in-view__places">
          {places.slice(0, SHOWN).map((p) => (
            <li key={p.place}>
              {link({ ...state, place: p.place }, p.name, t.filterByPlace(p.name))}
            </li>
          ))}
        </ul>
        {places.length > SHOWN && <p className="note">{t.andMore(places.length - SHOWN)}</p>}
      </section>
    </>
  );
});
