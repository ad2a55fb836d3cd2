import { useEffect, useRef, type ReactNode } from 'react';
import { useView, type View } from '../app/ViewContext.tsx';
import { countryName } from '../i18n/format.ts';
import { kindName } from '../i18n/kinds.ts';
import { meetingMark, participantMark } from '../model/basis.ts';
import type { Place } from '../model/release.ts';
import type { Actor } from '../model/schema.ts';
import { isExternal, placeName, required, whoName } from '../model/view.ts';
import { whenText } from './labels.ts';
import { MarkBadges } from './Mark.tsx';
import type { Selection } from '../state/url.ts';
import { SourceQuote } from './SourceQuote.tsx';
import { useDetailsInSheet } from './useSheet.ts';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** "Approximate position" with its reason, or where a cited position comes from. */
function PositionNote({ place }: { place: Place }) {
  const { state, t } = useView();
  const lang = state.lang;
  return (
    <>
      {place.approximate && (
        <p className="note position-note">
          <span className="badge badge--approximate">{t.approximatePosition}</span>{' '}
          {place.approximate.reason[lang]}
        </p>
      )}
      {place.position && (
        <p className="note position-note">
          {`${t.citedPosition} `}
          <a href={place.position.source.url} rel="noopener noreferrer" target="_blank">
            {'geonames' in place.position.source
              ? `GeoNames ${place.position.source.geonames}`
              : `Wikidata ${place.position.source.wikidata}`}
          </a>
        </p>
      )}
    </>
  );
}

/** An actor's role, saying so when the release does not name them. */
function RoleField({ actor, view }: { actor: Actor | undefined; view: View }) {
  if (!actor?.role) return null;
  const { t, state } = view;
  return (
    <Field label={t.who}>
      {actor.role[state.lang]}
      {actor.name ? '' : ` (${t.unnamed})`}
    </Field>
  );
}

/** The heading and body of the details of one selected item; undefined if it does not exist. */
function describe(
  view: View,
  selection: Selection,
): { title: string; body: ReactNode } | undefined {
  const { index, state, t } = view;
  const lang = state.lang;
  switch (selection.kind) {
    case 'journey': {
      const j = index.journeys.find((x) => x.journey.id === selection.id);
      if (!j) return undefined;
      const actor = index.actors.get(j.journey.who);
      return {
        title: whoName(index, j.journey.who, lang),
        body: (
          <>
            <dl>
              <RoleField actor={actor} view={view} />
              <Field label={t.from}>
                {placeName(j.from, lang)}
                <MarkBadges mark={j.marks.from} why />
                <PositionNote place={j.from} />
              </Field>
              <Field label={t.to}>
                {j.meeting
                  ? `${j.meeting.title[lang]}, ${placeName(j.to, lang)} (${t[j.meeting.status]})`
                  : placeName(j.to, lang)}
                {j.to.kind === 'country' && <p className="note">{t.countryPlaced}</p>}
                <PositionNote place={j.to} />
              </Field>
              <Field label={t.when}>
                {whenText(j.date, j.marks.date, lang, t)}
                <MarkBadges mark={j.marks.date} why />
              </Field>
              <Field label={t.how}>
                {j.journey.mode === 'remote' ? t.remote : t.inPerson}
                <MarkBadges mark={j.marks.mode} why />
              </Field>
            </dl>
            <SourceQuote provenance={j.journey.provenance} />
          </>
        ),
      };
    }
    case 'meeting': {
      const m = index.meetings.get(selection.id);
      if (!m) return undefined;
      const place = required(index.places, m.place, 'place');
      return {
        title: m.title[lang],
        body: (
          <>
            <dl>
              <Field label={t.kind}>{kindName(m.kind, lang)}</Field>
              <Field label={t.where}>
                {placeName(place, lang)}
                <MarkBadges mark={meetingMark(m, 'place')} why />
                <PositionNote place={place} />
              </Field>
              <Field label={t.when}>
                {`${whenText(m.date, meetingMark(m, 'date'), lang, t)} (${t[m.status]})`}
                <MarkBadges mark={meetingMark(m, 'date')} why />
              </Field>
              {m.host && <Field label={t.host}>{whoName(index, m.host, lang)}</Field>}
              <Field label={t.participants}>
                <ul>
                  {m.participants
                    .filter((p) => state.external || !isExternal(p.provenance))
                    .map((p) => (
                      <li key={p.who}>
                        {`${whoName(index, p.who, lang)} (${p.mode === 'remote' ? t.remote : t.inPerson})`}
                        <MarkBadges mark={participantMark(p, 'presence')} why about={t.who} />
                        <MarkBadges mark={participantMark(p, 'mode')} why about={t.how} />
                      </li>
                    ))}
                </ul>
              </Field>
            </dl>
            <SourceQuote provenance={m.provenance} />
          </>
        ),
      };
    }
    case 'place': {
      const place = index.places.get(selection.id);
      if (!place) return undefined;
      const meetings = index.release.meetings.filter((m) => m.place === place.id);
      const departures = index.journeys.filter((j) => j.from.id === place.id);
      return {
        title: placeName(place, lang),
        body: (
          <dl>
            <Field label={t.where}>
              {countryName(place.geocoded.country, lang)}
              {place.kind === 'country' && <p className="note">{t.countryPlaced}</p>}
              <PositionNote place={place} />
            </Field>
            {meetings.length > 0 && (
              <Field label={t.meeting}>
                <ul>
                  {meetings.map((m) => (
                    <li
                      key={m.id}
                    >{`${m.title[lang]}, ${whenText(m.date, meetingMark(m, 'date'), lang, t)} (${t[m.status]})`}</li>
                  ))}
                </ul>
              </Field>
            )}
            {departures.length > 0 && (
              <Field label={t.journeys}>
                <ul>
                  {departures.map((j) => (
                    <li key={j.journey.id}>{view.journeyLabels.get(j.journey.id)}</li>
                  ))}
                </ul>
              </Field>
            )}
          </dl>
        ),
      };
    }
    case 'actor':
    case 'delegation': {
      const actor = index.actors.get(selection.id);
      const delegation = index.delegations.get(selection.id);
      const provenance = actor?.provenance ?? delegation?.provenance;
      if (!provenance) return undefined;
      const country =
        actor?.affiliation && 'country' in actor.affiliation
          ? actor.affiliation.country
          : undefined;
      return {
        title: whoName(index, selection.id, lang),
        body: (
          <>
            <dl>
              <RoleField actor={actor} view={view} />
              {country && <Field label={t.where}>{countryName(country, lang)}</Field>}
              {delegation?.countryCount && (
                <Field label={t.participants}>{t.countriesCount(delegation.countryCount)}</Field>
              )}
            </dl>
            <SourceQuote provenance={provenance} />
          </>
        ),
      };
    }
  }
}

/** Details of the selected item, rendered by React; Close or Escape clears the selection. */
export function Details() {
  const view = useView();
  const { state, t, select } = view;
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  const mounted = useRef(false);
  const details = state.selected ? describe(view, state.selected) : undefined;
  const selectedKey = state.selected ? `${state.selected.kind}:${state.selected.id}` : null;
  useDetailsInSheet(section, details ? selectedKey : null);

  // Opening details moves focus to them; closing returns it to where it was. A view opened
  // from a link does not take focus on load.
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (selectedKey) {
      if (!heading.current?.contains(document.activeElement))
        opener.current ??= document.activeElement;
      heading.current?.focus({ preventScroll: true });
      // In the next frame: the release text's effect, which runs after this one, brings the
      // cited sentence into view and could scroll the focused heading out of sight.
      const frame = requestAnimationFrame(() =>
        heading.current?.scrollIntoView?.({ block: 'nearest' }),
      );
      return () => cancelAnimationFrame(frame);
    } else {
      const previous = opener.current;
      opener.current = null;
      if (previous instanceof HTMLElement || previous instanceof SVGElement) {
        if (previous.isConnected) previous.focus({ preventScroll: true });
      }
    }
  }, [selectedKey]);

  useEffect(() => {
    if (!state.selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.selected, select]);

  if (!details) return null;
  return (
    <section ref={section} className="details" aria-labelledby="details-heading">
      <div className="details-bar">
        <h2 id="details-heading" ref={heading} tabIndex={-1} dir="auto">
          {details.title}
        </h2>
        <button
          type="button"
          className="close"
          onClick={() => select(null)}
          aria-label={t.closeDetails}
        >
          ×
        </button>
      </div>
      {details.body}
    </section>
  );
}
