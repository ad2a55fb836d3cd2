/**
 * "Embed": the HTML of an iframe showing the current view in the compact embed layout, ready
 * to copy. The snippet is text in a read-only field, never markup in this page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useView } from '../app/ViewContext.tsx';
import { escapeMarkup } from '../publish/escape.ts';
import { appBase, pagePath } from '../state/location.ts';
import { DEFAULT_STATE, serialiseUrl } from '../state/url.ts';
import './publish-actions.css';

/** The iframe's HTML, for a view of a release on a site at `origin`. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedAction() {
  const { index, state, t } = useView();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const fieldId = useId();
  const panel = useRef<HTMLDivElement>(null);
  // The button sits at the end of the sidebar, so the snippet opens below the fold: it is
  // brought into view, with focus left on the button that opened it.
  useEffect(() => {
    if (open) panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  // Only while open: the address needs the browser's location, which the server has not.
  const snippet = () => {
    const query = serialiseUrl({
      ...state,
      release: null,
      lang: DEFAULT_STATE.lang,
      parallel: false,
    });
    const path = `${pagePath(index.release.id, state.lang, appBase(), true)}${query}`;
    const src = new URL(path, window.location.href).href;
    return embedSnippet(src, t.embedTitle(index.release.text[state.lang].title.text));
  };
  const copy = () => {
    void navigator.clipboard?.writeText(snippet()).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  return (
    <>
      <button
        type="button"
        className="action"
        aria-expanded={open}
        aria-controls={open ? fieldId : undefined}
        onClick={() => {
          setOpen(!open);
          setCopied(false);
        }}
      >
        {t.embed}
      </button>
      {open && (
        <div className="embed-panel" ref={panel}>
          <label htmlFor={fieldId}>{t.embedHint}</label>
          <textarea
            id={fieldId}
            className="embed-snippet"
            readOnly
            rows={4}
            value={snippet()}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="action" onClick={copy}>
            {copied ? t.embedCopied : t.embedCopy}
          </button>
        </div>
      )}
    </>
  );
}
