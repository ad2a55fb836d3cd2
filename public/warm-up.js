// Loads the browser's internationalisation data while the page's modules are still downloading
// (an async classic script from the app's own origin, so it runs as soon as it arrives and the
// strict CSP allows it). The first Intl object a page makes costs 40–80 ms on a slow machine,
// once; made here, that time falls in the wait for the network instead of in the first render,
// which formats dates (src/i18n/format.ts) before the map can be drawn.
(function () {
  try {
    new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(0);
  } catch (error) {
    // Only a head start: the app makes its own formatters, and reports its own errors.
  }
})();
