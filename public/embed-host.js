// Crossings: sizes our chart iframes to their content (README, "Embedding"). Trusts a message only from
// one of this page's iframes showing our embed pages, from our origin (read from this script's src).
(function () {
  var src = document.currentScript && document.currentScript.src;
  var origin = /^https?:\/\/[^/]+/.exec(src || '');
  if (!origin) return;
  origin = origin[0];
  var prefix = src.slice(0, src.lastIndexOf('/') + 1) + 'embed/';
  var frames = document.getElementsByTagName('iframe');
  function ours(frame) {
    return frame.src.indexOf(prefix) === 0;
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || typeof data !== 'object') return;
    var height = data.height;
    if (data.type !== 'crossings:resize' && !(data.sentinel === 'amp' && data.type === 'embed-size')) return;
    if (typeof height !== 'number' || !(height >= 40 && height <= 20000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && ours(frames[i])) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
  // Iframes that loaded before this script have reported already: ask them again (an empty request).
  for (var i = 0; i < frames.length; i++) {
    if (ours(frames[i]) && frames[i].contentWindow)
      frames[i].contentWindow.postMessage({ type: 'crossings:ping' }, '*');
  }
})();
