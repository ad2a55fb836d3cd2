import { useId } from 'react';
import releases from 'virtual:release-index';
import { formatShortDate } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { Lang } from '../model/lang';
import { OVERVIEW } from '../state/url';

/** Lists the releases, newest first, and the overview of them all. */
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
  return (
    <div className="filter">
      <label className="control-label" htmlFor={id}>
        {t.release}
      </label>
      <select id={id} value={current} onChange={(event) => onChoose(event.target.value)}>
        {releases.map((release) => (
          <option key={release.id} value={release.id}>
            {release.visitDate
              ? `${formatShortDate(release.visitDate, lang)} ${release.visitDate.slice(0, 4)} · ${release.title[lang] || release.id}`
              : release.id}
          </option>
        ))}
        {releases.length > 1 && <option value={OVERVIEW}>{t.overview}</option>}
      </select>
    </div>
  );
}
