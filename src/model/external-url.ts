/**
 * Links to sources outside the app. A reader follows them, so a release may only link to a
 * public web address: http(s), of bounded length, without credentials, and not to an IP
 * address or a local name (which would point at the reader's own network). The host is shown
 * next to each link, in its ASCII (punycode) form so a look-alike name cannot pass for another.
 */
// No zod here: the sidebar shows link hosts from the entry chunk, and zod loads with validation.
export const MAX_URL_LENGTH = 2000;

const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.localdomain'];
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/** Why `value` may not be linked to, or undefined. */
export function externalUrlProblem(value: string): string | undefined {
  if (value.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = url.hostname;
  if (host.startsWith('[') || IPV4.test(host)) return 'must name a host, not an IP address';
  if (
    !host.includes('.') ||
    host === 'localhost' ||
    LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))
  )
    return 'must be a public address, not a local one';
  return undefined;
}

/** The host a link leads to, as shown next to it: punycode for a name outside ASCII. */
export function linkHost(value: string): string {
  try {
    return new URL(value).hostname;
  } catch {
    return '';
  }
}
