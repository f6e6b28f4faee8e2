/**
 * An embed page tells the page around it how tall it is, so the iframe can fit it with no scrollbar and
 * no gap: at load and whenever its height changes (a narrower column reflows it, a view switch, the data
 * table opened, the web font arriving). Two forms of the same message: ours, which /embed-host.js listens
 * for, and AMP's, which <amp-iframe resizable> understands. The height is not secret, so any parent may
 * read it ('*').
 *
 *   { type: 'crossings:resize', id: '<chart id>', height: <CSS px> }
 *   { sentinel: 'amp', type: 'embed-size', height: <CSS px> }
 *
 * A host script that loads after the iframe asks again with { type: 'crossings:ping' }.
 *
 * Chromium does not render a cross-origin frame that is off screen: neither a ResizeObserver nor an
 * animation frame runs there until the reader scrolls to it. An embed pasted below the fold would keep the
 * snippet's height until then and jump into size under the reader's eyes, shifting the host page. So the
 * height is also measured (a forced layout, which runs in any frame) and posted when this script runs, at
 * the load event, when a font has loaded, and after any change to the page's elements; the ResizeObserver
 * covers what changes the layout without touching an element (the iframe's width).
 */
const root = document.documentElement;

if (window.parent !== window) {
  const id = root.dataset['chart'] ?? '';
  let sent = 0;
  const post = (force: boolean): void => {
    // The content's own height: <html> is sized by what it holds, never by the iframe (unlike the
    // document's scrollHeight, which is never less than the iframe's height), so a snippet height taller
    // than the content shrinks to it, and an applied height cannot feed back into itself.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    window.parent.postMessage({ type: 'crossings:resize', id, height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const changed = (): void => post(false);
  changed();
  window.addEventListener('load', changed);
  document.fonts.addEventListener('loadingdone', changed);
  new MutationObserver(changed).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  new ResizeObserver(changed).observe(root);
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source === window.parent && typeof data === 'object' && data && 'type' in data) {
      if (data.type === 'crossings:ping') post(true);
    }
  });
}
