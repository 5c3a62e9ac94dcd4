import {expect, nextFrame} from '@open-wc/testing';
import {appendFrame} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {until} from './helpers/wait.js';

guardConsole();

/**
 * The host page's resizer, dist/embed-resizer.js, loaded into this page as a
 * host loads it. It must size marked embed iframes from their own messages
 * and ignore every message that is not one.
 */
const EMBED = `/src/embed/embed.html?${new URLSearchParams({
  before: '/test/fixtures/before.svg',
  after: '/test/fixtures/after.svg',
  'before-alt': 'The theatre in 2016',
  'after-alt': 'The theatre in 2017',
  caption: 'The Roman theatre at Palmyra, Syria. '.repeat(20).trim(),
  width: '1600',
  height: '900',
})}`;
const POSTER = '/test/fixtures/embed/poster.html';
const OTHER_HOST =
  location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const OTHER_ORIGIN = `http://${OTHER_HOST}:${location.port}`;

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

function addFrame(
  src: string,
  {marked = true, width = 640} = {}
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:150px;border:0;display:block`;
  if (marked) frame.setAttribute('data-before-after', '');
  frame.src = src;
  const loaded = appendFrame(frame);
  frames.push(frame);
  return loaded;
}

/** Resolves with the first message from `source` that passes `test`. */
function messageFrom(
  source: Window,
  test: (data: unknown) => boolean
): Promise<unknown> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== source || !test(event.data)) return;
      window.removeEventListener('message', listen);
      resolve(event.data);
    };
    window.addEventListener('message', listen);
  });
}

let sent = 0;
/**
 * Has a poster frame post `data` to this page, and resolves once it has
 * been delivered (the poster's next message, {posted}, follows it).
 */
async function postFrom(
  poster: HTMLIFrameElement,
  data: unknown
): Promise<void> {
  const id = ++sent;
  const done = messageFrom(
    poster.contentWindow!,
    (d) => (d as {posted?: number})?.posted === id
  );
  poster.contentWindow!.postMessage({post: data, id}, '*');
  await done;
  await nextFrame();
}

/** The embed's content height, measured inside the frame. */
function contentHeight(frame: HTMLIFrameElement): number {
  const doc = frame.contentDocument!;
  const figure = doc.querySelector('.embed, .errors');
  return figure
    ? figure.getBoundingClientRect().bottom + doc.defaultView!.scrollY
    : 0;
}

const height = (frame: HTMLIFrameElement) =>
  frame.getBoundingClientRect().height;

/** Waits until the frame is as tall as its content (within 2 px), so it shows no scrollbar. */
async function fitsContent(frame: HTMLIFrameElement): Promise<void> {
  const root = () => frame.contentDocument!.documentElement;
  // Drawn first: a comparison or panel waiting for its turn (turns.ts) is
  // laid out without page rules in the embed, and changes height once drawn.
  await until(
    () =>
      [
        ...frame.contentDocument!.querySelectorAll(
          'before-after, before-after-caption'
        ),
      ].every((el) => el.hasAttribute('rendered')),
    'the embed did not draw'
  );
  await until(
    () =>
      contentHeight(frame) > 200 &&
      Math.abs(height(frame) - contentHeight(frame)) <= 2 &&
      root().scrollHeight <= root().clientHeight,
    () =>
      `the frame is ${height(frame)} px tall, its content ${contentHeight(frame)} px`
  );
}

describe('embed-resizer.js', () => {
  let early: HTMLIFrameElement;

  before(async () => {
    // A frame that was on the page before the resizer ran.
    early = await addFrame(POSTER);
    frames.length = 0;
    const asked = messageFrom(
      early.contentWindow!,
      (d) => (d as {askedForSize?: boolean})?.askedForSize === true
    );
    const script = document.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, {once: true});
      script.addEventListener('error', reject, {once: true});
    });
    script.src = '/dist/embed-resizer.js';
    script.async = true;
    document.head.append(script);
    await loaded;
    await asked;
  });

  after(() => early.remove());

  it('asks the frames already on the page for their height when it starts', async () => {
    // before() waited for the ask; this checks it set no height on its own.
    expect(height(early)).to.equal(150);
  });

  it('is a classic script under 0.5 KB gzipped', async () => {
    const source = await (await fetch('/dist/embed-resizer.js')).text();
    expect(source).to.not.match(/^\s*(import|export)\b/m);
    const gzipped = await new Response(
      new Blob([source]).stream().pipeThrough(new CompressionStream('gzip'))
    ).arrayBuffer();
    // CompressionStream's level is not gzip -9's, so allow a few bytes more.
    expect(gzipped.byteLength).to.be.below(540);
  });

  it('sizes an embed added after it loaded, and again when the width changes', async () => {
    const frame = await addFrame(EMBED);
    watchFrame(frame.contentWindow!);
    await fitsContent(frame);
    const wide = height(frame);
    expect(frame.style.height).to.equal(`${wide}px`);

    frame.style.width = '320px';
    await until(() => height(frame) > wide, 'the frame did not grow');
    await fitsContent(frame);
    const narrow = height(frame);
    frame.style.width = '640px';
    await until(
      () => height(frame) < narrow,
      () => `the frame stayed ${height(frame)} px tall (${wide} px at first)`
    );
    await fitsContent(frame);
    expect(height(frame)).to.be.closeTo(wide, 2);
  });

  it('asks a frame for its height when it loads', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-before-after', '');
    document.body.append(frame);
    frames.push(frame);
    const asked = messageFrom(
      frame.contentWindow!,
      (d) => (d as {askedForSize?: boolean})?.askedForSize === true
    );
    frame.src = POSTER;
    await asked;
  });

  it('takes heights only from the marked frame itself, in AMP or Pym shape', async () => {
    const poster = await addFrame(POSTER);
    const unmarked = await addFrame(POSTER, {marked: false});
    const amp = (h: unknown) => ({
      sentinel: 'amp',
      type: 'embed-size',
      height: h,
    });

    await postFrom(poster, amp(300));
    expect(height(poster)).to.equal(300);
    await postFrom(poster, 'pymxPYMxstory-1xPYMxheightxPYMx420');
    expect(height(poster)).to.equal(420);

    // The host page itself.
    const own = messageFrom(window, () => true);
    window.postMessage(amp(600), '*');
    await own;
    await nextFrame();
    // A frame the host did not mark.
    await postFrom(unmarked, amp(700));
    expect(height(poster)).to.equal(420);
    expect(height(unmarked)).to.equal(150);

    // Wrong shapes from the right frame.
    for (const forged of [
      {sentinel: 'amp', type: 'embed-size', height: '600'},
      {type: 'embed-size', height: 600},
      {sentinel: 'amp', type: 'embed-resize', height: 600},
      {sentinel: 'amp', type: 'embed-size'},
      amp(NaN),
      amp(null),
      [600],
      600,
      'pymxPYMxstory-1xPYMxheightxPYMx-600',
      'pymxPYMxstory-1xPYMxheightxPYMx6e2',
      'pymxPYMxstory 1xPYMxheightxPYMx600',
      'pymxPYMxstory-1xPYMxwidthxPYMx600',
      'pymxPYMxstory-1xPYMxheightxPYMx600px',
      'xpymxPYMxstory-1xPYMxheightxPYMx600',
    ]) {
      await postFrom(poster, forged);
      expect(height(poster), JSON.stringify(forged)).to.equal(420);
    }

    // Absurd heights, clamped to 100–5000 px.
    await postFrom(poster, amp(1e9));
    expect(height(poster)).to.equal(5000);
    await postFrom(poster, amp(-5));
    expect(height(poster)).to.equal(100);
    await postFrom(poster, 'pymxPYMxstory-1xPYMxheightxPYMx999999999');
    expect(height(poster)).to.equal(5000);
    await postFrom(poster, amp(Infinity));
    expect(height(poster)).to.equal(5000);
    await postFrom(poster, amp(250.2));
    expect(height(poster)).to.equal(251);
  });

  it('ignores a marked frame once it shows another origin', async () => {
    const frame = await addFrame(POSTER);
    await postFrom(frame, {sentinel: 'amp', type: 'embed-size', height: 300});
    expect(height(frame)).to.equal(300);

    // Same window, same src attribute, but now another origin's page: its messages are not the embed's.
    const navigated = new Promise((resolve) =>
      frame.addEventListener('load', resolve, {once: true})
    );
    frame.contentWindow!.location.replace(`${OTHER_ORIGIN}${POSTER}`);
    await navigated;
    await postFrom(frame, {sentinel: 'amp', type: 'embed-size', height: 700});
    await postFrom(frame, 'pymxPYMxstory-1xPYMxheightxPYMx700');
    expect(height(frame)).to.equal(300);
  });

  it('ignores a frame on another origin that is not marked', async () => {
    const marked = await addFrame(POSTER);
    const other = await addFrame(`${OTHER_ORIGIN}${POSTER}`, {marked: false});
    await postFrom(other, {sentinel: 'amp', type: 'embed-size', height: 700});
    expect(height(other)).to.equal(150);
    expect(height(marked)).to.equal(150);
  });
});
