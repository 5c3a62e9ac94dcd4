import {expect, nextFrame} from '@open-wc/testing';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {engine} from './helpers/commands.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/*
 * A CMS-like page (test/fixtures/page/article.html: article text, a global
 * theme, three figures as the docs write them) whose script arrives 3 s
 * late, through the test server's /slow/ route. Before the upgrade the page
 * rules (src/before-after.css) must draw every box the elements will draw,
 * so nothing moves when they upgrade or their images arrive; without
 * JavaScript the same rules lay the figures out as captioned photos.
 */
const PAGE = '/test/fixtures/page/article.html';
const FIGURES = ['by-id', 'own-dates', 'shared-only', 'notes'];

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const box = (el: Element): Box => {
  const {top, left, width, height} = el.getBoundingClientRect();
  return {top, left, width, height};
};

/** Where the reader sees each figure's comparison and panel, and the paragraph after it. */
function layout(doc: Document): Record<string, Box> {
  const boxes: Record<string, Box> = {};
  for (const id of FIGURES) {
    const figure = doc.getElementById(id)!;
    boxes[`${id} comparison`] = box(figure.querySelector('before-after')!);
    const panel = figure.querySelector('before-after-caption');
    if (panel) boxes[`${id} panel`] = box(panel);
    figure
      .querySelectorAll('before-after-note')
      .forEach((note, i) => (boxes[`${id} note ${i + 1}`] = box(note)));
    boxes[`${id} text after`] = box(figure.nextElementSibling!);
  }
  return boxes;
}

async function until(test: () => boolean, what: string, ms = 8000) {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end)
      throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Rendering updates: the page's frames, which render its same-origin iframes too. */
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

let loads = 0;

/**
 * The page as the server sends it, in an iframe `width` × `height`. Each load
 * gets its own URLs for the slow script and images: Chromium hands a later
 * frame what an earlier one fetched, even when told not to store it, and the
 * script would then not be late.
 */
async function openFrame(width: number, height: number, scripts: boolean) {
  const source = await (await fetch(PAGE)).text();
  const load = ++loads;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  // No allow-scripts: the browser runs the page with JavaScript disabled.
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.srcdoc = source.replace(/"(\/slow\/[^"]+)"/g, `"$1?load=${load}"`);
  document.body.append(frame);
  return frame;
}

const imagesLoaded = (doc: Document) =>
  [...doc.images].every((img) => img.complete && img.naturalWidth > 0);

/** The page's layout-shift entries so far (Chromium's Layout Instability API). */
function layoutShifts(
  win: Window
): Promise<{value: number; sources: string[]}[]> {
  return new Promise((resolve) => {
    const entries: {value: number; sources: string[]}[] = [];
    const observer = new (win as typeof window).PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources?: {node?: Node | null}[];
      })[]) {
        entries.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) =>
            s.node instanceof (win as typeof window).Element
              ? `${s.node.localName}${s.node.id ? `#${s.node.id}` : ''}`
              : String(s.node?.nodeName)
          ),
        });
      }
    });
    observer.observe({type: 'layout-shift', buffered: true});
    // Buffered entries arrive in one callback; give it a moment, then stop.
    setTimeout(() => {
      observer.disconnect();
      resolve(entries);
    }, 300);
  });
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('the page before the script runs', () => {
  for (const [width, height] of [
    [375, 812],
    [1280, 800],
  ] as const) {
    it(`draws every box the elements will have: nothing moves when they upgrade at ${width} px`, async function () {
      this.timeout(30000);
      frame = await openFrame(width, height, true);
      const win = () => frame!.contentWindow!;
      const doc = () => frame!.contentDocument!;
      // Parsed, its first images in, its script not yet here.
      await until(
        () =>
          doc().URL === 'about:srcdoc' &&
          doc().readyState !== 'loading' &&
          [
            ...doc().querySelectorAll<HTMLImageElement>('img[slot="before"]'),
          ].every((img) => img.complete),
        'the page and its first images'
      );
      await frames();
      // (A boolean: chai would try to print another window's class.)
      expect(
        win().customElements.get('before-after') === undefined,
        'the script is still on its way'
      ).to.equal(true);
      const before = layout(doc());

      await win().customElements.whenDefined('before-after-caption');
      await win().customElements.whenDefined('before-after-note');
      const panels = [
        ...doc().querySelectorAll<BeforeAfterCaption>('before-after-caption'),
      ];
      await Promise.all(panels.map((p) => p.updateComplete));
      await until(() => imagesLoaded(doc()), 'the late images', 10000);
      await frames(3);
      await Promise.all(panels.map((p) => p.updateComplete));

      // The upgrade happened: each panel shows its dates, from the comparison or the page.
      for (const panel of panels) {
        const dates = [
          ...panel.shadowRoot!.querySelectorAll('[part="date"]'),
        ].map((d) => d.textContent!.trim());
        expect(dates).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
      }
      const after = layout(doc());
      for (const [name, was] of Object.entries(before)) {
        const now = after[name]!;
        for (const side of ['top', 'left', 'width', 'height'] as const)
          expect(now[side], `${name} ${side}`).to.be.closeTo(was[side], 1);
      }

      // Layout Instability is Chromium's API: Firefox and WebKit have no layout-shift entries.
      if (engine !== 'chromium') return;
      const shifts = await layoutShifts(win());
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(cls, JSON.stringify(shifts)).to.be.below(0.001);
    });
  }
});

describe('the page without JavaScript', () => {
  it('reads as captioned photos: each date over its image, then each date and caption, the shared caption and credits', async function () {
    this.timeout(20000);
    frame = await openFrame(375, 2400, false);
    const win = frame.contentWindow!;
    const doc = () => frame!.contentDocument!;
    await until(
      () =>
        doc().URL === 'about:srcdoc' &&
        doc().readyState === 'complete' &&
        imagesLoaded(doc()),
      'the page and its images',
      12000
    );
    await frames();
    expect(win.matchMedia('(scripting: none)').matches, 'scripting').to.equal(
      true
    );
    expect(win.customElements.get('before-after') === undefined).to.equal(true);
    const {scrollWidth, clientWidth} = doc().documentElement;
    expect(scrollWidth).to.equal(clientWidth);
    // What the upgraded panel's text is: 0.875rem.
    const panelFontSize =
      0.875 * parseFloat(getComputedStyle(doc().documentElement).fontSize);

    for (const id of FIGURES) {
      const figure = doc().getElementById(id)!;
      const comparison = figure.querySelector('before-after')!;
      const [before, after] = [...comparison.querySelectorAll('img')].map(
        (img) => img.getBoundingClientRect()
      );
      const {top, width} = comparison.getBoundingClientRect();
      const line = 18 * 1.45; // the theme's body text, on which the dates are set
      // Both images, full width, 2016 above 2017, each under a line for its date.
      expect(width, id).to.be.above(300);
      expect(before!.width, id).to.be.closeTo(width, 1);
      expect(after!.width, id).to.be.closeTo(width, 1);
      expect(
        before!.top - top,
        `${id}: room for the first date`
      ).to.be.at.least(line);
      expect(
        after!.top - before!.bottom,
        `${id}: room for the second date`
      ).to.be.at.least(line);
      const dateOf = (pseudo: string) =>
        getComputedStyle(comparison, pseudo).content;
      expect(dateOf('::before'), id).to.match(
        /attr\(before-label\)|June 6, 2016/
      );
      expect(dateOf('::after'), id).to.match(
        /attr\(after-label\)|February 5, 2017/
      );
      const panel = figure.querySelector('before-after-caption');
      if (panel)
        expect(panel.getBoundingClientRect().top, id).to.be.at.least(
          after!.bottom
        );
    }

    // The notes: a numbered list under both images.
    const notes = [...doc().querySelectorAll('#notes before-after-note')];
    const lastImage = doc()
      .querySelector('#notes img[slot="after"]')!
      .getBoundingClientRect();
    expect(notes).to.have.length(2);
    notes.forEach((note, i) => {
      expect(note.getBoundingClientRect().top).to.be.at.least(lastImage.bottom);
      expect(getComputedStyle(note, '::before').content).to.match(
        /counter\(before-after-note\)|^"?\d\."?$/
      );
      if (i > 0)
        expect(note.getBoundingClientRect().top).to.be.at.least(
          notes[i - 1]!.getBoundingClientRect().bottom - 0.5
        );
    });

    // The panel that gives its own dates: date, caption, date, caption, shared caption, credit — one under the other.
    const panel = doc().querySelector('#own-dates before-after-caption')!;
    const shared = doc().createRange();
    shared.selectNodeContents(
      [...panel.childNodes].find((n) =>
        n.textContent!.includes('This photo combo')
      )!
    );
    const lines = [
      ['the 2016 date', panel.querySelector('[slot="before-date"]')!],
      ['its caption', panel.querySelector('[slot="before"]')!],
      ['the 2017 date', panel.querySelector('[slot="after-date"]')!],
      ['its caption', panel.querySelector('[slot="after"]')!],
      ['the shared caption', shared],
      ['the credit', panel.querySelector('[slot="credit"]')!],
    ] as const;
    // (Elements of another window: not instances of this one's Element.)
    const isElement = (node: Element | Range): node is Element =>
      'localName' in node;
    const text = (node: Element | Range) =>
      isElement(node) ? node.textContent! : node.toString();
    expect(text(lines[0][1])).to.equal('June 6, 2016');
    expect(text(lines[2][1])).to.equal('February 5, 2017');
    for (let i = 1; i < lines.length; i++) {
      const [name, node] = lines[i]!;
      const [previous, above] = lines[i - 1]!;
      expect(
        node.getBoundingClientRect().top,
        `${name} under ${previous}`
      ).to.be.at.least(above.getBoundingClientRect().bottom - 0.5);
    }
    for (const [name, node] of lines) {
      const element = isElement(node) ? node : panel;
      expect(
        parseFloat(getComputedStyle(element).fontSize),
        `${name}: font size`
      ).to.be.at.least(panelFontSize - 0.01);
    }
    for (const slot of ['before-date', 'after-date']) {
      const date = panel.querySelector(`[slot="${slot}"]`)!;
      expect(Number(getComputedStyle(date).fontWeight), slot).to.be.at.least(
        600
      );
    }

    // Without dates of its own, no empty lines are held for them.
    const plain = doc().querySelector('#by-id before-after-caption')!;
    const entries = [
      'before',
      'before-credit',
      'after',
      'after-credit',
      'credit',
    ]
      .map((slot) => plain.querySelector(`[slot="${slot}"]`)!)
      .map((el) => el.getBoundingClientRect());
    expect(entries[0]!.top - plain.getBoundingClientRect().top).to.be.below(2);
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.top).to.be.at.least(entries[i - 1]!.bottom - 0.5);
  });
});
