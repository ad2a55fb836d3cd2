/**
 * Renders the whole Explorer on the real first release, with the URL as its state, the way
 * the app opens it. The Leaflet map is replaced by a stub: happy-dom has no layout, so the map
 * is covered by the browser tests, and its basemap would be fetched over the network. The
 * stub keeps the map's named region and its legend, which is plain React.
 */
import { render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { useView } from '../../src/app/ViewContext.tsx';
import { Explorer } from '../../src/app/Explorer.tsx';
import { Legend } from '../../src/map/Legend.tsx';
import type { ReleaseIndex } from '../../src/model/view.ts';
import { indexFirstRelease } from '../unit/support/real-release.ts';

vi.mock('../../src/map/MapView.tsx', () => ({
  MapView: function MapViewStub() {
    const { t } = useView();
    return (
      <section aria-label={t.map} data-testid="map-stub">
        <Legend />
      </section>
    );
  },
}));

let cached: ReleaseIndex | undefined;
/** The real first release, loaded and indexed once per test file. */
export function releaseIndex(): ReleaseIndex {
  cached ??= indexFirstRelease();
  return cached;
}

export interface Rendered extends RenderResult {
  user: UserEvent;
}

/** Opens the Explorer at `url` (path and query), e.g. `/?lang=en&meeting=…`. */
export function renderExplorer(url = '/'): Rendered {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  return { user, ...render(<Explorer index={releaseIndex()} releaseNotices={[]} />) };
}

/** The URL's query as parameters, to check what the app wrote. */
export const urlParams = (): URLSearchParams => new URLSearchParams(window.location.search);

/** The region holding the list of journeys, found by its heading. */
export function journeysRegion(name: string | RegExp): HTMLElement {
  return screen.getByRole('region', { name });
}

/** The buttons of the journey list, one per journey in view. */
export function journeyButtons(name: string | RegExp): HTMLElement[] {
  const region = journeysRegion(name);
  return within(region).queryAllByRole('button');
}

/** The paragraphs of the release text, by their 1-based index. */
export function textParagraphs(container: HTMLElement): Map<number, HTMLElement> {
  const paragraphs = new Map<number, HTMLElement>();
  for (const element of container.querySelectorAll<HTMLElement>('[data-paragraph]')) {
    paragraphs.set(Number(element.dataset.paragraph), element);
  }
  return paragraphs;
}
