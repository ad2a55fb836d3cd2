import { LinkHost } from './LinkHost.tsx';
import { useView } from '../app/ViewContext.tsx';
import { LANGS } from '../model/lang.ts';
import { originalLang } from '../model/view.ts';
import { formatDate, languageName } from '../i18n/format.ts';
import { useTranslator } from './SourceQuote.tsx';

/** Title, date of the visit, publication date and source link, in the interface language. */
export function ReleaseHeader() {
  const { index, state, t } = useView();
  const { meta, text } = index.release;
  const titles = state.parallel ? LANGS : [state.lang];
  const original = originalLang(index);
  const translator = useTranslator();
  return (
    <header className="release-header">
      {titles.map((lang) => (
        <div key={lang} className="release-title">
          <h1 lang={lang} dir="auto">
            {text[lang].title.text}
          </h1>
          <p className={`lang-label${lang === original ? '' : ' translation-label'}`}>
            {lang === original
              ? t.originalIn(languageName(original, state.lang))
              : t.translationBy(translator)}
          </p>
        </div>
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
