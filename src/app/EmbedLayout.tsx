/**
 * The compact layout an iframe shows (`r/<id>/embed/`): a title line, the map with its legend,
 * and a link to the full page with the same view. Language, meeting and selection come from
 * the URL as on the full page, and so does the notice when the URL asks for what the release
 * does not have (`notices`, as on the full page).
 */
import type { ReactNode } from 'react';
import { appBase, pagePath } from '../state/location.ts';
import { serialiseUrl, DEFAULT_STATE } from '../state/url.ts';
import { MapSlot } from './MapSlot.tsx';
import { useView } from './ViewContext.tsx';
import './embed.css';

export function EmbedLayout({ notices }: { notices: ReactNode }) {
  const { index, state, t } = useView();
  const query = serialiseUrl({ ...state, release: null, lang: DEFAULT_STATE.lang });
  const full = `${pagePath(index.release.id, state.lang, appBase())}${query}`;
  return (
    <div className="app app--embed">
      <header className="embed-header">
        <p className="embed-title" lang={state.lang}>
          {index.release.text[state.lang].title.text}
        </p>
        <a href={full} target="_blank" rel="noopener">
          {t.openFullPage}
        </a>
      </header>
      {notices}
      <main className="layout">
        <MapSlot listed={false} />
      </main>
    </div>
  );
}
