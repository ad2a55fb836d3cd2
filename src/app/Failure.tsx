/**
 * A release that cannot be loaded: which one and why, under the same header as every other
 * page, so the other releases and the language stay one click away.
 */
import releases from 'virtual:release-index';
import { useEffect } from 'react';
import { MESSAGES } from '../i18n/messages.ts';
import { LanguageToggle } from '../sidebar/LanguageToggle.tsx';
import { ReleasePicker } from '../sidebar/ReleasePicker.tsx';
import { DEFAULT_STATE, type ViewState } from '../state/url.ts';
import { navigate, useUrlState } from '../state/useViewState.ts';
import './failure.css';

export function Failure({ release, problems }: { release?: string; problems: string[] }) {
  const { state } = useUrlState();
  const t = MESSAGES[state.lang];
  const summary = releases.find((r) => r.id === release);
  const title = summary?.title[state.lang] || release;
  const update = (patch: Partial<ViewState>) =>
    navigate({ ...state, ...(release ? { release } : {}), ...patch });

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">
          <span className="app-title">{t.appTitle}</span>{' '}
          <span className="app-tagline">{t.appTagline}</span>
        </p>
        {releases.length > 0 && (
          <div className="controls">
            <ReleasePicker
              current={release ?? ''}
              lang={state.lang}
              t={t}
              onChoose={(id) => navigate({ ...DEFAULT_STATE, lang: state.lang, release: id })}
            />
            <LanguageToggle state={state} t={t} update={update} parallelOffered={false} />
          </div>
        )}
      </header>
      <main className="status failure" role="alert">
        <h1>{t.dataError}</h1>
        {title && (
          <p>
            <bdi dir="auto">{title}</bdi>
            {release && release !== title && (
              <>
                {' '}
                (<bdi>{release}</bdi>)
              </>
            )}
          </p>
        )}
        <ul className="problems">
          {problems.map((problem) => (
            <li key={problem} dir="auto">
              {problem}
            </li>
          ))}
        </ul>
        {releases.length > 1 && <p>{t.failedChooseAnother}</p>}
      </main>
    </div>
  );
}
