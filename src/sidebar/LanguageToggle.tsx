import { useView } from '../app/ViewContext';

/** Svenska, English, or both side by side; the choice is exposed with aria-pressed. */
export function LanguageToggle() {
  const { state, t, update } = useView();
  const options = [
    {
      label: t.languageSv,
      lang: 'sv',
      pressed: !state.parallel && state.lang === 'sv',
      patch: { lang: 'sv', parallel: false },
    },
    {
      label: t.languageEn,
      lang: 'en',
      pressed: !state.parallel && state.lang === 'en',
      patch: { lang: 'en', parallel: false },
    },
    { label: t.parallel, lang: undefined, pressed: state.parallel, patch: { parallel: true } },
  ] as const;
  return (
    <div className="toggle" role="group" aria-label={t.language}>
      <span className="control-label" aria-hidden="true">
        {t.language}
      </span>
      {options.map((option) => (
        <button
          key={option.label}
          type="button"
          lang={option.lang}
          aria-pressed={option.pressed}
          onClick={() => update(option.patch)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
