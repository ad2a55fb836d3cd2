/**
 * Every journey of every release on one map, aggregated by route, with a timeline over all
 * dates. Choosing a journey opens its release with the journey selected and its sentence shown.
 */
import { memo, useDeferredValue, useEffect, useMemo, type MouseEvent } from 'react';
import releases from 'virtual:release-index';
import { formatDate } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { LanguageToggle } from '../sidebar/LanguageToggle.tsx';
import { ReleasePicker } from '../sidebar/ReleasePicker.tsx';
import { Timeline, type TimelineItem } from '../sidebar/Timeline.tsx';
import { appBase, parseLocation } from '../state/location.ts';
import { DEFAULT_STATE, OVERVIEW, type ViewState } from '../state/url.ts';
import { navigate, useUrlState } from '../state/useViewState.ts';
import { OverviewMapSlot } from './OverviewMapSlot.tsx';
import { routesOf, selectTrips, timelineOf, type ArchiveTrip } from './archive.ts';
import { digestCorpus } from './corpus.ts';
import { remember } from './remember.ts';
import { useCorpus } from './useCorpus.ts';
import {
  matchingPerMonth,
  releasesPerMonth,
  resolveOverview,
  type ArchiveKnows,
} from './filters.ts';
import { OverviewFilters } from './OverviewFilters.tsx';
import { DateRange } from './DateRange.tsx';
import { summariseRoutes } from './summary.ts';
import { Summary } from './Summary.tsx';
import { Notices } from '../sidebar/Notices.tsx';
import { InView } from './InView.tsx';
import { RouteList } from './RouteList.tsx';
import './overview.css';

/**
 * Changes the overview's view; the rest of the view is read from the URL when it is called, so
 * the function is the same on every render and the lists that take it are not drawn again.
 */
function update(patch: Partial<ViewState>): void {
  const { state } = parseLocation(window.location.pathname, window.location.search, appBase());
  // What the archive dropped (an unknown actor, say) is not written back.
  const { filters } = archiveKnows ? resolveOverview(state, archiveKnows) : { filters: state };
  navigate({ ...state, ...filters, release: OVERVIEW, ...patch });
}

/** What the loaded archive has, for update(): set once the releases have loaded. */
let archiveKnows: ArchiveKnows | null = null;

/** Follows a link in the app, as the browser would with a plain click. */
function open(event: MouseEvent, target: ViewState): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(target);
}

const selectDate = (value: string | null) => update({ date: value });
const selectRange = (from: string | null, to: string | null) => update({ from, to });
const OverviewTimeline = memo(Timeline);

export function Overview() {
  const url = useUrlState();
  const lang = url.state.lang;
  const t = MESSAGES[lang];
  const corpus = useCorpus();
  const date = url.state.date;
  // Indexed once; a filter change selects trips and counts them by route.
  const archive = useMemo(
    () => (corpus.status === 'ready' ? corpus.archive : digestCorpus([], []).archive),
    [corpus],
  );
  const months = useMemo(() => releasesPerMonth(releases.map((r) => r.visitDate)), []);
  const known = useMemo(
    (): ArchiveKnows | null =>
      corpus.status === 'ready'
        ? {
            actors: corpus.actors[lang],
            places: corpus.places[lang],
            months: months.map((m) => m.month),
          }
        : null,
    [corpus, lang, months],
  );
  useEffect(() => {
    archiveKnows = known;
  }, [known]);
  // The URL's filters as the archive can answer them; what it cannot is dropped, with a notice.
  const resolved = useMemo(
    () => (known ? resolveOverview(url.state, known) : { filters: url.state, notices: [] }),
    [url.state, known],
  );
  const state = useMemo(() => ({ ...url.state, ...resolved.filters }), [url.state, resolved]);
  const notices = useMemo(
    () => [...url.notices, ...resolved.notices],
    [url.notices, resolved.notices],
  );
  const { actor, place, from, to } = state;
  const selected = useMemo(
    () => selectTrips(archive, { actor, place, from, to }),
    [archive, actor, place, from, to],
  );
  // Routes and dates of a selection, remembered: going back to every journey costs nothing.
  const derive = useMemo(
    () => ({
      routes: remember((trips: ArchiveTrip[]) => routesOf(archive, trips)),
      dates: remember(timelineOf),
      summary: remember(summariseRoutes),
    }),
    [archive],
  );
  const routes = useMemo(
    () => derive.routes(date ? selected.filter((trip) => trip.date === date) : selected),
    [derive, selected, date],
  );
  // The long lists below the summary (dates, routes with their journeys, releases and places in
  // view: thousands of elements) follow a filter in a render of their own, which React can
  // interrupt: the map and the summary's counts are drawn first, without waiting for them.
  const listedSelection = useDeferredValue(selected);
  const listedRoutes = useDeferredValue(routes);
  const listedState = useDeferredValue(state);
  // Per month, the releases the actor and place filters keep (whatever the date range), for
  // the date range's bars; in the deferred render, as it waits for nothing the map needs.
  const listedActor = listedState.actor;
  const listedPlace = listedState.place;
  const matching = useMemo(() => {
    if (!listedActor && !listedPlace) return null;
    const kept = selectTrips(archive, {
      actor: listedActor,
      place: listedPlace,
      from: null,
      to: null,
    });
    return matchingPerMonth(
      months.map((m) => m.month),
      releases,
      new Set(kept.map((trip) => trip.releaseId)),
    );
  }, [archive, listedActor, listedPlace, months]);
  const dates = derive.dates(listedSelection);
  // Every date of the archive in words, once per language; a filter only changes the counts.
  const dateWords = useMemo(
    () =>
      new Map(
        timelineOf(archive.trips).map(({ date }) => [
          date,
          // Releases span years: "21 juli 2021".
          { label: formatDate(date, lang, false), long: formatDate(date, lang) },
        ]),
      ),
    [archive, lang],
  );
  const timelineItems = useMemo(
    () =>
      dates.map((d): TimelineItem => {
        const words = dateWords.get(d.date);
        return {
          value: d.date,
          label: words?.label ?? d.date,
          detail: `${words?.long ?? d.date}: ${t.trips(d.count)}`,
        };
      }),
    [dates, dateWords, t],
  );
  const summary = derive.summary(routes);
  const listedSummary = derive.summary(listedRoutes);
  const titles = useMemo(() => new Map(releases.map((r) => [r.id, r.title[lang] || r.id])), [lang]);
  const journeyCount = routes.reduce((n, r) => n + r.trips.length, 0);

  // For npm run bench: the routes are on the map (the Polylines' effects, children, have run).
  useEffect(() => {
    if (corpus.status === 'ready' && performance.getEntriesByName('diplomap:arcs').length === 0)
      performance.mark('diplomap:arcs');
  }, [corpus.status]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.overviewTitle} – diplomap`;
  }, [lang, t]);

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">
          <span className="app-title">{t.appTitle}</span>{' '}
          <span className="app-tagline">{t.appTagline}</span>
        </p>
        <div className="controls">
          <ReleasePicker
            current={OVERVIEW}
            lang={lang}
            t={t}
            onChoose={(release) => navigate({ ...DEFAULT_STATE, lang, release })}
          />
          <LanguageToggle state={state} t={t} update={update} parallelOffered={false} />
          {corpus.status === 'ready' && (
            <OverviewFilters
              actors={corpus.actors[lang]}
              places={corpus.places[lang]}
              actor={actor}
              place={place}
              t={t}
              update={update}
            />
          )}
        </div>
      </header>
      <Notices notices={notices} t={t} search={url.search} />
      <main className="layout">
        <aside className="sidebar overview-sidebar" aria-label={t.overviewTitle}>
          <h1>{t.overviewTitle}</h1>
          {corpus.status === 'loading' ? (
            <p role="status">{t.loading}</p>
          ) : (
            <>
              <p>{t.overviewSummary(summary.releases.size, journeyCount, routes.length)}</p>
              {corpus.problems.length > 0 && (
                <ul role="alert" className="problems">
                  {corpus.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
              <DateRange
                months={months}
                matching={matching}
                from={from}
                to={to}
                lang={lang}
                t={t}
                onChange={selectRange}
              />
              <Summary summary={summary} lang={lang} t={t} state={state} open={open} />
              <OverviewTimeline
                label={t.timeline}
                allLabel={t.allDates}
                previousLabel={t.previous}
                nextLabel={t.next}
                items={timelineItems}
                selected={date}
                onSelect={selectDate}
              />
              <RouteList routes={listedRoutes} lang={lang} t={t} titles={titles} open={open} />
              <InView summary={listedSummary} lang={lang} t={t} state={listedState} open={open} />
            </>
          )}
        </aside>
        <OverviewMapSlot layers={{ all: archive.routes, routes, lang, t }} />
      </main>
    </div>
  );
}
