/**
 * The routes in view, busiest first, with each one's first journeys: the map's text
 * alternative. At a thousand releases a full list would be tens of thousands of links; the
 * filters and the summary narrow it. Drawn again only when the routes or the language change.
 */
import { memo, useEffect, type MouseEvent } from 'react';
import { formatDate } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { appBase, pageHref } from '../state/location.ts';
import { DEFAULT_STATE, type ViewState } from '../state/url.ts';
import { usePickedRoute } from './pickedRoute.ts';
import { routeAnchor, type Route } from './routes.ts';

export const ROUTES_LISTED = 100;
const TRIPS_LISTED = 10;

export const RouteList = memo(function RouteList({
  routes,
  lang,
  t,
  titles,
  open,
}: {
  routes: Route[];
  lang: Lang;
  t: Messages;
  titles: Map<string, string>;
  open: (event: MouseEvent, target: ViewState) => void;
}) {
  const picked = usePickedRoute();
  const listed = routes.slice(0, ROUTES_LISTED);
  const extra = picked && !listed.some((r) => r.key === picked.key) ? picked.key : null;
  const pickedRoute = extra === null ? undefined : routes.find((r) => r.key === extra);
  if (pickedRoute) listed.push(pickedRoute);
  // Shown once it is in the list: the entry of a route picked outside the busiest is new.
  useEffect(() => {
    if (!picked) return;
    const entry = document.getElementById(routeAnchor(picked.key));
    entry?.scrollIntoView({ block: 'nearest' });
    entry?.focus();
  }, [picked]);
  return (
    <section className="routes" aria-labelledby="routes-heading">
      <h2 id="routes-heading">{t.routes}</h2>
      <ul>
        {listed.map((route) => (
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
                      title={t.openInRelease(titles.get(trip.releaseId) ?? trip.releaseId)}
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
      {routes.length > listed.length && (
        <p className="note">{t.andMore(routes.length - listed.length)}</p>
      )}
    </section>
  );
});
