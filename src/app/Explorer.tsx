/**
 * An open release: reads the view from the URL, derives what is visible and related, and lays
 * out the header, the sidebar and the map.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { MESSAGES } from '../i18n/messages.ts';
import type { ReleaseIndex } from '../model/view.ts';
import { dropHidden, exists, relatedKeys, visibleItems } from '../state/selection.ts';
import { actorFilterExists } from '../state/filters.ts';
import {
  DEFAULT_STATE,
  parseSelection,
  resolveState,
  shown,
  type Selection,
  type UrlNotice,
  type ViewState,
} from '../state/url.ts';
import { ReleasePicker } from '../sidebar/ReleasePicker.tsx';
import { journeyLabel, selectionName } from '../sidebar/labels.ts';
import { navigate, useUrlState } from '../state/useViewState.ts';
import { Details } from '../sidebar/Details.tsx';
import { JourneyList } from '../sidebar/JourneyList.tsx';
import { ViewActions } from '../sidebar/ViewActions.tsx';
import { LanguageToggle } from '../sidebar/LanguageToggle.tsx';
import { FilterBar } from '../sidebar/FilterBar.tsx';
import { MeetingFilter } from '../sidebar/MeetingFilter.tsx';
import { ActorPlaceFilters } from '../sidebar/ActorPlaceFilters.tsx';
import { MeetingTimeline } from '../sidebar/MeetingTimeline.tsx';
import { Notices } from '../sidebar/Notices.tsx';
import { ReleaseHeader } from '../sidebar/ReleaseHeader.tsx';
import { ReleaseText } from '../sidebar/ReleaseText.tsx';
import { EmbedLayout } from './EmbedLayout.tsx';
import { MapSlot } from './MapSlot.tsx';
import { ViewApplied } from './ViewApplied.tsx';
import { ViewContext, type View } from './ViewContext.tsx';

const EMPTY = new Set<string>();

export function Explorer({
  index,
  releaseNotices,
}: {
  index: ReleaseIndex;
  /** Said by the App when the URL named a release it does not have. */
  releaseNotices: UrlNotice[];
}) {
  const url = useUrlState();
  // A bad URL opens the default view and says so; the next change writes a clean URL.
  const resolved = useMemo(
    () =>
      resolveState(
        url.state,
        (s) => exists(index, s),
        (actor) => actorFilterExists(index, actor),
      ),
    [url.state, index],
  );
  const { meeting, external, actor, place } = resolved.state;
  const visible = useMemo(
    () => visibleItems(index, { meeting, external, actor, place }),
    [index, meeting, external, actor, place],
  );
  // A selection its own filters leave out is dropped, as changing a filter in the app does.
  const { state, hidden } = useMemo(
    () => dropHidden(index, visible, resolved.state),
    [index, visible, resolved.state],
  );
  const notices = useMemo(
    () => [
      ...releaseNotices,
      ...url.notices,
      ...resolved.notices,
      ...(hidden
        ? [
            {
              kind: 'hiddenSelection' as const,
              value: shown(selectionName(index, hidden, state.lang)),
            },
          ]
        : []),
    ],
    [releaseNotices, url.notices, resolved.notices, hidden, index, state.lang],
  );
  const [hovered, setHovered] = useState<string | null>(null);
  const [reading, setReading] = useState<Set<string>>(EMPTY);
  const [followed, setFollowed] = useState<Set<string>>(EMPTY);
  const update = useCallback(
    // Every change writes the release into the URL, so a shared link keeps showing it.
    (patch: Partial<ViewState>) => navigate({ ...state, release: index.release.id, ...patch }),
    [state, index],
  );

  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${index.release.text[state.lang].title.text} – diplomap`;
  }, [state.lang, index]);

  const select = useCallback(
    (selection: Selection | null) => update({ selected: selection }),
    [update],
  );
  const t = MESSAGES[state.lang];
  const journeyLabels = useMemo(
    () => new Map(index.journeys.map((j) => [j.journey.id, journeyLabel(index, j, state.lang, t)])),
    [index, state.lang, t],
  );
  const related = useMemo(
    () => (state.selected ? relatedKeys(index, state.selected) : EMPTY),
    [index, state.selected],
  );
  const hoverRelated = useMemo(() => {
    const selection = hovered ? parseSelection(hovered) : null;
    return selection ? relatedKeys(index, selection) : EMPTY;
  }, [index, hovered]);

  const view: View = useMemo(
    () => ({
      index,
      state,
      t,
      visible,
      journeyLabels,
      related,
      hovered,
      hoverRelated,
      setHovered,
      reading,
      setReading,
      followed: state.follow ? followed : EMPTY,
      setFollowed,
      select,
      update,
    }),
    [
      index,
      state,
      t,
      visible,
      journeyLabels,
      related,
      hovered,
      hoverRelated,
      reading,
      followed,
      select,
      update,
    ],
  );

  const shownNotices = <Notices notices={notices} t={view.t} search={url.search} />;
  if (url.embed)
    return (
      <ViewContext.Provider value={view}>
        <EmbedLayout notices={shownNotices} />
      </ViewContext.Provider>
    );
  return (
    <ViewContext.Provider value={view}>
      <div className={`app${state.selected ? ' app--details' : ''}`}>
        <header className="app-header">
          <p className="app-name">
            <span className="app-title">{view.t.appTitle}</span>{' '}
            <span className="app-tagline">{view.t.appTagline}</span>
          </p>
          <div className="controls">
            {/* Hydrated after the map has mounted, as the sidebar is (see below); a click or a
                key press before then hydrates it at once and is not lost. */}
            <Suspense fallback={null}>
              <ReleasePicker
                current={index.release.id}
                lang={state.lang}
                t={view.t}
                onChoose={(release) =>
                  navigate({
                    ...DEFAULT_STATE,
                    lang: state.lang,
                    parallel: state.parallel,
                    release,
                  })
                }
              />
              <LanguageToggle state={state} t={view.t} update={update} />
              <FilterBar
                active={[state.meeting, state.actor, state.place].filter(Boolean).length}
                t={view.t}
              >
                <MeetingFilter />
                <ActorPlaceFilters />
              </FilterBar>
            </Suspense>
          </div>
        </header>
        {shownNotices}
        <main className="layout">
          <aside className="sidebar" aria-label={view.t.releaseText}>
            {/* A prerendered page already shows the text; what it lacks is the map. This
                boundary lets React hydrate the text after the map has mounted (a boundary from
                the server hydrates in a pass of its own, at low priority), not before. */}
            <Suspense fallback={null}>
              <Details />
              <ReleaseHeader />
              <MeetingTimeline />
              <ReleaseText />
              <JourneyList />
              <ViewActions />
              <ViewApplied />
            </Suspense>
          </aside>
          <MapSlot />
        </main>
      </div>
    </ViewContext.Provider>
  );
}
