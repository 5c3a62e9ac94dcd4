/**
 * Tells when an element comes within about one screen of the viewport, with
 * one observer for the page: what only a reader looking at a comparison
 * needs waits for this.
 */
const callbacks = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

function handleEntries(entries: IntersectionObserverEntry[]): void {
  for (const {target, isIntersecting} of entries) {
    if (!isIntersecting) continue;
    observer!.unobserve(target);
    const callback = callbacks.get(target);
    callbacks.delete(target);
    callback?.();
  }
}

/** Calls `callback` once, when `element` is near the viewport (at once where the browser cannot tell). */
export function whenNear(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return callback();
  observer ??= new IntersectionObserver(handleEntries, {
    rootMargin: '100%',
  });
  callbacks.set(element, callback);
  observer.observe(element);
}

/** Stops watching `element` (it left the page, or no longer needs to know). */
export function unwatchNear(element: Element): void {
  callbacks.delete(element);
  observer?.unobserve(element);
}
