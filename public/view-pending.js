// Runs before the first paint (a classic script in <head>, from the app's own origin, so the
// strict CSP allows it). A link that opens a selection's details (?select=) lays the sidebar
// out differently from the prerendered page, which cannot know the query: the sidebar waits,
// hidden, until the app has applied the selection (src/app/ViewApplied.tsx), instead of showing
// the text and then pushing it down under the reader. Should the app never say so (its code
// failed to load), the text shows after a few seconds all the same.
(function () {
  if (!/[?&]select=/.test(window.location.search)) return;
  var root = document.documentElement;
  root.setAttribute('data-view-pending', '');
  window.setTimeout(function () {
    root.removeAttribute('data-view-pending');
  }, 4000);
})();
