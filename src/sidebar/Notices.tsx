import { useView } from '../app/ViewContext';
import { quoteForMessage } from '../model/visible';
import type { UrlNotice } from '../state/url';

/** Says why the view differs from what the URL asked for. */
export function Notices({ notices, onDismiss }: { notices: UrlNotice[]; onDismiss: () => void }) {
  const { t } = useView();
  if (notices.length === 0) return <div role="status" className="notices notices--empty" />;
  return (
    <div role="status" className="notices">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{t[notice.kind](quoteForMessage(notice.value))}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
