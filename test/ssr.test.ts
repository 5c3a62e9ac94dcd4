import {expect, fixture, html} from '@open-wc/testing';
import {
  executeServerCommand,
  sendKeys,
  sendMouse,
} from '@web/test-runner-commands';
import '../src/define.js';
import type {BeforeAfter} from '../src/before-after.js';
import {engine, setViewport} from './helpers/commands.js';
import {frames, pointAt} from './helpers/element.js';
import {expectEvents} from './helpers/events.js';
import {appendFrame} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {markers, notesReady} from './helpers/notes.js';
import {until} from './helpers/wait.js';

guardConsole({resetMouse: true});

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/*
 * Pages rendered by Lit's server renderer (test/ssr/render.mjs, the same
 * cases as the Node test), loaded in an iframe: with scripts off, with Lit's
 * hydration support, and with define.js alone. Each is held against a
 * client-rendered twin of the same light DOM on this page.
 */

/** scroll-reveal draws the divider where the page's scroll says: not a place to compare. */
const STILL = ['ltr', 'rtl', 'vertical', 'bad'];
const ALL = [...STILL, 'zoom'];

type Mode = 'none' | 'hydrate' | 'plain';

interface Seen {
  errors: string[];
  shift: number;
  /** Per comparison: its box in the page, then its parts' (see layout), before any module script ran. */
  boxes: number[][][];
  /** Per comparison: its notes' server-drawn markers (see pins), then. */
  pins: number[][][];
  /** Per caption panel: where its dates are in it, then. */
  dates: number[][];
}

/** The server's page in an iframe 700 px wide; `none` runs no script in it (a sandbox). */
async function serverPage(
  name: string,
  mode: Mode,
  variants = ALL,
  caption = true
): Promise<Window & {seen?: Seen}> {
  const path = await executeServerCommand<string, object>('ssr', {
    name,
    mode,
    variants,
    caption,
  });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:700px;height:3000px;border:0;display:block';
  if (mode === 'none') frame.sandbox.add('allow-same-origin');
  frame.src = path!;
  await appendFrame(frame);
  const win = frame.contentWindow!;
  if (mode !== 'none') watchFrame(win);
  await Promise.all(
    [...win.document.images].map((img) => img.decode().catch(() => {}))
  );
  return win;
}

/** Each comparison in the page, by id, once its script (if any) is done, notes included. */
async function comparisons(win: Window, scripts: boolean) {
  const all = [...win.document.querySelectorAll('before-after')];
  if (scripts) {
    await win.customElements.whenDefined('before-after');
    // The notes' code comes after: wait for each comparison's markers.
    for (const el of all as BeforeAfter[]) {
      // A server-rendered comparison hydrates once it is near the viewport.
      el.scrollIntoView({block: 'center'});
      for (let i = 0; i < 100 && markers(el).length < 2; i++) await frames(1);
      await el.updateComplete;
    }
    // Back where the tests' pointer positions expect the page.
    window.scrollTo(0, 0);
    await frames(3);
  }
  return new Map(all.map((el) => [el.id, el as BeforeAfter]));
}

/** The same light DOM, rendered on this page by the element's script: the twin. */
async function twinsOf(win: Window, ids: string[]) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const twins = new Map<string, BeforeAfter>();
  for (const id of ids) {
    const twin = document.importNode(win.document.getElementById(id)!, true);
    twin.style.cssText = 'display:block;width:600px';
    box.append(twin);
    twins.set(id, twin as BeforeAfter);
  }
  for (const twin of twins.values()) await notesReady(twin);
  await frames(3);
  return twins;
}

/** Where the drawn parts are, in px from the comparison's top-left corner (as test/ssr/write-page.mjs records them). */
function layout(el: Element, markers = true): number[][] {
  const host = el.getBoundingClientRect();
  const root = el.shadowRoot!;
  const at = (selector: string) =>
    [...root.querySelectorAll(selector)].map((part) => {
      const r = part.getBoundingClientRect();
      return [r.left - host.left, r.top - host.top, r.width, r.height];
    });
  return [
    ...at('.track, .divider, .handle, .label'),
    ...(markers ? at('[part~="marker"]') : []),
  ];
}

/** The server's markers: each note's, drawn in its own shadow root, in px from the comparison's top-left corner. */
function pins(el: Element): number[][] {
  const host = el.getBoundingClientRect();
  return [...el.querySelectorAll('before-after-note')].flatMap((note) =>
    [...note.shadowRoot!.querySelectorAll('.pin')].map((pin) => {
      const r = pin.getBoundingClientRect();
      return [r.left - host.left, r.top - host.top, r.width, r.height];
    })
  );
}

/** The comparison's box in its page, then its parts' (as the page recorded them before its scripts). */
function boxes(el: Element): number[][] {
  const {left, top, width, height} = el.getBoundingClientRect();
  return [[left, top, width, height], ...layout(el, false)];
}

function expectSameLayout(
  actual: number[][],
  expected: number[][],
  what: string
) {
  expect(actual.length, what).to.equal(expected.length);
  actual.forEach((box, i) =>
    box.forEach((n, j) =>
      expect(n, `${what}: box ${i}, coordinate ${j}`).to.be.closeTo(
        expected[i]![j]!,
        1
      )
    )
  );
}

/** A point in a frame's comparison, in this page's viewport (where sendMouse points). */
function inPage(win: Window, [x, y]: [number, number]): [number, number] {
  const frame = win.frameElement!.getBoundingClientRect();
  return [Math.round(frame.left + x), Math.round(frame.top + y)];
}

const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

describe('server-rendered (@lit-labs/ssr)', () => {
  describe('with scripts off', () => {
    it('draws the split, handle and labels where the client draws them', async () => {
      const win = await serverPage('none', 'none');
      const els = await comparisons(win, false);
      expect(win.customElements.get('before-after')).to.be.undefined;
      const twins = await twinsOf(win, STILL);
      for (const id of STILL) {
        const el = els.get(id)!;
        const root = el.shadowRoot!;
        expect(root, id).to.exist;
        expect(root.querySelectorAll('.track').length, id).to.equal(1);
        expect(
          [...root.querySelectorAll('.label')].map((l) => l.textContent),
          id
        ).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
        const slider = root.querySelector('[role="slider"]')!;
        const value = id === 'bad' ? '50' : '30';
        expect(slider.getAttribute('aria-valuenow'), id).to.equal(value);
        expectSameLayout(layout(el), layout(twins.get(id)!, false), id);
      }
    });

    it('lists the notes and draws their markers where the client draws them', async () => {
      const win = await serverPage('none-notes', 'none', STILL);
      const els = await comparisons(win, false);
      const twins = await twinsOf(win, STILL);
      for (const id of STILL) {
        const el = els.get(id)!;
        expect(markers(el), id).to.have.length(0);
        const notes = [...el.querySelectorAll('before-after-note')];
        expect(notes.map((n) => n.shadowRoot !== null)).to.deep.equal([
          true,
          true,
        ]);
        for (const note of notes)
          expect(note.getBoundingClientRect().height).to.be.greaterThan(10);
        const twin = twins.get(id)!;
        expect(markers(twin), id).to.have.length(2);
        expectSameLayout(
          pins(el),
          layout(twin).slice(-2),
          `${id}: the server's markers`
        );
        // Drawn over the images, where a reader sees them.
        const host = el.getBoundingClientRect();
        for (const [i, [left, top, width, height]] of pins(el).entries()) {
          const x = host.left + left! + width! / 2;
          const y = host.top + top! + height! / 2;
          expect(win.document.elementFromPoint(x, y), id).to.equal(notes[i]);
        }
      }
    });
  });

  describe('hydrated', () => {
    it('keeps every position, with no error and no layout shift', async () => {
      const win = await serverPage('hydrate', 'hydrate', ALL, false);
      const els = await comparisons(win, true);
      expect(win.seen!.errors).to.deep.equal([]);
      // Chromium measures the shifts; in every engine the boxes before and after say it.
      if (engine === 'chromium') expect(win.seen!.shift).to.be.below(0.001);
      [...els.values()].forEach((el, i) => {
        const [box, ...parts] = boxes(el);
        const [server, ...serverParts] = win.seen!.boxes[i]!;
        expectSameLayout([box!], [server!], el.id);
        if (!STILL.includes(el.id)) return;
        expectSameLayout(parts, serverParts, el.id);
        // The client's markers took the server's place: one of each.
        expect(pins(el), el.id).to.deep.equal([]);
        expectSameLayout(
          layout(el).slice(-2),
          win.seen!.pins[i]!,
          `${el.id}: markers`
        );
      });
      const twins = await twinsOf(win, STILL);
      for (const id of STILL) {
        const el = els.get(id)!;
        expect(el.shadowRoot!.querySelectorAll('.track').length, id).to.equal(
          1
        );
        expectSameLayout(layout(el), layout(twins.get(id)!), id);
      }
    });

    it('keeps each comparison’s box under a caption panel, which then gets its dates', async () => {
      const win = await serverPage('hydrate-captions', 'hydrate');
      const els = await comparisons(win, true);
      expect(win.seen!.errors).to.deep.equal([]);
      [...els.values()].forEach((el, i) => {
        const [, ...parts] = boxes(el);
        const [[, , width, height], ...server] = win.seen!.boxes[i]!;
        const {width: w, height: h} = el.getBoundingClientRect();
        expectSameLayout([[w, h]], [[width!, height!]], el.id);
        if (STILL.includes(el.id)) expectSameLayout(parts, server, el.id);
        const panel = el.nextElementSibling!.shadowRoot!;
        const dates = panel.querySelector('.dates')!;
        expect(dates.textContent, el.id).to.match(
          /June 6, 2016\s*February 5, 2017/
        );
        // In the lines the server held for them: nothing under them moved.
        const held = dates.getBoundingClientRect();
        const at = el.nextElementSibling!.getBoundingClientRect();
        expectSameLayout(
          [[held.left - at.left, held.top - at.top, held.width, held.height]],
          [win.seen!.dates[i]!],
          `${el.id}: the panel's dates`
        );
      });
    });

    it('takes the direction and language of the page, once', async () => {
      const win = await serverPage('hydrate-ancestor', 'hydrate', ['ancestor']);
      const el = (await comparisons(win, true)).get('ancestor')!;
      const handle = el.shadowRoot!.querySelector('.handle')!;
      for (
        let i = 0;
        i < 100 && handle.getAttribute('aria-valuetext')!.includes('left');
        i++
      )
        await frames(1);
      expect(handle.getAttribute('aria-valuetext')).to.match(
        /^30\s?% June 6, 2016 à droite, 70\s?% February 5, 2017 à gauche$/
      );
      expect(handle.getAttribute('aria-label')).to.equal(
        'Comparer June 6, 2016 et February 5, 2017'
      );
      const line = el
        .shadowRoot!.querySelector('.divider')!
        .getBoundingClientRect();
      const box = el.getBoundingClientRect();
      expect(box.right - (line.left + line.width / 2)).to.be.closeTo(180, 1);
      expect(win.seen!.errors).to.deep.equal([]);
    });

    it('then drags, takes keys and opens a note, with their events', async () => {
      const win = await serverPage('hydrate-input', 'hydrate', ['ltr']);
      const el = (await comparisons(win, true)).get('ltr')!;
      const handle = el.shadowRoot!.querySelector('.handle')!;

      const dragged = await expectEvents(el, async () => {
        await sendMouse({type: 'move', position: inPage(win, pointAt(el, 30))});
        await sendMouse({type: 'down'});
        await sendMouse({type: 'move', position: inPage(win, pointAt(el, 45))});
        await sendMouse({type: 'move', position: inPage(win, pointAt(el, 60))});
        await sendMouse({type: 'up'});
        await el.updateComplete;
      });
      expect(dragged.at(0)).to.deep.equal(input);
      expect(dragged.at(-1)).to.deep.equal(change);
      expect(el.value).to.be.closeTo(60, 1);
      expect(handle.getAttribute('aria-valuenow')).to.equal(String(el.value));

      el.value = 40;
      await el.updateComplete;
      el.focus();
      const pressed = await expectEvents(el, async () => {
        await sendKeys({press: 'ArrowRight'});
        await el.updateComplete;
      });
      expect(pressed).to.deep.equal([input, change]);
      expect(el.value).to.equal(41);
      expect(handle.getAttribute('aria-valuenow')).to.equal('41');
      expect(handle.getAttribute('aria-valuetext')).to.equal(
        '41% June 6, 2016 on the left, 59% February 5, 2017 on the right'
      );

      const marker = markers(el)[1]!;
      const r = marker.getBoundingClientRect();
      const opened = await expectEvents(el, async () => {
        const centre = inPage(win, [
          r.left + r.width / 2,
          r.top + r.height / 2,
        ]);
        await sendMouse({type: 'move', position: centre});
        await sendMouse({type: 'down'});
        await sendMouse({type: 'up'});
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 450));
      });
      expect(opened).to.deep.equal([input, change]);
      expect(el.value).to.equal(80);
      const notes = [...el.querySelectorAll('before-after-note')];
      expect(
        notes.map((n) => (n as HTMLElement & {open: boolean}).open)
      ).to.deep.equal([false, true]);
      expect(win.seen!.errors).to.deep.equal([]);
    });
  });

  describe('far from the viewport', () => {
    /** A comparison in view, and one 2400 px further down the frame, as the server drew them. */
    async function farPage() {
      await setViewport({width: 800, height: 600});
      const win = await serverPage('hydrate-far', 'hydrate', ['ltr', 'far']);
      await win.customElements.whenDefined('before-after');
      const [near, far] = [
        ...win.document.querySelectorAll('before-after'),
      ] as BeforeAfter[];
      await near!.updateComplete;
      let settled = false;
      void far!.updateComplete.then(() => (settled = true));
      await frames(10);
      // Not hydrated: still the server's markup, which says the same.
      expect(far!.hasUpdated).to.equal(false);
      expect(settled).to.equal(false);
      const handle = far!.shadowRoot!.querySelector('.handle')!;
      expect(handle.getAttribute('aria-valuenow')).to.equal('30');
      expect(handle.getAttribute('aria-valuetext')).to.equal(
        '30% June 6, 2016 on the left, 70% February 5, 2017 on the right'
      );
      return {win, near: near!, far: far!, handle};
    }

    afterEach(() => setViewport({width: 800, height: 600}));

    it('hydrates once scrolled near, where the server drew it', async () => {
      const {win, far} = await farPage();
      far.scrollIntoView({block: 'center'});
      await until(() => far.hasUpdated, 'the far comparison hydrated');
      await far.updateComplete;
      await frames(2);
      // Its size and drawing (the panel above it gets its notes' list once hydrated, which moves it).
      const [[, , width, height], ...parts] = boxes(far);
      const [[, , serverWidth, serverHeight], ...server] = win.seen!.boxes[1]!;
      expectSameLayout(
        [[width!, height!], ...parts],
        [[serverWidth!, serverHeight!], ...server],
        'far'
      );
      expect(win.seen!.errors).to.deep.equal([]);
    });

    it('follows a value or label set from script before it hydrates: its value text and divider', async () => {
      const {win, far, handle} = await farPage();
      const fired = await expectEvents(far, async () => {
        far.value = 70;
        far.afterLabel = 'Feb. 5, 2017';
        await until(
          () => handle.getAttribute('aria-valuenow') === '70',
          () => `aria-valuenow is ${handle.getAttribute('aria-valuenow')}`
        );
        await frames(2);
      });
      expect(fired, 'set from script: no event').to.deep.equal([]);
      expect(handle.getAttribute('aria-valuetext')).to.equal(
        '70% June 6, 2016 on the left, 30% Feb. 5, 2017 on the right'
      );
      expect(
        far.shadowRoot!.querySelector('[part~="after-label"]')!.textContent
      ).to.equal('Feb. 5, 2017');
      const host = far.getBoundingClientRect();
      const divider = far
        .shadowRoot!.querySelector('.divider')!
        .getBoundingClientRect();
      expect(
        divider.left + divider.width / 2 - host.left,
        'the divider drawn at 70%'
      ).to.be.closeTo(host.width * 0.7, 1);
      // Still far below the viewport: it started for the change, not a scroll.
      expect(host.top).to.be.above(win.parent.innerHeight);
      expect(win.seen!.errors).to.deep.equal([]);
    });

    it('is reached by Tab before it hydrates, and then takes keys and drags', async () => {
      const {win, near, far, handle} = await farPage();
      near.focus();
      for (let i = 0; i < 20 && win.document.activeElement !== far; i++)
        await sendKeys({press: 'Tab'});
      expect(win.document.activeElement).to.equal(far);
      // Focus hydrated it at once: the keys' first press is its.
      expect(far.hasUpdated).to.equal(true);
      const pressed = await expectEvents(far, async () => {
        await sendKeys({press: 'ArrowRight'});
        await far.updateComplete;
      });
      expect(pressed).to.deep.equal([input, change]);
      expect(far.value).to.equal(31);
      expect(handle.getAttribute('aria-valuenow')).to.equal('31');
      await frames(2);
      const dragged = await expectEvents(far, async () => {
        await sendMouse({
          type: 'move',
          position: inPage(win, pointAt(far, 30)),
        });
        await sendMouse({type: 'down'});
        await sendMouse({
          type: 'move',
          position: inPage(win, pointAt(far, 60)),
        });
        await sendMouse({type: 'up'});
        await far.updateComplete;
      });
      expect(dragged.at(-1)).to.deep.equal(change);
      expect(far.value).to.be.closeTo(60, 1);
      expect(win.seen!.errors).to.deep.equal([]);
    });
  });

  describe('define.js without hydration support', () => {
    it('renders one shadow content in place of the server’s, and drags', async () => {
      const win = await serverPage('plain', 'plain');
      const els = await comparisons(win, true);
      expect(win.seen!.errors).to.deep.equal([]);
      for (const [id, el] of els) {
        const root = el.shadowRoot!;
        expect(root.querySelectorAll('.track').length, id).to.equal(1);
        expect(root.querySelectorAll('.handle').length, id).to.equal(1);
        // The server's styles went with its markup: the element adopts its own.
        expect(root.querySelectorAll('style').length, id).to.equal(0);
      }
      const el = els.get('ltr')!;
      const dragged = await expectEvents(el, async () => {
        await sendMouse({type: 'move', position: inPage(win, pointAt(el, 30))});
        await sendMouse({type: 'down'});
        await sendMouse({type: 'move', position: inPage(win, pointAt(el, 70))});
        await sendMouse({type: 'up'});
        await el.updateComplete;
      });
      expect(dragged.at(-1)).to.deep.equal(change);
      expect(el.value).to.be.closeTo(70, 1);
    });

    it('keeps the focus of a reader who tabs to one far away, as it renders in place of the server’s, and takes keys', async () => {
      await setViewport({width: 800, height: 600});
      const win = await serverPage('plain-far', 'plain', ['ltr', 'far']);
      await win.customElements.whenDefined('before-after');
      const [near, far] = [
        ...win.document.querySelectorAll('before-after'),
      ] as BeforeAfter[];
      await near!.updateComplete;
      await frames(10);
      expect(far!.hasUpdated, 'not started yet: far from the viewport').to.be
        .false;
      let reached = false;
      far!.addEventListener('focusin', () => (reached = true));
      near!.focus();
      for (let i = 0; i < 20 && !reached; i++) await sendKeys({press: 'Tab'});
      expect(reached, 'Tab reached the server’s slider').to.be.true;
      await frames(2);
      // Rendered on focus, its handle replacing the server's: still focused.
      expect(far!.hasUpdated).to.be.true;
      // (Compared here: an assertion that fails on elements would carry them.)
      const focused = win.document.activeElement;
      expect(focused === far, `focus kept, not on ${focused?.localName}`).to.be
        .true;
      expect(
        far!.shadowRoot!.activeElement?.getAttribute('part'),
        'focused in it'
      ).to.equal('handle');
      const pressed = await expectEvents(far!, async () => {
        await sendKeys({press: 'ArrowRight'});
        await far!.updateComplete;
      });
      expect(pressed).to.deep.equal([input, change]);
      expect(far!.value).to.equal(31);
      expect(win.seen!.errors).to.deep.equal([]);
    });
  });
});
