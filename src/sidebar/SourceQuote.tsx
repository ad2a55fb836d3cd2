import { LinkHost } from './LinkHost';
import { useView } from '../app/ViewContext';
import { sourceOf } from '../model/view';
import { formatDate } from '../i18n/format';
import type { Provenance } from '../model/schema';
import { sentenceText } from '../model/text';

/** The sentences of the release that state a fact, or the external source it comes from. */
export function SourceQuote({ provenance }: { provenance: Provenance }) {
  const { index, state, t } = useView();
  const lang = state.lang;
  const source = sourceOf(index, provenance);
  return (
    <div className="source">
      {provenance.sentences && (
        <>
          <h3>{t.quotedSentence}</h3>
          {provenance.sentences.map((ref) => (
            <blockquote key={ref} lang={lang} cite={index.release.meta.sourceUrl ?? undefined}>
              {sentenceText(index.release.text[lang], ref)}
            </blockquote>
          ))}
        </>
      )}
      {source && (
        <>
          <h3>{t.externalSource}</h3>
          <p>
            {source.publisher},{' '}
            <time dateTime={source.date}>{formatDate(source.date, lang, false)}</time>:{' '}
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              <bdi>{source.title}</bdi>
            </a>{' '}
            <LinkHost url={source.url} />
          </p>
        </>
      )}
      {provenance.note && <p className="note">{provenance.note[lang]}</p>}
    </div>
  );
}
