// Runs before first paint (inline in <head>, allowed by its hash: scripts/lib/inline-scripts.ts) so a
// chosen theme never flashes the other one.
// The reader's choice (light or dark) is kept in localStorage; without one the page follows the system
// setting, through CSS (light-dark() in tokens.css), and the control shows which scheme that gives now.
(function () {
  var root = document.documentElement;
  var key = 'crossings-theme';
  var systemDark = matchMedia('(prefers-color-scheme: dark)');

  function stored() {
    try {
      var value = localStorage.getItem(key);
      return value === 'light' || value === 'dark' ? value : null;
    } catch (e) {
      // Storage can be blocked; the system theme still applies.
      return null;
    }
  }

  var choice = stored();
  function apply() {
    if (choice) root.dataset.theme = choice;
    else delete root.dataset.theme;
  }
  apply();

  document.addEventListener('DOMContentLoaded', function () {
    var group = document.querySelector('[data-theme-switch]');
    if (!group) return;
    var buttons = group.querySelectorAll('button[data-theme-choice]');
    // One button is pressed: System, Light or Dark. While the system decides, the scheme it gives now is
    // marked too, and follows when the system setting changes.
    function render() {
      var now = systemDark.matches ? 'dark' : 'light';
      for (var i = 0; i < buttons.length; i++) {
        var value = buttons[i].getAttribute('data-theme-choice');
        buttons[i].setAttribute('aria-pressed', String(value === (choice || 'system')));
        if (!choice && value === now) buttons[i].setAttribute('data-current', '');
        else buttons[i].removeAttribute('data-current');
      }
    }
    group.hidden = false;
    render();
    group.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-theme-choice]');
      if (!button) return;
      var value = button.getAttribute('data-theme-choice');
      choice = value === 'light' || value === 'dark' ? value : null;
      try {
        if (choice) localStorage.setItem(key, choice);
        else localStorage.removeItem(key);
      } catch (e) {
        // Not remembered, but applied for this page.
      }
      apply();
      render();
    });
    systemDark.addEventListener('change', render);
    // A choice made in another tab applies here too.
    window.addEventListener('storage', function (event) {
      if (event.key !== key && event.key !== null) return;
      choice = stored();
      apply();
      render();
    });
  });
})();
