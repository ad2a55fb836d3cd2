/**
 * The head of a column of release text: its language tag, and whether it is the original or
 * our (unofficial) translation, so the two columns tell themselves apart at a glance.
 */
import { useView } from '../app/ViewContext';
import type { Lang } from '../model/lang';

/**
 * The language the release was published in. Every release so far is a Swedish original
 * (its source.sv.md is the published text); when releases name their original language, read
 * it here.
 */
export const ORIGINAL_LANG: Lang = 'sv';

export function LanguageLabel({ lang }: { lang: Lang }) {
  const { t } = useView();
  const original = lang === ORIGINAL_LANG;
  return (
    <span className={`language-label language-label--${original ? 'original' : 'translation'}`}>
      <span className="language-tag" lang={lang}>
        {lang.toUpperCase()}
      </span>{' '}
      {original ? t.original : t.translation}
    </span>
  );
}
