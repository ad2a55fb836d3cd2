/**
 * The release picker: an editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern).
 * Typing finds releases by any word of their title, places, people, countries or dates in
 * either language; results are grouped by year, newest first, with the number of matches. The
 * overview of all releases is always the first option.
 */
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import releases from 'virtual:release-index';
import { firstOfGroups, searchReleases, type SearchEntry } from '../data/search.ts';
import { formatShortDate } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Lang } from '../model/lang.ts';
import { OVERVIEW } from '../state/url.ts';
import './release-picker.css';

/** More options than this are not drawn; the count says how many matched, typing narrows. */
export const SHOWN_AT_MOST = 100;

let loadedWords: SearchEntry[] | undefined;
/**
 * Titles and dates are there at start-up; the words of places, people and countries load on
 * first use of the picker, as a chunk of their own.
 */
function useSearchEntries(wanted: boolean): readonly SearchEntry[] {
  const [entries, setEntries] = useState<readonly SearchEntry[]>(loadedWords ?? releases);
  useEffect(() => {
    if (!wanted || loadedWords) return;
    let current = true;
    import('virtual:release-search')
      .then((m) => {
        loadedWords = m.default;
        if (current) setEntries(m.default);
      })
      .catch(() => {
        // Titles and dates still find releases; the words are an addition.
      });
    return () => {
      current = false;
    };
  }, [wanted]);
  return entries;
}

const optionLabel = (r: SearchEntry, lang: Lang) =>
  r.visitDate
    ? `${formatShortDate(r.visitDate, lang)} · ${r.title[lang] || r.id}`
    : r.title[lang] || r.id;

export function ReleasePicker({
  current,
  lang,
  t,
  onChoose,
}: {
  current: string;
  lang: Lang;
  t: Messages;
  onChoose: (release: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  /** What was typed; null while the field shows the open release. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [used, setUsed] = useState(false);
  const entries = useSearchEntries(used);

  const result = useMemo(() => searchReleases(entries, query ?? ''), [entries, query]);
  const overview = releases.length > 1;
  // The groups as drawn (up to the limit), and the options in order: the overview first.
  const shownGroups = useMemo(() => firstOfGroups(result.groups, SHOWN_AT_MOST), [result]);
  const options = useMemo(
    () => [
      ...(overview ? [OVERVIEW] : []),
      ...shownGroups.flatMap((g) => g.shown.map((r) => r.id)),
    ],
    [shownGroups, overview],
  );
  const optionId = (value: string) => `${id}-option-${value}`;
  const activeValue = open ? options[Math.min(active, options.length - 1)] : undefined;

  const currentEntry = releases.find((r) => r.id === current);
  const currentLabel =
    current === OVERVIEW ? t.overview : currentEntry ? optionLabel(currentEntry, lang) : current;

  useEffect(() => {
    if (activeValue === undefined) return;
    document.getElementById(optionId(activeValue))?.scrollIntoView?.({ block: 'nearest' });
  });

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (value: string) => {
    close();
    if (value !== current) onChoose(value);
  };
  const show = () => {
    setUsed(true);
    setOpen(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          show();
          setActive(Math.max(0, options.indexOf(current)));
        } else setActive((a) => (a >= last ? 0 : a + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          show();
          setActive(last);
        } else setActive((a) => (a <= 0 ? last : a - 1));
        break;
      case 'Enter':
        if (open && activeValue !== undefined) {
          event.preventDefault();
          choose(activeValue);
        }
        break;
      case 'Escape':
        // First Escape closes the list, a second one restores the open release's name.
        if (open) setOpen(false);
        else setQuery(null);
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const shownCount = options.length - (overview ? 1 : 0);
  const status = result.count === 0 ? t.noMatches : t.matches(result.count);
  return (
    <div className="filter release-picker">
      <label className="control-label" htmlFor={`${id}-input`} id={`${id}-label`}>
        {t.release}
      </label>
      <span className="release-picker__field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={activeValue !== undefined ? optionId(activeValue) : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={t.releaseSearchHint}
          value={query ?? currentLabel}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            show();
          }}
          onFocus={(event) => {
            setUsed(true);
            event.target.select();
          }}
          onClick={show}
          onBlur={close}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          tabIndex={-1}
          className="release-picker__button"
          aria-label={t.releaseList}
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          // Keeps focus in the field, so the list does not close on its own blur.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (open ? close() : show())}
        >
          ▾
        </button>
      </span>
      <span id={`${id}-hint`} className="visually-hidden">
        {t.releaseSearchHint}
      </span>
      <span aria-live="polite" className="visually-hidden">
        {open ? status : ''}
      </span>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-labelledby={`${id}-label`}
        className="release-picker__list"
        hidden={!open}
        onMouseDown={(event) => event.preventDefault()}
      >
        {open && (
          <>
            <p className="release-picker__count" aria-hidden="true">
              {status}
              {shownCount < result.count ? ` ${t.showingFirst(shownCount)}` : ''}
            </p>
            {overview && (
              <div
                role="option"
                id={optionId(OVERVIEW)}
                aria-selected={activeValue === OVERVIEW}
                className={`release-picker__option${current === OVERVIEW ? ' is-current' : ''}`}
                onClick={() => choose(OVERVIEW)}
              >
                {t.overview}
              </div>
            )}
            {shownGroups.map(({ year, releases: all, shown }) => {
              const groupId = `${id}-year-${year || 'none'}`;
              return (
                <div role="group" aria-labelledby={groupId} key={year}>
                  <div role="presentation" id={groupId} className="release-picker__year">
                    {`${year || t.undated} (${all.length})`}
                  </div>
                  {shown.map((r) => (
                    <div
                      role="option"
                      key={r.id}
                      id={optionId(r.id)}
                      aria-selected={activeValue === r.id}
                      className={`release-picker__option${r.id === current ? ' is-current' : ''}`}
                      onClick={() => choose(r.id)}
                    >
                      {optionLabel(r, lang)}
                    </div>
                  ))}
                </div>
              );
            })}
          </>
        )}
      </div>
    </div>
  );
}
