/**
 * An embed page tells the page around it how tall it is, so the iframe can fit it with no scrollbar and
 * no gap: at load and whenever its height changes (a narrower column reflows it, a view switch, the data
 * table opened). Two forms of the same message: ours, which /embed-host.js listens for, and AMP's, which
 * <amp-iframe resizable> understands. The height is not secret, so any parent may read it ('*').
 *
 *   { type: 'crossings:resize', id: '<chart id>', height: <CSS px> }
 *   { sentinel: 'amp', type: 'embed-size', height: <CSS px> }
 *
 * A host script that loads after the iframe asks again with { type: 'crossings:ping' }.
 */
const root = document.documentElement;

if (window.parent !== window) {
  const id = root.dataset['chart'] ?? '';
  let sent = 0;
  const post = (force: boolean): void => {
    // The document's own height: <html> is sized by its content, never by the iframe, so this cannot
    // feed back into itself when the host applies it.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    window.parent.postMessage({ type: 'crossings:resize', id, height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(() => post(false)).observe(root);
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source === window.parent && typeof data === 'object' && data && 'type' in data) {
      if (data.type === 'crossings:ping') post(true);
    }
  });
}
