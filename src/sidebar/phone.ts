/** The phone layout, where the sidebar is a sheet under the map (see the 700 px media query). */
export const PHONE_QUERY = '(max-width: 700px)';

export function isPhone(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;
}
