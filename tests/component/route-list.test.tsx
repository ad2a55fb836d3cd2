/**
 * The overview's list of routes, the map's text alternative, names the busiest hundred; a route
 * picked on the map outside them gets an entry too, focused, so a pick always lands somewhere.
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { pickRoute } from '../../src/overview/pickedRoute.ts';
import { ROUTES_LISTED, RouteList } from '../../src/overview/RouteList.tsx';
import { routeAnchor, type Route } from '../../src/overview/routes.ts';

const place = (id: string) => ({ id, lat: 50, lon: 10, name: { sv: id, en: id } });

/** `count` routes of one trip each, in the order given (the list does not sort). */
function routes(count: number): Route[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `from${i}>to${i}`,
    from: place(`from${i}`),
    to: place(`to${i}`),
    trips: [
      {
        releaseId: 'r',
        journeyId: `j${i}`,
        date: '2026-01-03',
        who: { sv: 'Sverige', en: 'Sweden' },
        mode: 'travel' as const,
      },
    ],
  }));
}

const renderList = (list: Route[]) =>
  render(
    <RouteList
      routes={list}
      lang="en"
      t={MESSAGES.en}
      titles={new Map([['r', 'A release']])}
      open={() => undefined}
    />,
  );

const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

describe('RouteList', () => {
  it('lists the busiest routes and counts the rest', () => {
    renderList(routes(ROUTES_LISTED + 20));
    expect(headings()).toHaveLength(ROUTES_LISTED);
    expect(screen.getByText('…and 20 more')).toBeDefined();
  });

  it('lists and focuses a route picked on the map outside the busiest', () => {
    const list = routes(ROUTES_LISTED + 20);
    renderList(list);
    const quiet = list[ROUTES_LISTED + 10];
    if (!quiet) throw new Error('no such route');
    act(() => pickRoute(quiet.key));
    expect(headings()).toHaveLength(ROUTES_LISTED + 1);
    expect(headings().at(-1)).toContain(`${quiet.from.id} → ${quiet.to.id}`);
    expect(document.activeElement?.id).toBe(routeAnchor(quiet.key));
    expect(screen.getByText('…and 19 more')).toBeDefined();
  });

  it('focuses a listed route without listing it twice, and again when picked again', () => {
    const list = routes(ROUTES_LISTED + 20);
    renderList(list);
    const busy = list[3];
    if (!busy) throw new Error('no such route');
    act(() => pickRoute(busy.key));
    expect(headings()).toHaveLength(ROUTES_LISTED);
    expect(document.activeElement?.id).toBe(routeAnchor(busy.key));
    (document.activeElement as HTMLElement).blur();
    act(() => pickRoute(busy.key));
    expect(document.activeElement?.id).toBe(routeAnchor(busy.key));
  });
});
