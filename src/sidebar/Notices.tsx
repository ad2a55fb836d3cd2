import { useState } from 'react';
import type { Messages } from '../i18n/messages.ts';
import { withoutBidiControls } from '../model/visible.ts';
import type { UrlNotice } from '../state/url.ts';

/**
 * Says why the view differs from what the URL asked for, until the reader dismisses it; a new
 * address (`search`) brings its own notices back.
 */
export function Notices({
  notices: all,
  t,
  search,
}: {
  notices: UrlNotice[];
  t: Messages;
  search: string;
}) {
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const notices = dismissedAt === search ? [] : all;
  if (notices.length === 0) return <div role="status" className="notices notices--empty" />;
  return (
    <div role="status" className="notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{quoted(t[notice.kind], notice.value)}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissedAt(search)}>
        {t.dismiss}
      </button>
    </div>
  );
}

const SLOT = '\u0000';

/** The message with the value from the URL isolated in <bdi>, so it cannot reorder the rest. */
function quoted(message: (value: string) => string, value: string) {
  const [before = '', after = ''] = message(SLOT).split(SLOT);
  return (
    <>
      {before}
      <bdi>{withoutBidiControls(value)}</bdi>
      {after}
    </>
  );
}
