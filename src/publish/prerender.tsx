/**
 * Server-side entry the build loads (build/prerender.ts): renders a release's page with the
 * same App the browser hydrates, and gathers what its <head> and share image need.
 */
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import type { FeatureCollection } from 'geojson';
import releases from 'virtual:release-index';
import { App, overviewPage } from '../app/App.tsx';
import { forgetRelease, preloaded, preloadRelease } from '../app/opening.ts';
import { formatDate } from '../i18n/format.ts';
import { MESSAGES } from '../i18n/messages.ts';
import { loadCorpus } from '../overview/corpus.ts';
import { Overview } from '../overview/Overview.tsx';
import { LANGS, type Lang } from '../model/lang.ts';
import { pagePath } from '../state/location.ts';
import { OVERVIEW } from '../state/url.ts';
import { visibleItems } from '../state/selection.ts';
import { setPrerenderLocation } from '../state/useViewState.ts';
import { releaseHead, type ShareImage, type Site } from './head.ts';
import { pictureText } from './picture.ts';
import { buildScene } from './scene.ts';
import { BOTTOM, sceneToSvg, TOP } from './svg.ts';

export { releases, forgetRelease };

export const SHARE_IMAGE = { width: 1200, height: 630 };

/** The share image's address in the build, one per release and language. */
export const shareImagePath = (id: string, lang: Lang, base: string): string =>
  `${base}share/${id}.${lang}.png`;

/** Whether a release loads; a broken one gets no page of its own, and the app says what failed. */
export async function releaseLoads(id: string): Promise<boolean> {
  await preloadRelease(id);
  return preloaded(id) !== undefined;
}

export async function renderRelease(id: string, lang: Lang, pathname: string, site: Site) {
  await preloadRelease(id);
  const index = preloaded(id);
  if (!index) throw new Error(`release ${id} does not load; npm run check:data says why`);
  setPrerenderLocation(pathname);
  const body = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const image: ShareImage = { path: shareImagePath(id, lang, site.base), ...SHARE_IMAGE };
  return {
    body,
    head: releaseHead(index, lang, site, image),
    translation: renderToStaticMarkup(<Translation id={id} lang={lang} base={site.base} />),
  };
}

/** The SVG of a release's share image: its whole map with title and legend. */
export async function shareImageSvg(
  id: string,
  lang: Lang,
  basemap: FeatureCollection,
): Promise<string> {
  await preloadRelease(id);
  const index = preloaded(id);
  if (!index) throw new Error(`release ${id} does not load`);
  const visible = visibleItems(index, { meeting: null, external: true });
  const scene = buildScene(index, visible, basemap, lang, {
    ...SHARE_IMAGE,
    top: TOP,
    bottom: BOTTOM,
  });
  return sceneToSvg(scene, pictureText(index, visible, lang, MESSAGES[lang]));
}

/**
 * Shown only without JavaScript (inside <noscript>): the release in the other language, folded,
 * and a link to that language's page. With JavaScript the language toggle does this.
 */
function Translation({ id, lang, base }: { id: string; lang: Lang; base: string }) {
  const index = preloaded(id);
  const other = LANGS.find((l) => l !== lang) ?? lang;
  if (!index) return null;
  const text = index.release.text[other];
  const t = MESSAGES[lang];
  return (
    <section className="noscript-translation">
      <details lang={other}>
        <summary>
          {text.title.text} ({other === 'en' ? t.languageEn : t.languageSv})
        </summary>
        {other === 'en' && <p className="note">{MESSAGES.en.translationNote}</p>}
        {text.paragraphs.map((p) =>
          p.isQuote ? (
            <blockquote key={p.index}>{p.text}</blockquote>
          ) : (
            <p key={p.index}>{p.text}</p>
          ),
        )}
      </details>
      <p>
        <a href={pagePath(id, other, base)} lang={other} hrefLang={other}>
          {t.otherLanguagePage}
        </a>
      </p>
    </section>
  );
}

/**
 * The overview's page, as the browser hydrates it (its releases and code are loaded first, as
 * src/main.tsx does), and for readers without JavaScript every release linked to its page.
 */
export async function renderOverview(lang: Lang, pathname: string, base: string) {
  await loadCorpus();
  overviewPage.provide(Overview);
  setPrerenderLocation(pathname);
  const body = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { body, noscript: renderToStaticMarkup(<ReleaseList lang={lang} base={base} />) };
}

function ReleaseList({ lang, base }: { lang: Lang; base: string }) {
  const t = MESSAGES[lang];
  return (
    <section className="overview-static">
      <h2>{t.overview}</h2>
      <ul>
        {releases.map((r) => (
          <li key={r.id}>
            <a href={pagePath(r.id, lang, base)}>{r.title[lang] || r.id}</a>
            {r.visitDate && (
              <>
                {' '}
                <time dateTime={r.visitDate}>{formatDate(r.visitDate, lang)}</time>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export { OVERVIEW };

export const overviewTitle = (lang: Lang): string => MESSAGES[lang].overviewTitle;
