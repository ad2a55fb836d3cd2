import { useView } from '../app/ViewContext.tsx';
import { prefersReducedMotion } from '../map/motion.ts';
import { LANGS } from '../model/lang.ts';
import { LanguageLabel } from './LanguageLabel.tsx';

/** Above the text: "Follow the text", and in side-by-side view the heads of the two columns. */
export function ReadingBar({ parallel }: { parallel: boolean }) {
  const { state, t, update } = useView();
  return (
    <div className="reading-bar">
      <div className="reading-tools">
        {!parallel && (
          <p className="column-head">
            <LanguageLabel lang={state.lang} />
          </p>
        )}
        <button
          type="button"
          className="follow-toggle"
          aria-pressed={state.follow}
          aria-describedby="follow-hint"
          onClick={() => update({ follow: !state.follow })}
        >
          {t.followText}
        </button>
        <span id="follow-hint" className="reading-hint">
          {state.follow ? (prefersReducedMotion() ? t.followReduced : t.followHint) : ''}
          {!state.follow && !parallel ? t.counterpartHint : ''}
        </span>
      </div>
      {parallel && (
        <div className="column-heads">
          {LANGS.map((lang) => (
            <p key={lang} className={`column-head column--${lang}`}>
              <LanguageLabel lang={lang} />
            </p>
          ))}
        </div>
      )}
      <p id="sentence-keys" className="visually-hidden">
        {parallel ? t.sentenceKeysParallel : t.sentenceKeysSingle}
      </p>
    </div>
  );
}
