// Embed pages: `?theme=light` or `?theme=dark` in the iframe's address pins the colour scheme (so an embed
// can match the article around it); without it the reader's system setting decides. Inline in <head>
// (allowed by its hash), run before first paint, so the other scheme never flashes. Without JavaScript the
// system decides.
(function () {
  var match = /[?&]theme=(light|dark)(&|$)/.exec(location.search);
  if (match) document.documentElement.setAttribute('data-theme', match[1]);
})();
