// Runs before first paint (a blocking script in <head>) so a chosen theme never flashes the other one.
// The reader's choice is kept in localStorage; without it the page follows the system setting.
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = localStorage.getItem('crossings-theme');
  } catch (e) {
    // Storage can be blocked; the system theme still applies.
  }
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;

  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    // A toggle button keeps one label; its pressed state says whether dark mode is on.
    function label() {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
    button.hidden = false;
    label();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('crossings-theme', next);
      } catch (e) {
        // Not remembered, but applied for this page.
      }
      label();
    });
  });
})();
