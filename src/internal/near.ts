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

/** Elements to tell as soon as a scroll brings them on screen (see whenScrolledTo). */
const onScroll = new Map<Element, () => void>();

function handleScroll(): void {
  // Again while any was told: drawing one may bring others on screen (one
  // not drawn yet is taller without the page's before-after.css).
  for (let told = true; told;) {
    told = false;
    for (const [element, callback] of onScroll) {
      const {top, bottom, left, right} = element.getBoundingClientRect();
      // (One with no box, in a hidden tab, has a rectangle of zeros.)
      if (bottom <= 0 || top > innerHeight || right < 0 || left > innerWidth)
        continue;
      // Forgotten first (the last one forgotten removes the listener).
      whenScrolledTo(element);
      callback();
      told = true;
    }
  }
}

/**
 * Calls `callback` when a scroll (a fling, a jump to the end) brings
 * `element` on screen, before that frame is drawn: an observer's callback
 * comes only after it. Without `callback`, stops watching.
 */
export function whenScrolledTo(element: Element, callback?: () => void): void {
  if (callback) onScroll.set(element, callback);
  else onScroll.delete(element);
  // Listening only while some wait: a page that has drawn all has no
  // listener. (Told only as the first comes or the last goes: 300 calls
  // cost the upgrade's one task ~3 ms.)
  if (onScroll.size < 2) {
    (onScroll.size ? addEventListener : removeEventListener)(
      'scroll',
      handleScroll,
      true
    );
    // A page opened at an anchor or restored mid-way was scrolled before
    // anyone listened: one look at what is on screen, as this task ends
    // (after what its budget drew, before the line's next batch).
    if (scrollY) queueMicrotask(handleScroll);
  }
}
