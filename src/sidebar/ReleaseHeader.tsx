import { LinkHost } from './LinkHost';
import { useView } from '../app/ViewContext';
import { formatDate } from '../i18n/format';
import { LANGS } from '../model/lang';

/** Title, date of the visit, publication date and source link, in the interface language. */
export function ReleaseHeader() {
  const { index, state, t } = useView();
  const { meta, text } = index.release;
  const titles = state.parallel ? LANGS : [state.lang];
  return (
    <header className="release-header">
      {titles.map((lang) => (
        <h1 key={lang} lang={lang} dir="auto">
          {text[lang].title.text}
        </h1>
      ))}
      <dl className="facts">
        <dt>{t.visitDate}</dt>
        <dd>
          <time dateTime={meta.visitDate}>{formatDate(meta.visitDate, state.lang)}</time>
        </dd>
        <dt>{t.published}</dt>
        <dd>
          {meta.published ? (
            <time dateTime={meta.published}>{formatDate(meta.published, state.lang)}</time>
          ) : (
            t.publishedUnknown
          )}
        </dd>
        <dt>{t.source}</dt>
        <dd>
          {meta.sourceUrl ? (
            <>
              <a href={meta.sourceUrl} rel="noopener noreferrer" target="_blank">
                {t.sourceLink}
              </a>{' '}
              <LinkHost url={meta.sourceUrl} />
            </>
          ) : (
            t.sourceUnknown
          )}
        </dd>
      </dl>
    </header>
  );
}
