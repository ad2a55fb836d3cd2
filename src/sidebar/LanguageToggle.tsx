import type { Messages } from '../i18n/messages.ts';
import type { ViewState } from '../state/url.ts';

/** Svenska, English, or both side by side; the choice is exposed with aria-pressed. */
export function LanguageToggle({
  state,
  t,
  update,
  parallelOffered = true,
}: {
  state: Pick<ViewState, 'lang' | 'parallel'>;
  t: Messages;
  update: (patch: Partial<ViewState>) => void;
  /** The overview has no release text to show side by side. */
  parallelOffered?: boolean;
}) {
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
  const shown = parallelOffered ? options : options.slice(0, 2);
  return (
    <div className="toggle" role="group" aria-label={t.language}>
      <span className="control-label" aria-hidden="true">
        {t.language}
      </span>
      {shown.map((option) => (
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
