/**
 * Calls `callback` once, when `root` (a document or a shadow root) has a
 * `tag` element: now, or when one is added (by the parser still at work, or
 * by script). The observer looks only at the nodes added, and goes once it
 * has told.
 */
export function whenInPage(
  root: Document | ShadowRoot,
  tag: string,
  callback: () => void
): void {
  const found = (node: Node): boolean =>
    node instanceof Element &&
    (node.localName === tag || !!node.getElementsByTagName(tag).length);
  if (root.querySelector(tag)) return callback();
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(found))) return;
    observer.disconnect();
    callback();
  });
  observer.observe(root, {childList: true, subtree: true});
}

const watched = new WeakSet<Node>();

/**
 * Fetches the caption panel's code, and defines it, once `root` has one:
 * the page's document (define.js), or the shadow root a comparison sits in
 * (an app's component), which no observer of the document sees into.
 */
export function captionsIn(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (watched.has(root)) return;
  watched.add(root);
  whenInPage(root, 'before-after-caption', () => {
    void import('../before-after-caption.js').then(({BeforeAfterCaption}) => {
      if (!customElements.get('before-after-caption'))
        customElements.define('before-after-caption', BeforeAfterCaption);
    });
  });
}
