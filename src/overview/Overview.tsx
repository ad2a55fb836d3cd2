/**
 * Every journey of every release on one map, aggregated by route, with a timeline over all
 * dates. Choosing a journey opens its release with the journey selected and its sentence shown.
 */
import { useEffect, useMemo, type MouseEvent } from 'react';
import releases from 'virtual:release-index';
import { formatDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { LanguageToggle } from '../sidebar/LanguageToggle';
import { ReleasePicker } from '../sidebar/ReleasePicker';
import { Timeline } from '../sidebar/Timeline';
import { appBase, pageHref } from '../state/location';
import { DEFAULT_STATE, OVERVIEW, type ViewState } from '../state/url';
import { navigate, useUrlState } from '../state/useViewState';
import { OverviewMapSlot } from './OverviewMapSlot';
import { routeAnchor } from './routes';
import { indexArchive, routesOf, selectTrips, timelineOf } from './archive';
import { useCorpus } from './useCorpus';
import { releasesPerMonth } from './filters';
import { OverviewFilters } from './OverviewFilters';
import { DateRange } from './DateRange';
import { summariseRoutes } from './summary';
import { Summary } from './Summary';
import { InView } from './InView';
import './overview.css';

/**
 * The list shows the busiest routes and each one's first journeys; at a thousand releases a
 * full list would be tens of thousands of links. The filters and the summary narrow it.
 */
const ROUTES_LISTED = 100;
const TRIPS_LISTED = 10;

export function Overview() {
  const { state } = useUrlState();
  const lang = state.lang;
  const t = MESSAGES[lang];
  const corpus = useCorpus();
  const date = state.date;
  const indexes = useMemo(() => (corpus.status === 'ready' ? corpus.indexes : []), [corpus]);
  // Indexed once; a filter change selects trips and counts them by route.
  const archive = useMemo(() => indexArchive(indexes), [indexes]);
  const { actor, place, from, to } = state;
  const selected = useMemo(
    () => selectTrips(archive, { actor, place, from, to }),
    [archive, actor, place, from, to],
  );
  const routes = useMemo(
    () => routesOf(archive, date ? selected.filter((trip) => trip.date === date) : selected),
    [archive, selected, date],
  );
  const dates = useMemo(() => timelineOf(selected), [selected]);
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
      dates.map((d) => {
        const words = dateWords.get(d.date);
        return {
          value: d.date,
          label: words?.label ?? d.date,
          detail: `${words?.long ?? d.date}: ${t.trips(d.count)}`,
        };
      }),
    [dates, dateWords, t],
  );
  const months = useMemo(() => releasesPerMonth(releases.map((r) => r.visitDate)), []);
  const summary = useMemo(() => summariseRoutes(routes), [routes]);
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

  const update = (patch: Partial<ViewState>) => navigate({ ...state, release: OVERVIEW, ...patch });
  const open = (event: MouseEvent, target: ViewState) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(target);
  };

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
            <OverviewFilters indexes={indexes} state={state} t={t} update={update} />
          )}
        </div>
      </header>
      <main className="layout">
        <aside className="sidebar overview-sidebar" aria-label={t.overviewTitle}>
          <h1>{t.overviewTitle}</h1>
          {corpus.status === 'loading' ? (
            <p role="status">{t.loading}</p>
          ) : (
            <>
              <p>{t.overviewSummary(indexes.length, journeyCount, routes.length)}</p>
              {corpus.problems.length > 0 && (
                <ul role="alert" className="problems">
                  {corpus.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
              <DateRange
                months={months}
                from={from}
                to={to}
                lang={lang}
                t={t}
                onChange={(from, to) => update({ from, to })}
              />
              <Summary summary={summary} lang={lang} t={t} state={state} open={open} />
              <Timeline
                label={t.timeline}
                allLabel={t.allDates}
                previousLabel={t.previous}
                nextLabel={t.next}
                items={timelineItems}
                selected={date}
                onSelect={(value) => update({ date: value })}
              />
              <section className="routes" aria-labelledby="routes-heading">
                <h2 id="routes-heading">{t.routes}</h2>
                <ul>
                  {routes.slice(0, ROUTES_LISTED).map((route) => (
                    <li key={route.key}>
                      <h3 id={routeAnchor(route.key)} tabIndex={-1}>
                        {`${route.from.name[lang]} → ${route.to.name[lang]}`}{' '}
                        <span className="badge">{t.trips(route.trips.length)}</span>
                      </h3>
                      <ul>
                        {route.trips.slice(0, TRIPS_LISTED).map((trip) => {
                          const target: ViewState = {
                            ...DEFAULT_STATE,
                            lang,
                            release: trip.releaseId,
                            selected: { kind: 'journey', id: trip.journeyId },
                          };
                          return (
                            <li key={`${trip.releaseId}/${trip.journeyId}`}>
                              <a
                                href={pageHref(target, appBase())}
                                title={t.openInRelease(
                                  titles.get(trip.releaseId) ?? trip.releaseId,
                                )}
                                onClick={(event) => open(event, target)}
                              >
                                {`${trip.who[lang]}, ${formatDate(trip.date, lang)} (${trip.mode === 'remote' ? t.remote : t.travel})`}
                              </a>
                              <span className="note"> {titles.get(trip.releaseId)}</span>
                            </li>
                          );
                        })}
                      </ul>
                      {route.trips.length > TRIPS_LISTED && (
                        <p className="note">{t.andMore(route.trips.length - TRIPS_LISTED)}</p>
                      )}
                    </li>
                  ))}
                </ul>
                {routes.length > ROUTES_LISTED && (
                  <p className="note">{t.andMore(routes.length - ROUTES_LISTED)}</p>
                )}
              </section>
              <InView summary={summary} lang={lang} t={t} state={state} open={open} />
            </>
          )}
        </aside>
        <OverviewMapSlot layers={{ all: archive.routes, routes, lang, t }} />
      </main>
    </div>
  );
}
