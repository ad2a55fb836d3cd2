import './marks.css';
import { useView } from '../app/ViewContext.tsx';
import type { FieldMark } from '../model/basis.ts';
import { sourceOf } from '../model/view.ts';
import { ExternalSourceLine } from './SourceQuote.tsx';

/**
 * The mark beside a value a reader sees: inferred, from another source, approximate. A value
 * stated exactly by the item's own sentences has none, and one that comes with its whole item
 * from another source is marked once, on the item. With `why`, the reason follows.
 */
export function MarkBadges({
  mark,
  why = false,
  about,
}: {
  mark: FieldMark;
  why?: boolean;
  /** What the reason is about, where one line carries several values ("How"). */
  about?: string;
}) {
  const { index, state, t } = useView();
  const source = mark.source === undefined ? undefined : sourceOf(index, { source: mark.source });
  return (
    <>
      {mark.mark === 'inferred' && <span className="badge badge--inferred">{t.inferred}</span>}
      {mark.mark === 'external' && <span className="badge badge--external">{t.markExternal}</span>}
      {mark.approximate && <span className="badge badge--approximate">{t.markApproximate}</span>}
      {why && mark.reason && (
        <p className="note mark-reason">
          {about ? `${about}: ${mark.reason[state.lang]}` : mark.reason[state.lang]}
        </p>
      )}
      {why && mark.own && source && state.external && <ExternalSourceLine source={source} />}
    </>
  );
}
