import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useView } from '../app/ViewContext';
import { LANGS, type Lang } from '../model/lang';
import type { Mention } from '../model/markup';
import type { Paragraph } from '../model/text';
import { keyOf, paragraphsInFocus, provenanceOf } from '../state/selection';
import { serialiseUrl } from '../state/url';
import { prefersReducedMotion } from '../map/motion';
import { paragraphRuns } from './segments';

/** Sentences that state the selection, or that mention it. */
function useCitedRefs(): Set<string> {
  const { index, state } = useView();
  return useMemo(() => {
    const selected = state.selected;
    if (!selected) return new Set<string>();
    const refs = new Set(provenanceOf(index, selected)?.sentences ?? []);
    const key = keyOf(selected);
    const { title, paragraphs } = index.release.text.sv;
    for (const p of [title, ...paragraphs]) {
      for (const s of paragraphRuns(p)) {
        if (s.runs.some((r) => r.mention && `${r.mention.kind}:${r.mention.id}` === key))
          refs.add(s.ref);
      }
    }
    return refs;
  }, [index, state.selected]);
}

function MentionLink({ mention, text }: { mention: Mention; text: string }) {
  const { state, t, related, hoverRelated, select, setHovered } = useView();
  const key = `${mention.kind}:${mention.id}`;
  const selection = { kind: mention.kind, id: mention.id };
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    select(selection);
  };
  const classes = ['mention', `mention--${mention.kind}`];
  if (related.has(key)) classes.push('mention--related');
  if (state.selected && keyOf(state.selected) === key) classes.push('mention--selected');
  if (hoverRelated.has(key)) classes.push('mention--hover');
  return (
    <a
      className={classes.join(' ')}
      href={serialiseUrl({ ...state, selected: selection }) || '?'}
      title={t.mentionOf(text)}
      onClick={onClick}
      onMouseEnter={() => setHovered(key)}
      onMouseLeave={() => setHovered(null)}
      onFocus={() => setHovered(key)}
      onBlur={() => setHovered(null)}
    >
      {text}
    </a>
  );
}

function ParagraphBody({ paragraph, cited }: { paragraph: Paragraph; cited: Set<string> }) {
  return paragraphRuns(paragraph).map((sentence) => {
    const runs = sentence.runs.map((run, i) =>
      run.mention ? <MentionLink key={i} mention={run.mention} text={run.text} /> : run.text,
    );
    return (
      <span key={sentence.ref} data-ref={sentence.ref}>
        {cited.has(sentence.ref) ? <mark className="cited">{runs}</mark> : runs}
        {sentence.trailing}
      </span>
    );
  });
}

function Block({
  paragraph,
  lang,
  cited,
}: {
  paragraph: Paragraph;
  lang: Lang;
  cited: Set<string>;
}) {
  const body = <ParagraphBody paragraph={paragraph} cited={cited} />;
  return paragraph.isQuote ? (
    <blockquote lang={lang} className="quote">
      <p>{body}</p>
    </blockquote>
  ) : (
    <p lang={lang}>{body}</p>
  );
}

/** The release, paragraph by paragraph, in one language or both side by side. */
export function ReleaseText() {
  const { index, state, t, visible } = useView();
  const cited = useCitedRefs();
  const container = useRef<HTMLDivElement>(null);
  const langs = state.parallel ? LANGS : [state.lang];
  const { meeting, actor, place } = state;
  const focus = useMemo(
    () => paragraphsInFocus(index, { meeting, actor, place }, visible),
    [index, meeting, actor, place, visible],
  );

  // A selection made on the map brings its source sentence into view.
  useEffect(() => {
    const target = container.current?.querySelector('mark.cited, .mention--selected');
    target?.scrollIntoView({
      block: 'nearest',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [state.selected]);

  const { paragraphs } = index.release.text.sv;
  return (
    <div
      ref={container}
      className={`release-text${state.parallel ? ' release-text--parallel' : ''}`}
    >
      <h2 className="visually-hidden">{t.releaseText}</h2>
      {paragraphs.map((p) => {
        const inFocus = !focus || focus.has(p.index);
        return (
          <div
            key={p.index}
            className={`paragraph${focus ? (inFocus ? ' paragraph--focus' : ' paragraph--dim') : ''}`}
            data-paragraph={p.index}
          >
            {langs.map((lang) => (
              <Block
                key={lang}
                // Validation aligns the languages paragraph for paragraph.
                paragraph={index.release.text[lang].paragraphs[p.index - 1] ?? p}
                lang={lang}
                cited={cited}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
