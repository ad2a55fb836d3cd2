import { Fragment } from 'react';
import { LinkHost } from './LinkHost.tsx';
import { useView } from '../app/ViewContext.tsx';
import { originalLang, sourceOf } from '../model/view.ts';
import { formatDate, languageName } from '../i18n/format.ts';
import type { ExternalSource, Provenance } from '../model/schema.ts';
import { sentenceText } from '../model/text.ts';
import { revealSentence } from './useSentences.ts';

/** "Interfax-Ukraine, 3 January 2026: <headline>", linked. */
export function ExternalSourceLine({ source }: { source: ExternalSource }) {
  const { state } = useView();
  return (
    <p className="source-line">
      {source.publisher},{' '}
      <time dateTime={source.date}>{formatDate(source.date, state.lang, false)}</time>:{' '}
      <a href={source.url} rel="noopener noreferrer" target="_blank">
        <bdi>{source.title}</bdi>
      </a>{' '}
      <LinkHost url={source.url} />
      {/* Paper has no links: the address is printed. */}
      <span className="print-only url"> {source.url}</span>
    </p>
  );
}

/** Who translated the release into the language that is not the original. */
export function useTranslator(): string {
  const { index, state, t } = useView();
  return index.release.meta.translator?.[state.lang] ?? t.defaultTranslator;
}

/**
 * The sentences of the release that state a fact, as published (the original language), with
 * our translation labelled as such; the external source it comes from; and, when facts from
 * other sources are shown, what other sources add.
 */
export function SourceQuote({
  provenance,
  printed = false,
}: {
  provenance: Provenance;
  /** Under each printed journey: the list item is the heading, and paper has no buttons. */
  printed?: boolean;
}) {
  const { index, state, t } = useView();
  const lang = state.lang;
  const original = originalLang(index);
  const translator = useTranslator();
  const source = sourceOf(index, provenance);
  const cite = index.release.meta.sourceUrl ?? undefined;
  const sources = index.release.meta.sources;
  return (
    <div className="source">
      {provenance.sentences && (
        <>
          {!printed && <h3>{t.quotedSentence}</h3>}
          <p className="lang-label">{t.originalIn(languageName(original, lang))}</p>
          {provenance.sentences.map((ref) => (
            <Fragment key={ref}>
              <blockquote lang={original} cite={cite} className="quote-original">
                {sentenceText(index.release.text[original], ref)}
              </blockquote>
              {!printed && ref !== 'title' && (
                <button
                  type="button"
                  className="citation"
                  onClick={() => revealSentence(ref, lang)}
                >
                  {t.showInText(ref)}
                </button>
              )}
            </Fragment>
          ))}
          {lang !== original && (
            <>
              <p className="lang-label translation-label">{t.translationBy(translator)}</p>
              {provenance.sentences.map((ref) => (
                <blockquote key={ref} lang={lang} className="quote-translation">
                  {sentenceText(index.release.text[lang], ref)}
                </blockquote>
              ))}
            </>
          )}
        </>
      )}
      {source && (
        <>
          {!printed && <h3>{t.externalSource}</h3>}
          <ExternalSourceLine source={source} />
        </>
      )}
      {provenance.note && <p className="note">{provenance.note[lang]}</p>}
      {provenance.external && state.external && (
        <div className="source-external">
          {!printed && <h3>{t.externalSource}</h3>}
          {provenance.external.map((e, i) => {
            const from = sources.find((s) => s.id === e.source);
            return (
              <div key={i}>
                <p className="note">{e.note[lang]}</p>
                {from && <ExternalSourceLine source={from} />}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
