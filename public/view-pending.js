// Runs before the first paint (a classic script in <head>, from the app's own origin, so the
// strict CSP allows it). A link that opens a selection's details (?select=) lays the sidebar
// out differently from the prerendered page, which cannot know the query: the sidebar waits,
// hidden, until the app has applied the selection (src/app/ViewApplied.tsx), instead of showing
// the text and then pushing it down under the reader. Should the app's code fail to load, or
// never say so, the text shows all the same.
(function () {
  if (!/[?&]select=/.test(window.location.search)) return;
  var root = document.documentElement;
  var reveal = function () {
    root.removeAttribute('data-view-pending');
  };
  root.setAttribute('data-view-pending', '');
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && (target.tagName === 'SCRIPT' || target.tagName === 'LINK')) reveal();
    },
    true,
  );
  window.setTimeout(reveal, 8000);
})();
