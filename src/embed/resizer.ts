/**
 * The host page's resizer, a classic script: sizes every
 * `<iframe data-before-after>` on the page, including iframes added later,
 * to the height its embed reports. It trusts a message only from that
 * iframe's own window and origin, and only ever sets that iframe's height.
 * Written small (no optional chaining: the es2017 build would spell it out).
 */
const FRAMES = 'iframe[data-before-after]';
// 100 px: room for the embed's error message; 5000 px: taller than a comparison
// with a long caption on a narrow phone, short enough that a frame gone wrong
// cannot push the rest of the article out of reach.
const MIN = 100;
const MAX = 5000;
const PYM = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,9})$/;

const originOf = (frame: HTMLIFrameElement) =>
  new URL(frame.src, location.href).origin;

// Asks a frame that may have reported before this script ran to report again.
const ask = (frame: HTMLIFrameElement) => {
  try {
    frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'frames-init'},
      originOf(frame)
    );
  } catch {
    // A src with no origin to send to (about:blank, unparsable): nothing to ask.
  }
};

addEventListener('message', (event) => {
  const data = event.data;
  const height =
    typeof data === 'string'
      ? Number((PYM.exec(data) || [])[1])
      : data && data.sentinel === 'amp' && data.type === 'embed-size'
        ? data.height
        : NaN;
  // typeof, not isNaN: a string such as '600' is no height.
  if (typeof height !== 'number' || height !== height) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES))
    if (
      frame.contentWindow === event.source &&
      originOf(frame) === event.origin
    )
      frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(height)))}px`;
});
document.addEventListener(
  'load',
  (event) => {
    const target = event.target as Element;
    if (target.matches(FRAMES)) ask(target as HTMLIFrameElement);
  },
  true
);
document.querySelectorAll<HTMLIFrameElement>(FRAMES).forEach(ask);

export {};
