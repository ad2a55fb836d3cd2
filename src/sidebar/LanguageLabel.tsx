/**
 * The head of a column of release text: its language tag, and whether it is the original or
 * our (unofficial) translation, so the two columns tell themselves apart at a glance.
 */
import { useView } from '../app/ViewContext.tsx';
import type { Lang } from '../model/lang.ts';
import { originalLang } from '../model/view.ts';

export function LanguageLabel({ lang }: { lang: Lang }) {
  const { index, t } = useView();
  const original = lang === originalLang(index);
  return (
    <span className={`language-label language-label--${original ? 'original' : 'translation'}`}>
      <span className="language-tag" lang={lang}>
        {lang.toUpperCase()}
      </span>{' '}
      {original ? t.original : t.translation}
    </span>
  );
}
