import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {throttleCpu} from './helpers/commands.js';
import {frames} from './helpers/element.js';
import {appendFrame} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {settled, until} from './helpers/wait.js';

guardConsole();

/*
 * A live blog of 20 comparisons (test/fixtures/page/many.html: the page
 * rules and the script-tag build from dist/cdn/, a news theme, every image
 * lazy), loaded in an iframe as a reader gets it, on a CPU slowed 4× where
 * the driver can (Chromium). Read through to its end, nothing on it may
 * move: no layout shift (Chromium's Layout Instability API), and in every
 * frame the page paints each comparison has the size it first had (all
 * three engines).
 *
 * The frame is shown once the stylesheets in its page's head are in, as a
 * browser shows a page opened in its own tab: it draws nothing of it before
 * them (they are render-blocking). Chromium does not hold a same-origin
 * iframe's page for them so: when theme.css came late (a cold cache on a
 * busy machine; every time behind the test server's /slow/ route) it laid
 * the page out once without it, and reported a layout shift of 1 when the
 * theme then took the body's default 8 px margin away (BODY from y 21 to 0,
 * and the paragraphs and captions it brought into view). The same page
 * opened top-level in the same Chromium, theme.css as late, had none. Held
 * like this, the frame's first layout is the reader's.
 */
const PAGE = '/test/fixtures/page/many.html';
const COUNT = 20;

interface Box {
  top: number;
  width: number;
  height: number;
}

/**
 * Watches the frame's page from before its first paint: in each of its
 * animation frames (run before that frame paints, so what they read is what
 * it paints) the box of every comparison, in page coordinates, against the
 * box it had in the first frame it was in whole. Whole: the parser is past
 * its end tag (the element after it is in, or the page is parsed). A frame
 * may come while the parser is inside one, its images not yet read, and
 * show it 0 px tall at the end of what has arrived: nothing of the page is
 * under it yet to be pushed, and Layout Instability counts no shift for it.
 * (Seen in Chromium on a busy machine, the fifth comparison 2,000 px down
 * the page 0 px tall in the first frame; the same in all three engines with
 * the page sent in two parts, cut inside a comparison, CLS still 0.)
 */
function watchBoxes(win: Window) {
  const first = new Map<Element, Box>();
  const changes: string[] = [];
  let painted = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    painted++;
    const parsed = win.document.readyState !== 'loading';
    win.document.querySelectorAll('before-after').forEach((el, i) => {
      if (!parsed && !el.nextElementSibling) return;
      const r = el.getBoundingClientRect();
      const now = {top: r.top + win.scrollY, width: r.width, height: r.height};
      const was = first.get(el);
      if (!was) first.set(el, now);
      else if (
        (['top', 'width', 'height'] as const).some(
          (side) => Math.abs(now[side] - was[side]) > 0.01
        )
      )
        changes.push(
          `comparison ${i + 1} in frame ${painted}: ${JSON.stringify(now)}, was ${JSON.stringify(was)}`
        );
    });
    win.requestAnimationFrame(tick);
  };
  win.requestAnimationFrame(tick);
  return {
    stop: () => void (running = false),
    seen: () => first.size,
    frames: () => painted,
    changes,
  };
}

interface Shift {
  value: number;
  sources: {node: string; previous: string; current: string}[];
}

/** Every layout-shift entry of the frame's page, buffered from its start; null where the engine has no Layout Instability API. */
async function layoutShifts(win: Window): Promise<Shift[] | null> {
  const Observer = (win as typeof window).PerformanceObserver;
  if (!Observer.supportedEntryTypes.includes('layout-shift')) return null;
  const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
  return new Promise((resolve) => {
    const shifts: Shift[] = [];
    const observer = new Observer((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[])
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) => ({
            node: String(s.node?.nodeName),
            previous: rect(s.previousRect),
            current: rect(s.currentRect),
          })),
        });
    });
    observer.observe({type: 'layout-shift', buffered: true});
    // Buffered entries arrive in one callback: give it a moment, then stop.
    setTimeout(() => {
      observer.disconnect();
      resolve(shifts);
    }, 300);
  });
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('a page of 20 comparisons, loaded on a slow CPU', () => {
  before(() => throttleCpu(4));
  after(() => throttleCpu(1));

  for (const [width, height] of [
    [375, 700],
    [1280, 800],
  ] as const) {
    it(`moves nothing as it loads and is read to its end, at ${width} px: no layout shift, each comparison's box the same in every frame`, async function () {
      this.timeout(60000);
      frame = document.createElement('iframe');
      frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:none`;
      frame.src = PAGE;
      document.body.append(frame);
      const el = frame;
      // Its page as soon as it exists, checked in each of this page's frames.
      const win = await until(
        () =>
          el.contentDocument?.URL.endsWith(PAGE) ? el.contentWindow : null,
        'the page in the frame'
      );
      watchFrame(win);
      await until(
        () =>
          win.document.body &&
          [
            ...win.document.querySelectorAll<HTMLLinkElement>(
              'head link[rel~="stylesheet"]'
            ),
          ].every((link) => link.sheet),
        'the stylesheets in the page’s head'
      );
      // Watched from its first frame on: it is laid out and drawn from now.
      const boxes = watchBoxes(win);
      frame.style.display = 'block';
      try {
        const doc = win.document;
        await until(() => doc.readyState === 'complete', 'the page loaded');
        await win.customElements.whenDefined('before-after');
        const comparisons = [
          ...doc.querySelectorAll<BeforeAfter>('before-after'),
        ];
        expect(comparisons).to.have.length(COUNT);
        await Promise.all(comparisons.map((c) => c.updateComplete));
        // Read through: each comparison in view, its images in.
        for (const comparison of comparisons) {
          comparison.scrollIntoView({block: 'center'});
          await settled(...comparison.querySelectorAll('img'));
          await comparison.updateComplete;
        }
        await frames(3);
        const images = [...doc.images];
        expect(
          images.filter((img) => !(img.complete && img.naturalWidth > 0)),
          'images not loaded'
        ).to.deep.equal([]);
        expect(images).to.have.length(2 * COUNT);
        // Drawn: each slider is there, at its value.
        for (const comparison of comparisons)
          expect(
            comparison
              .shadowRoot!.querySelector('[part~="handle"]')
              ?.getAttribute('aria-valuenow')
          ).to.equal(String(comparison.value));
        boxes.stop();
        expect(boxes.seen(), 'comparisons watched').to.equal(COUNT);
        // (The first ten, if any: one wrong box is wrong in every frame after.)
        expect(
          boxes.changes.slice(0, 10),
          `${boxes.changes.length} changes in ${boxes.frames()} frames`
        ).to.deep.equal([]);

        const shifts = await layoutShifts(win);
        // Layout Instability is Chromium's API: Firefox and WebKit have no layout-shift entries.
        if (shifts === null) return;
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        expect(cls, JSON.stringify(shifts)).to.equal(0);
      } finally {
        boxes.stop();
      }
    });
  }
});

describe('a page of 20 comparisons, scrolled before its script runs', () => {
  it('draws the comparisons on screen before those above them, as a page opened at an anchor or restored mid-way needs', async function () {
    this.timeout(30000);
    // The page without its script, as the browser has it before the script
    // arrives: scrolled to its 18th comparison (a link to it, a page restored).
    const page = await (await fetch(PAGE)).text();
    const script = /<script type="module" src="([^"]+)"><\/script>/;
    const src = script.exec(page)![1]!;
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:600px;border:0;display:block';
    frame.srcdoc = page.replace(script, '');
    await appendFrame(frame);
    const win = frame.contentWindow!;
    watchFrame(win);
    const doc = win.document;
    const comparisons = [...doc.querySelectorAll('before-after')];
    expect(comparisons).to.have.length(COUNT);
    const target = comparisons[17]!;
    win.scrollTo(0, target.getBoundingClientRect().top + win.scrollY);
    await frames(2);
    expect(target.getBoundingClientRect().top, 'scrolled to it').to.be.closeTo(
      0,
      1
    );

    // The order they draw in (each sets `rendered` once it has).
    const drawn: number[] = [];
    new MutationObserver((records) => {
      for (const {target: el} of records)
        if ((el as Element).hasAttribute('rendered'))
          drawn.push(comparisons.indexOf(el as BeforeAfter));
    }).observe(doc.body, {attributeFilter: ['rendered'], subtree: true});
    const tag = doc.createElement('script');
    tag.type = 'module';
    tag.src = src;
    doc.head.append(tag);
    await until(() => drawn.includes(17), 'the comparison on screen drawn');
    // Those drawn before it (the records keep the order they came in).
    const before = drawn.slice(0, drawn.indexOf(17));
    const above = [...Array(17).keys()];
    expect(
      above.filter((i) => !before.includes(i)),
      `drawn before it: ${before.join(', ')}`
    ).not.to.be.empty;
    // Every one draws in the end, and the page under the reader stays put.
    await until(() => drawn.length >= COUNT, 'every comparison drawn');
    await frames(2);
    expect(target.getBoundingClientRect().top, 'still in place').to.be.closeTo(
      0,
      1
    );
  });
});
