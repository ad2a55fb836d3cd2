import { Fragment, useCallback, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import './reading.css';
import { useView } from '../app/ViewContext.tsx';
import { LANGS, otherLang, type Lang } from '../model/lang.ts';
import { Gloss, GlossAnnouncer } from './Gloss.tsx';
import { ReadingBar } from './ReadingBar.tsx';
import type { Mention } from '../model/markup.ts';
import type { Paragraph } from '../model/text.ts';
import { paragraphKeys } from '../state/reading.ts';
import { useFollowText } from './useFollowText.ts';
import { useSentences, type SentenceReader } from './useSentences.ts';
import { isPhone } from './phone.ts';
import { keyOf, paragraphsInFocus, provenanceOf } from '../state/selection.ts';
import { serialiseUrl } from '../state/url.ts';
import { prefersReducedMotion } from '../map/motion.ts';
import { paragraphRuns } from './segments.ts';

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
      // Lit only by focus that shows: not by focus given back after a tap (see usePlaceLayer).
      onFocus={(event) => {
        if (event.currentTarget.matches(':focus-visible')) setHovered(key);
      }}
      onBlur={() => setHovered(null)}
    >
      {text}
    </a>
  );
}

/** A paragraph's sentences; each is its own block in side-by-side view, so pairs line up. */
function Sentences({
  paragraph,
  lang,
  cited,
  reader,
}: {
  paragraph: Paragraph;
  lang: Lang;
  cited: Set<string>;
  reader: SentenceReader;
}) {
  return paragraphRuns(paragraph).map((sentence) => {
    const runs = sentence.runs.map((run, i) =>
      run.mention ? <MentionLink key={i} mention={run.mention} text={run.text} /> : run.text,
    );
    return (
      <Fragment key={sentence.ref}>
        <span data-ref={sentence.ref} {...reader.sentenceProps(sentence.ref, lang)}>
          {cited.has(sentence.ref) ? <mark className="cited">{runs}</mark> : runs}
          {sentence.trailing}
        </span>
        {reader.gloss === sentence.ref && (
          <Gloss reference={sentence.ref} lang={otherLang(lang)} onClose={reader.closeGloss} />
        )}
      </Fragment>
    );
  });
}

/** One language of a paragraph; in side-by-side view a column spanning the pair's sentence rows. */
function Block({
  paragraph,
  lang,
  cited,
  reader,
  parallel,
}: {
  paragraph: Paragraph;
  lang: Lang;
  cited: Set<string>;
  reader: SentenceReader;
  parallel: boolean;
}) {
  const body = <Sentences paragraph={paragraph} lang={lang} cited={cited} reader={reader} />;
  if (parallel) {
    const Tag = paragraph.isQuote ? 'blockquote' : 'p';
    return (
      <Tag
        lang={lang}
        className={`column column--${lang}${paragraph.isQuote ? ' quote' : ''}`}
        style={{ gridRow: `1 / span ${paragraph.sentences.length}` }}
      >
        {body}
      </Tag>
    );
  }
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
  const { index, state, t, setFollowed, visible } = useView();
  const cited = useCitedRefs();
  const container = useRef<HTMLDivElement>(null);
  const parallel = state.parallel;
  const langs = parallel ? LANGS : [state.lang];
  const reader = useSentences(parallel);
  const { meeting, actor, place } = state;
  const focus = useMemo(
    () => paragraphsInFocus(index, { meeting, actor, place }, visible),
    [index, meeting, actor, place, visible],
  );
  const onParagraph = useCallback(
    (paragraph: number | null) =>
      setFollowed(paragraph ? paragraphKeys(index, paragraph) : new Set()),
    [index, setFollowed],
  );
  useFollowText(container, state.follow, onParagraph);

  // A selection made on the map brings its source sentence into view. On a phone the sheet
  // shows the details instead (see Details).
  useEffect(() => {
    if (isPhone()) return;
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
      className={`release-text${parallel ? ' release-text--parallel' : ''}`}
      aria-describedby="sentence-keys"
    >
      <h2 className="visually-hidden">{t.releaseText}</h2>
      <ReadingBar parallel={parallel} />
      {!parallel && <GlossAnnouncer gloss={reader.gloss} />}
      {paragraphs.map((p) => {
        const inFocus = !focus || focus.has(p.index);
        const classes = ['paragraph'];
        if (parallel) classes.push('paragraph--pair');
        if (focus) classes.push(inFocus ? 'paragraph--focus' : 'paragraph--dim');
        return (
          <div key={p.index} className={classes.join(' ')} data-paragraph={p.index}>
            {langs.map((lang) => (
              <Block
                key={lang}
                // Validation aligns the languages paragraph for paragraph, sentence for sentence.
                paragraph={index.release.text[lang].paragraphs[p.index - 1] ?? p}
                lang={lang}
                cited={cited}
                reader={reader}
                parallel={parallel}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
