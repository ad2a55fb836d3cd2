/**
 * The overview's summary: how many releases, journeys and places the filters leave, and the
 * busiest routes and destinations. Each figure links to what it counts: releases and places to
 * their lists below, journeys to the routes, a route to its entry, a destination to its filter.
 */
import type { MouseEvent } from 'react';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { appBase, pageHref } from '../state/location.ts';
import type { ViewState } from '../state/url.ts';
import type { OverviewSummary } from './summary.ts';
import { routeAnchor } from './routes.ts';

export function Summary({
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
  return (
    <section className="overview-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t.summary}</h2>
      <ul className="overview-summary__counts">
        <li>
          <a href="#overview-releases">{t.releasesCount(summary.releases.size)}</a>
        </li>
        <li>
          <a href="#routes-heading">{t.journeysCount(summary.journeys)}</a>
        </li>
        <li>
          <a href="#overview-places">{t.placesCount(summary.places.size)}</a>
        </li>
      </ul>
      {summary.topRoutes.length > 0 && (
        <>
          <h3>{t.topRoutes}</h3>
          <ol>
            {summary.topRoutes.map((route) => (
              <li key={route.key}>
                <a href={`#${routeAnchor(route.key)}`}>
                  {`${route.from.name[lang]} → ${route.to.name[lang]}`}
                </a>{' '}
                <span className="badge">{t.trips(route.trips.length)}</span>
              </li>
            ))}
          </ol>
          <h3>{t.topDestinations}</h3>
          <ol>
            {summary.topDestinations.map((d) => {
              const target = { ...state, place: d.place };
              return (
                <li key={d.place}>
                  <a
                    href={pageHref(target, appBase())}
                    title={t.filterByPlace(d.name[lang])}
                    onClick={(event) => open(event, target)}
                  >
                    {d.name[lang]}
                  </a>{' '}
                  <span className="badge">{t.trips(d.trips)}</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
