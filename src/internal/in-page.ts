/**
 * Calls `callback` once, when the document has a `tag` element: now, or
 * when one is added (by the parser still at work, or by script). The
 * observer looks only at the nodes added, and goes once it has told.
 */
export function whenInPage(tag: string, callback: () => void): void {
  const found = (node: Node): boolean =>
    node instanceof Element &&
    (node.localName === tag || !!node.getElementsByTagName(tag).length);
  if (found(document.documentElement)) return callback();
  const observer = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(found))) return;
    observer.disconnect();
    callback();
  });
  observer.observe(document, {childList: true, subtree: true});
}
