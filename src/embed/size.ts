/**
 * Tells the host page how tall the embed is, in every shape a host may
 * listen for: the AMP/frames object (our resizer, AMP, Google's frames),
 * Pym.js's string (when the host gave a `childId`), WordPress's message (when
 * WordPress embedded it from oEmbed and gave it a secret), and the browser's
 * own responsive-iframe `requestResize()` (hosts that set `frame-sizing`).
 */

const PYM_ID = /^[A-Za-z0-9_-]{1,64}$/;
// A host asking again: the AMP/frames handshake, or Pym.js's width message.
const PYM_WIDTH = /^pymxPYMx[A-Za-z0-9_-]{1,64}xPYMxwidthxPYMx\d+(\.\d+)?$/;

export interface AmpSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export interface WordPressSize {
  secret: string;
  message: 'height';
  value: number;
}

/** The secret WordPress appends to an oEmbed iframe's URL (`#?secret=…`), which its host script matches. */
export function wordPressSecret(hash: string): string | null {
  return /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1] ?? null;
}

/** The `childId` a Pym.js parent gave, if it is one Pym.js could have made. */
export function pymId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && PYM_ID.test(id) ? id : null;
}

/** Whether a message from the host asks for the height again. */
export function isSizeRequest(data: unknown): boolean {
  if (typeof data === 'string') return PYM_WIDTH.test(data);
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as {sentinel?: unknown}).sentinel === 'amp' &&
    (data as {type?: unknown}).type === 'frames-init'
  );
}

/**
 * The document's content height in CSS pixels, rounded up so nothing is cut.
 * The root's box, not scrollHeight: scrollHeight never drops below the
 * frame's own height, so a frame could grow but never shrink.
 */
export function contentHeight(doc: Document = document): number {
  const root = doc.documentElement;
  const {marginTop, marginBottom} = getComputedStyle(root);
  return Math.ceil(
    root.getBoundingClientRect().height +
      parseFloat(marginTop) +
      parseFloat(marginBottom)
  );
}

/** The messages that carry `height` to the host. */
export function sizeMessages(
  height: number,
  childId: string | null,
  secret: string | null = null
): (AmpSize | WordPressSize | string)[] {
  const messages: (AmpSize | WordPressSize | string)[] = [
    {sentinel: 'amp', type: 'embed-size', height},
  ];
  if (childId) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${height}`);
  if (secret) messages.push({secret, message: 'height', value: height});
  return messages;
}

/**
 * Reports the height whenever the document's size changes, and when the host
 * asks (in the next frame); the same height is not sent twice in a row unless
 * asked.
 * Returns the function that reports (pass true to send even if unchanged).
 */
export function startSizing(win: Window = window): (force?: boolean) => void {
  if (win.parent === win) return () => undefined;
  const childId = pymId(win.location.search);
  const secret = wordPressSecret(win.location.hash);
  let last = -1;
  const report = (force = false) => {
    const height = contentHeight(win.document);
    if (height === last && !force) return;
    last = height;
    // '*': a height is no secret, and the host's origin is not ours to know.
    for (const message of sizeMessages(height, childId, secret))
      win.parent.postMessage(message, '*');
    requestResize(win);
  };
  // Its first callback, after the elements' first render, is the first report.
  new ResizeObserver(() => report()).observe(win.document.documentElement);
  // The others measure in a frame too: a size read between two frames (the
  // host asking as it resizes the frame and back) may be one the observer
  // never sees, so never corrects.
  const soon = (force?: boolean) =>
    win.requestAnimationFrame(() => report(force));
  win.addEventListener('message', (event) => {
    if (event.source !== win.parent || !isSizeRequest(event.data)) return;
    // A host that asks sizes the frame. A classic scrollbar of the frame's own
    // (shown while it was too short) would narrow the content, making it
    // taller than the height reported at full width, and never go away.
    win.document.documentElement.style.setProperty('overflow', 'hidden');
    soon(true);
  });
  win.addEventListener('load', () => soon());
  return report;
}

function requestResize(win: Window): void {
  const request = (win as Window & {requestResize?: () => void}).requestResize;
  if (typeof request !== 'function') return;
  try {
    request.call(win);
  } catch {
    // NotAllowedError: the host has not opted in to responsive iframes.
  }
}
