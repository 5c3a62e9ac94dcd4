import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {emulateMediaType} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {
  AFTER,
  BEFORE,
  drawnAt,
  frames,
  handle,
  part,
  pointAt,
  settled,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {printProblems} from './helpers/print.js';
import {until} from './helpers/wait.js';

guardConsole({resetMouse: true});

/*
 * A long page of comparisons, as a news site's gallery or live blog has
 * them: 300 in an article column 640 px wide, each with its dates and lazy
 * images, between paragraphs. What a reader gets from one they never
 * scrolled to (the keyboard, the mouse, a value set from script, a caption
 * panel elsewhere), from a jump to the end, and on paper. The element may
 * start comparisons far from the viewport later than the others, so each
 * test waits for `updateComplete` where it needs one drawn, except where
 * being drawn in time is what it tests.
 */

const COUNT = 300;
const COLUMN = 640;

/** Comparison i's dates: a year apart, a different pair each; the last is Palmyra's, 2016 and 2017. */
const datesOf = (i: number): [string, string] => [
  `June 6, ${1717 + i}`,
  `February 5, ${1718 + i}`,
];
/** Comparison i's value: spread over 0–100 (the last is at 54). */
const valueOf = (i: number) => (i * 37) % 101;

// What a reader's move fires: events that bubble out of the shadow root to the page.
const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

/**
 * The page: `COUNT` figures in a 640 px column, each after a paragraph, its
 * images lazy and each its own URL (a browser may load a lazy image at once
 * when it has that URL already). `head` is markup put before the column;
 * with `panels`, each figure has a caption panel under its comparison.
 */
async function manyPage(head = '', panels = false): Promise<BeforeAfter[]> {
  const figures = Array.from({length: COUNT}, (_, i) => {
    const [before, after] = datesOf(i);
    return `
      <p>Paragraph ${i + 1} of the report, before the ${i + 1}th comparison.</p>
      <figure style="margin: 0 0 24px">
        <before-after id="many-${i}" value="${valueOf(i)}" before-label="${before}" after-label="${after}">
          <img slot="before" src="${BEFORE}?many=${i}" alt="Site ${i + 1} on ${before}" width="1600" height="900" loading="lazy">
          <img slot="after" src="${AFTER}?many=${i}" alt="Site ${i + 1} on ${after}" width="1600" height="900" loading="lazy">
        </before-after>
        ${panels ? `<before-after-caption><span slot="before">Site ${i + 1} standing.</span><span slot="after">Site ${i + 1} in ruins.</span></before-after-caption>` : ''}
        <figcaption>Site ${i + 1}, ${before} and ${after}.</figcaption>
      </figure>`;
  });
  const page = await fixture<HTMLElement>(
    html`<article style="width: ${COLUMN}px; font: 16px/1.5 serif"></article>`
  );
  page.innerHTML = head + figures.join('');
  return [...page.querySelectorAll('before-after')];
}

/** Far below the viewport, as a comparison the reader never scrolled to is (a precondition). */
function expectFarBelow(el: BeforeAfter): void {
  expect(
    el.getBoundingClientRect().top,
    `${el.id} far below the viewport`
  ).to.be.above(innerHeight * 10);
}

afterEach(() => window.scrollTo({top: 0, behavior: 'instant'}));

describe('300 comparisons on a page', () => {
  it('the last, never scrolled to, is reached by Tab, named by its dates, moved by a key, then dragged by the mouse', async function () {
    this.timeout(30000);
    const all = await manyPage();
    const last = all.at(-1)!;
    const previous = all.at(-2)!;
    await previous.updateComplete;
    await last.updateComplete;
    expectFarBelow(last);

    // The one before it has focus (without scrolling to it); the reader presses Tab.
    previous.focus({preventScroll: true});
    expect(previous.shadowRoot!.activeElement, 'precondition').to.equal(
      handle(previous)
    );
    await sendKeys({press: 'Tab'});
    expect(document.activeElement).to.equal(last);
    expect(last.shadowRoot!.activeElement).to.equal(handle(last));
    expect(handle(last).getAttribute('role')).to.equal('slider');
    expect(handle(last).getAttribute('aria-label')).to.equal(
      'Compare June 6, 2016 with February 5, 2017'
    );
    expect(handle(last).getAttribute('aria-valuetext')).to.equal(
      '54% June 6, 2016 on the left, 46% February 5, 2017 on the right'
    );

    const fired = await expectEvents(last, async () => {
      await sendKeys({press: 'ArrowRight'});
      await last.updateComplete;
    });
    expect(fired).to.deep.equal([input, change]);
    expect(last.value).to.equal(55);
    expect(handle(last).getAttribute('aria-valuenow')).to.equal('55');
    expect(handle(last).getAttribute('aria-valuetext')).to.equal(
      '55% June 6, 2016 on the left, 45% February 5, 2017 on the right'
    );

    // In view now (Tab brought it there; centred, for the mouse): a drag from the handle to 20 %.
    last.scrollIntoView({block: 'center'});
    await frames();
    const [x, y] = pointAt(last, 20);
    const dragged = await expectEvents(last, async () => {
      await sendMouse({type: 'move', position: pointAt(last, 55)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: pointAt(last, 40)});
      await sendMouse({type: 'move', position: [x, y]});
      await sendMouse({type: 'up'});
      await frames();
    });
    expect(dragged.at(-1)).to.deep.equal(change);
    expect(dragged.slice(0, -1)).to.deep.equal(
      dragged.slice(0, -1).map(() => input)
    );
    const box = part(last, 'base').getBoundingClientRect();
    const pointer = ((x - box.left) / box.width) * 100;
    expect(last.value).to.be.closeTo(pointer, 0.5);
    // The divider is drawn under the pointer, to the pixel.
    expect((drawnAt(last) - pointer) * (box.width / 100)).to.be.closeTo(0, 1);
    await last.updateComplete;
    expect(handle(last).getAttribute('aria-valuenow')).to.equal(
      String(last.value)
    );
  });

  it('a value set from script on one never scrolled to is drawn there, and a panel far from it shows its dates and captions', async function () {
    this.timeout(30000);
    // The panel is at the top of the page; its comparison is the last one.
    const all = await manyPage(`
      <before-after-caption for="many-${COUNT - 1}">
        <span slot="before">The stage façade still stands.</span>
        <span slot="after">The stage façade is rubble.</span>
        The Roman theatre at Palmyra, at the end of this page.
      </before-after-caption>`);
    const far = all.at(-1)!;
    const panel = document.querySelector<BeforeAfterCaption>(
      'before-after-caption'
    )!;
    expectFarBelow(far);

    far.value = 12.5;
    await far.updateComplete;
    await panel.updateComplete;
    expect(far.value).to.equal(12.5);
    expect(handle(far).getAttribute('aria-valuenow')).to.equal('12.5');
    expect(handle(far).getAttribute('aria-valuetext')).to.equal(
      '13% June 6, 2016 on the left, 87% February 5, 2017 on the right'
    );

    // The panel, in view, names the far comparison's dates, each over its caption.
    const root = panel.shadowRoot!;
    const entry = (side: string) =>
      root
        .querySelector(`[part~="${side}"]`)!
        .querySelector<HTMLSlotElement>(`slot[name="${side}"]`)!
        .assignedNodes()
        .map((n) => n.textContent)
        .join('');
    const date = (side: string) =>
      root.querySelector(`[part~="${side}"] [part="date"]`)?.textContent;
    expect(panel.getBoundingClientRect().top).to.be.below(innerHeight);
    expect(panel.control).to.equal(far);
    expect(date('before')).to.equal('June 6, 2016');
    expect(date('after')).to.equal('February 5, 2017');
    expect(entry('before')).to.equal('The stage façade still stands.');
    expect(entry('after')).to.equal('The stage façade is rubble.');
    expect(
      root
        .querySelector<HTMLSlotElement>('slot:not([name])')!
        .assignedNodes()
        .map((n) => n.textContent)
        .join('')
        .trim()
    ).to.equal('The Roman theatre at Palmyra, at the end of this page.');
    // At 12.5 the later image covers most of the view: its date is the one emphasised.
    expect(
      [...root.querySelectorAll('[part~="dominant"]')].map((n) =>
        n.getAttribute('part')
      )
    ).to.deep.equal(['item after dominant']);

    far.scrollIntoView({block: 'center'});
    await frames();
    const box = part(far, 'base').getBoundingClientRect();
    expect((drawnAt(far) - 12.5) * (box.width / 100)).to.be.closeTo(0, 1);
  });

  it('zoomTo on one never scrolled to, called before it has drawn, zooms it once drawn', async function () {
    this.timeout(30000);
    const far = (await manyPage()).at(-1)!;
    expectFarBelow(far);
    expect(far.hasUpdated, 'not drawn yet (a precondition)').to.be.false;
    expect(far.zoomLevel).to.equal(1);

    await far.zoomTo(2, 30, 40);
    expect(far.zoomLevel).to.equal(2);
    far.scrollIntoView({block: 'center'});
    await frames();
    const box = part(far, 'base').getBoundingClientRect();
    for (const img of far.querySelectorAll('img'))
      expect(img.getBoundingClientRect().width, img.slot).to.be.closeTo(
        box.width * 2,
        1
      );
  });

  it('one with zoom, drawn far from the viewport, shows its zoom controls only once scrolled within a screen of it', async function () {
    this.timeout(30000);
    const far = (await manyPage()).at(-1)!;
    far.zoom = true;
    expectFarBelow(far);
    // Drawn in its turn, far away: what a reader can reach, not yet what
    // only a reader looking at it needs.
    await far.updateComplete;
    await frames(3);
    const controls = () => far.shadowRoot!.querySelector('.zoom');
    expect(controls(), 'no zoom controls while far').to.be.null;

    // Half a screen below the viewport's bottom edge: near, not on screen.
    const top = far.getBoundingClientRect().top + scrollY;
    window.scrollTo({top: top - innerHeight * 1.5, behavior: 'instant'});
    await until(() => controls() !== null, 'zoom controls once near');
    expect(
      far.getBoundingClientRect().top,
      'still below the viewport'
    ).to.be.above(innerHeight);
  });

  it('a jump to the end shows each comparison now on screen drawn at its value in the first frame, its images in place', async function () {
    this.timeout(30000);
    const all = await manyPage();
    // The reader sees the top of the page, then jumps to its end at once.
    await all[0]!.updateComplete;
    await frames(1);

    const first = await new Promise<ReturnType<typeof onScreen>>((resolve) => {
      window.scrollTo({
        top: document.documentElement.scrollHeight,
        behavior: 'instant',
      });
      // What this frame paints: read before it paints, after the scroll.
      requestAnimationFrame(() => resolve(onScreen(all)));
    });
    const ids = first.map((seen) => seen.id);
    expect(ids, 'comparisons on screen after the jump').to.include(
      all.at(-1)!.id
    );
    for (const seen of first) expect(seen.problems, seen.id).to.deep.equal([]);

    // Then their images arrive, and nothing moves.
    const shown = ids.map((id) => document.getElementById(id) as BeforeAfter);
    await settled(...shown.flatMap((el) => [...el.querySelectorAll('img')]));
    await frames();
    const later = onScreen(shown);
    for (const [i, seen] of later.entries()) {
      expect(seen.problems, seen.id).to.deep.equal([]);
      expect(seen.loaded, `${seen.id} images loaded`).to.deep.equal([
        true,
        true,
      ]);
      expect(seen.box, `${seen.id} box`).to.deep.equal(first[i]!.box);
    }
  });

  it('caption panels know their comparison at once, and a jump to the end shows each panel on screen drawn with its dates in the first frame', async function () {
    this.timeout(30000);
    const all = await manyPage('', true);
    await customElements.whenDefined('before-after-caption');
    const panels = [
      ...document.querySelectorAll<BeforeAfterCaption>('before-after-caption'),
    ];
    // Defined, each follows its comparison, whether it has drawn yet or not.
    expect(panels.map((panel) => panel.control?.id)).to.deep.equal(
      all.map((el) => el.id)
    );
    await all[0]!.updateComplete;
    await panels[0]!.updateComplete;
    await frames(1);

    const seen = await new Promise<{i: number; dates: string[]}[]>(
      (resolve) => {
        window.scrollTo({
          top: document.documentElement.scrollHeight,
          behavior: 'instant',
        });
        // What this frame paints: read before it paints, after the scroll.
        requestAnimationFrame(() =>
          resolve(
            panels
              .map((panel, i) => ({panel, i}))
              .filter(({panel}) => {
                const {top, bottom} = panel.getBoundingClientRect();
                // (One whose bottom edge is the viewport's top shows nothing.)
                return top < innerHeight && bottom > 0;
              })
              .map(({panel, i}) => ({
                i,
                dates: [
                  ...(panel.shadowRoot?.querySelectorAll('[part="date"]') ??
                    []),
                ].map((date) => date.textContent ?? ''),
              }))
          )
        );
      }
    );
    expect(
      seen.map(({i}) => i),
      'panels on screen after the jump'
    ).to.include(COUNT - 1);
    for (const {i, dates} of seen)
      expect(dates, `panel ${i}`).to.deep.equal(datesOf(i));
  });

  it('printed, shows both images of every comparison, each under its date', async function () {
    this.timeout(60000);
    // Engine exception: only Chromium's driver renders a page as print media
    // (asking for the screen tells whether it can; see emulateMediaType).
    if (!(await emulateMediaType(''))) this.skip();
    const all = await manyPage();
    // Printed once the page has started every comparison.
    await Promise.all(all.map((el) => el.updateComplete));
    await emulateMediaType('print');
    try {
      await frames();
      const problems = all.flatMap((el, i) => {
        const found = printProblems(el, 'side by side');
        const labels = ['before-label', 'after-label'].map(
          (name) => part(el, name).textContent
        );
        if (labels.join() !== datesOf(i).join())
          found.push(`dates ${labels.join(' / ')}`);
        if (getComputedStyle(el).breakInside !== 'avoid')
          found.push('may break across pages');
        return found.map((problem) => `${el.id}: ${problem}`);
      });
      expect(problems).to.deep.equal([]);
    } finally {
      await emulateMediaType('');
    }
  });
});

describe('comparisons in a hidden tab', () => {
  it('a scroll while they wait their turn draws none of them at once: they have no box on screen', async function () {
    this.timeout(30000);
    // A few comparisons in view, and 200 in a tab panel the reader has not opened.
    const figure = (i: number) =>
      `<before-after id="tab-${i}" before-label="June 6, 2016" after-label="February 5, 2017">
        <img slot="before" src="${BEFORE}?tab=${i}" alt="" width="1600" height="900" loading="lazy">
        <img slot="after" src="${AFTER}?tab=${i}" alt="" width="1600" height="900" loading="lazy">
      </before-after>`;
    const page = await fixture<HTMLElement>(
      html`<article style="width: ${COLUMN}px"></article>`
    );
    page.innerHTML =
      Array.from({length: 10}, (_, i) => figure(i)).join('') +
      `<div hidden>${Array.from({length: 200}, (_, i) => figure(10 + i)).join('')}</div>`;
    const hidden = [
      ...page.querySelectorAll<BeforeAfter>('[hidden] before-after'),
    ];
    // The reader scrolls at once, while most wait their turn.
    window.scrollBy({top: 50, behavior: 'instant'});
    const drawnInThatFrame = await new Promise<number>((resolve) =>
      requestAnimationFrame(() =>
        resolve(hidden.filter((el) => el.hasAttribute('rendered')).length)
      )
    );
    // In turns, a few a frame; not all 200 in the scroll's one task.
    expect(
      drawnInThatFrame,
      'hidden comparisons drawn by the scroll'
    ).to.be.below(100);
    // They still draw in their turn: Tab and script find them ready when the tab opens.
    await Promise.all(hidden.map((el) => el.updateComplete));
    expect(hidden.every((el) => el.hasAttribute('rendered'))).to.be.true;
  });
});

/**
 * What the reader sees of each comparison at least partly on screen: its
 * box, and what is wrong with its drawing (nothing drawn; the divider, or the
 * edge of the earlier image, more than 1 px off where the value puts it, as
 * on a page where every comparison started at once; an image missing from
 * its side or not filling the box). Read in a frame before it paints, this is
 * that frame.
 */
function onScreen(all: BeforeAfter[]) {
  return all
    .filter((el) => {
      const {top, bottom} = el.getBoundingClientRect();
      // (One whose bottom edge is the viewport's top shows nothing.)
      return top < innerHeight && bottom > 0;
    })
    .map((el) => {
      const problems: string[] = [];
      const images = [...el.querySelectorAll('img')];
      const loaded = images.map((img) => img.complete && img.naturalWidth > 0);
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      if (!base) return {id: el.id, box: null, loaded, problems: ['not drawn']};
      const box = base.getBoundingClientRect().toJSON() as DOMRect;
      const at = box.left + (box.width * el.value) / 100;
      const divider = part(el, 'divider').getBoundingClientRect();
      const line = divider.left + divider.width / 2;
      if (Math.abs(line - at) > 1)
        problems.push(`divider at ${line}, not ${at}`);
      // The earlier image shows from the box's left edge to the split: its
      // layer is a window that the box clips.
      const layer = part(el, 'before').getBoundingClientRect();
      const from = Math.max(layer.left, box.left);
      const to = Math.min(layer.right, box.right);
      if (Math.abs(from - box.left) > 1 || Math.abs(to - at) > 1)
        problems.push(`before image shown ${from}–${to}, not to ${at}`);
      if (box.width < COLUMN - 1 || box.height < (COLUMN * 9) / 16 - 1)
        problems.push(`box ${box.width}×${box.height}`);
      for (const [i, side] of ['before', 'after'].entries()) {
        const img = images[i]!;
        const r = img.getBoundingClientRect();
        if (img.assignedSlot?.name !== side)
          problems.push(`${side}: not shown`);
        if (getComputedStyle(img).visibility !== 'visible')
          problems.push(`${side}: hidden`);
        // Both images fill the box: the earlier one stays put as the split moves.
        for (const edge of ['left', 'top', 'width', 'height'] as const)
          if (Math.abs(r[edge] - box[edge]) > 1)
            problems.push(`${side} image ${edge} ${r[edge]}, box ${box[edge]}`);
      }
      return {id: el.id, box, loaded, problems};
    });
}
