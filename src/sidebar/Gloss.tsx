import { useView } from '../app/ViewContext.tsx';
import { languageName } from '../i18n/format.ts';
import { otherLang, type Lang } from '../model/lang.ts';
import { sentenceText } from '../model/text.ts';
import { LanguageLabel } from './LanguageLabel.tsx';
import { glossId } from './useSentences.ts';

/**
 * In one-language view, the counterpart of the sentence the reader asked about, right under
 * it. Made of spans: it sits inside the paragraph.
 */
export function Gloss({
  reference,
  lang,
  onClose,
}: {
  reference: string;
  lang: Lang;
  onClose: () => void;
}) {
  const { index, t } = useView();
  return (
    <span className="gloss" id={glossId(reference)}>
      <span className="gloss-head">
        <LanguageLabel lang={lang} />
        <button type="button" className="gloss-close" onClick={onClose}>
          {t.hideCounterpart}
        </button>
      </span>
      <span lang={lang} className="gloss-text">
        {sentenceText(index.release.text[lang], reference)}
      </span>
    </span>
  );
}

/** Says the counterpart a reader asked for, since focus stays on the sentence. */
export function GlossAnnouncer({ gloss }: { gloss: string | null }) {
  const { index, state, t } = useView();
  const lang = otherLang(state.lang);
  const text = gloss ? sentenceText(index.release.text[lang], gloss) : undefined;
  return (
    <p className="visually-hidden" aria-live="polite">
      {text && (
        <>
          {`${t.counterpartIn(languageName(lang, state.lang))}: `}
          <span lang={lang}>{text}</span>
        </>
      )}
    </p>
  );
}
