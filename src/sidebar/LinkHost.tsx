import { linkHost } from '../model/external-url.ts';
import './link-host.css';

/** Where an external link leads, shown next to it: "(www.regeringen.se)", punycode for IDN. */
export function LinkHost({ url }: { url: string }) {
  const host = linkHost(url);
  if (!host) return null;
  return (
    <span className="link-host" dir="ltr">
      ({host})
    </span>
  );
}
