import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {emulateMediaFeatures, emulateMediaType} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {drawnAt, frames, handle, part, pointAt} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {until} from './helpers/wait.js';
import {
  addNotes,
  bubble,
  centreInBox,
  centreOf,
  markers,
  notesOf,
  notesReady,
  visible,
  withNotes,
} from './helpers/notes.js';
import {SQUARE, compare} from './helpers/element.js';

guardConsole({resetMouse: true});

const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

const PROSCENIUM = {x: '50', y: '38', value: '25', text: 'The proscenium.'};
const TETRAPYLON = {
  x: '86',
  y: '22',
  value: '75',
  side: 'before',
  text: 'The tetrapylon.',
};

/** Where an image point is drawn with object-fit: cover, centred: the test's own arithmetic. */
function coverPoint(
  x: number,
  y: number,
  image: {width: number; height: number},
  box: DOMRect
) {
  const scale = Math.max(box.width / image.width, box.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  return {
    left: (box.width - w) / 2 + (x / 100) * w,
    top: (box.height - h) / 2 + (y / 100) * h,
  };
}

describe('<before-after-note>', () => {
  describe('markers', () => {
    it('numbers the notes in document order, one button each, named by number and text', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const [first, second] = markers(el);
      expect(markers(el)).to.have.length(2);
      expect(first!.localName).to.equal('button');
      expect(first!.textContent!.trim()).to.equal('1');
      expect(second!.textContent!.trim()).to.equal('2');
      expect(first!.getAttribute('aria-label')).to.equal(
        'Note 1: The proscenium.'
      );
      expect(second!.getAttribute('aria-label')).to.equal(
        'Note 2: The tetrapylon.'
      );
      const box = first!.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      expect(notesOf(el).map((note) => note.number)).to.deep.equal([1, 2]);
    });

    for (const ratio of ['16 / 9', '1 / 1', '3 / 1'])
      it(`sits on its image point, through object-fit: cover, in a ${ratio} box`, async () => {
        const el = await withNotes(
          [
            {x: '50', y: '38'},
            {x: '30', y: '70'},
            {x: '62', y: '12'},
          ],
          {},
          {width: 600}
        );
        el.style.setProperty('--before-after-aspect-ratio', ratio);
        await frames(4);
        const box = part(el, 'base').getBoundingClientRect();
        const points: [number, number][] = [
          [50, 38],
          [30, 70],
          [62, 12],
        ];
        markers(el).forEach((marker, i) => {
          const [x, y] = points[i]!;
          const expected = coverPoint(x, y, {width: 1600, height: 900}, box);
          const inside =
            expected.left >= 0 &&
            expected.left <= box.width &&
            expected.top >= 0 &&
            expected.top <= box.height;
          if (!inside) {
            expect(visible(marker), `marker ${i + 1} cropped away`).to.be.false;
            return;
          }
          const at = centreInBox(el, marker);
          expect(at.left, `marker ${i + 1} x`).to.be.closeTo(expected.left, 1);
          expect(at.top, `marker ${i + 1} y`).to.be.closeTo(expected.top, 1);
        });
      });

    it('sits on its point with object-fit: contain and an object-position', async () => {
      const el = await withNotes([{x: '25', y: '75'}], {}, {width: 600});
      el.style.setProperty('--before-after-aspect-ratio', '1 / 1');
      el.style.setProperty('--before-after-object-fit', 'contain');
      el.style.setProperty('--before-after-object-position', 'left top');
      await frames(4);
      // 1600×900 in 600×600, contained at the top: 600×337.5 from (0, 0).
      const at = centreInBox(el, markers(el)[0]!);
      expect(at.left).to.be.closeTo(150, 1);
      expect(at.top).to.be.closeTo(253.125, 1);
    });

    it('maps a note on the after image through that image, when the two differ in shape', async () => {
      // The after image is square (900 × 900), the box 16:9 from the before image.
      const el = await withNotes(
        [
          {x: '25', y: '30', side: 'after'},
          {x: '25', y: '30'},
        ],
        {},
        {width: 640, after: SQUARE}
      );
      const box = part(el, 'base').getBoundingClientRect();
      const [onAfter, onBoth] = markers(el);
      // 640 × 360: the square is cropped to its middle, the wide image fits.
      const square = coverPoint(25, 30, {width: 900, height: 900}, box);
      const wide = coverPoint(25, 30, {width: 1600, height: 900}, box);
      expect(Math.abs(square.top - wide.top)).to.be.above(40);
      const a = centreInBox(el, onAfter!);
      const b = centreInBox(el, onBoth!);
      expect([a.left, a.top]).to.satisfy(
        ([l, t]: number[]) =>
          Math.abs(l! - square.left) <= 1 && Math.abs(t! - square.top) <= 1
      );
      expect([b.left, b.top]).to.satisfy(
        ([l, t]: number[]) =>
          Math.abs(l! - wide.left) <= 1 && Math.abs(t! - wide.top) <= 1
      );
    });

    it('hides a point that the crop leaves out, and leaves it out of the tab order', async () => {
      // A square box shows the middle 900 of 1600 px: x = 5 % is cropped away.
      const el = await withNotes([{x: '5', y: '50'}, PROSCENIUM]);
      el.style.setProperty('--before-after-aspect-ratio', '1 / 1');
      await frames(4);
      const [cropped, shown] = markers(el);
      expect(visible(cropped!)).to.be.false;
      expect(visible(shown!)).to.be.true;
      handle(el).focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(shown);
    });

    it('keeps image space in RTL and vertical: the same point of the picture', async () => {
      for (const attributes of [{dir: 'rtl'}, {orientation: 'vertical'}]) {
        const el = await withNotes([{x: '30', y: '60'}], attributes, {
          width: 480,
        });
        const box = part(el, 'base').getBoundingClientRect();
        const expected = coverPoint(30, 60, {width: 1600, height: 900}, box);
        const at = centreInBox(el, markers(el)[0]!);
        expect(at.left, JSON.stringify(attributes)).to.be.closeTo(
          expected.left,
          1
        );
        expect(at.top, JSON.stringify(attributes)).to.be.closeTo(
          expected.top,
          1
        );
      }
    });

    it('comes to rest: no update while nothing changes, one per key press, none per drag frame', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      let updates = 0;
      el.addController({hostUpdated: () => updates++});
      await frames(10);
      expect(updates, 'at rest').to.equal(0);
      // Focus renders once (the spoken sides follow the page's direction).
      handle(el).focus();
      await frames(2);
      updates = 0;
      await sendKeys({press: 'ArrowRight'});
      await frames(5);
      expect(updates, 'one key press').to.equal(1);
      updates = 0;
      // A drag that stays on one side of the middle draws without updating.
      await sendMouse({type: 'move', position: pointAt(el, 60)});
      await sendMouse({type: 'down'});
      for (const pct of [65, 70, 80, 90]) {
        await sendMouse({type: 'move', position: pointAt(el, pct)});
        await frames(1);
      }
      expect(updates, 'drag frames').to.equal(0);
      await sendMouse({type: 'up'});
    });

    it('stays under the handle', async () => {
      const el = await withNotes([{x: '50', y: '50'}]);
      const [x, y] = centreOf(markers(el)[0]!);
      const top = el.shadowRoot!.elementFromPoint(x, y);
      expect(top === handle(el) || handle(el).contains(top)).to.be.true;
    });

    it('shows a one-sided marker only where its image is in view', async () => {
      const el = await withNotes([
        {x: '20', y: '50', side: 'before'},
        {x: '80', y: '50', side: 'after'},
        {x: '50', y: '30'},
      ]);
      const [before, after, both] = markers(el);
      expect([visible(before!), visible(after!), visible(both!)]).to.deep.equal(
        [true, true, true]
      );
      el.value = 10;
      await el.updateComplete;
      expect([visible(before!), visible(after!)]).to.deep.equal([false, true]);
      // Covered, it is still within the keyboard's reach, and shows when focused.
      handle(el).focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(before);
      expect(visible(before!)).to.be.true;
      handle(el).focus();
      el.value = 90;
      await el.updateComplete;
      expect([visible(before!), visible(after!)]).to.deep.equal([true, false]);
      expect(visible(both!)).to.be.true;
    });

    it('lets a press where a one-sided marker is covered drag the divider, as on the image', async () => {
      const el = await withNotes([{x: '30', y: '50', side: 'before'}], {
        value: '10',
      });
      const [marker] = markers(el);
      await until(() => !visible(marker!), 'the marker covered');
      await sendMouse({type: 'move', position: centreOf(marker!)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await el.updateComplete;
      await frames();
      expect(el.value).to.be.closeTo(30, 1);
      expect(notesOf(el)[0]!.open).to.be.false;
    });

    it('reads which image covers a one-sided marker as the reader sees it, in RTL and vertical', async () => {
      // RTL: the before image is on the right, so a point at x = 20 (left) is 80 % from its edge.
      const rtl = await withNotes([{x: '20', y: '50', side: 'before'}], {
        dir: 'rtl',
        value: '70',
      });
      expect(visible(markers(rtl)[0]!), 'rtl, before up to 70 %').to.be.false;
      rtl.value = 90;
      await rtl.updateComplete;
      expect(visible(markers(rtl)[0]!), 'rtl, before up to 90 %').to.be.true;
      // Vertical: the before image is on top; y = 60 is 60 % down.
      const vertical = await withNotes([{x: '50', y: '60', side: 'after'}], {
        orientation: 'vertical',
        value: '70',
      });
      expect(visible(markers(vertical)[0]!), 'vertical, after from 70 %').to.be
        .false;
      vertical.value = 40;
      await vertical.updateComplete;
      expect(visible(markers(vertical)[0]!), 'vertical, after from 40 %').to.be
        .true;
    });

    it('keeps markers and the bubble in system colours in forced-colors mode', async function () {
      const el = await withNotes([PROSCENIUM]);
      // Engine exception: only Chromium's driver can emulate media features.
      if (!(await emulateMediaFeatures({'forced-colors': 'active'})))
        this.skip();
      try {
        const probe = document.createElement('div');
        probe.style.cssText =
          'color: ButtonText; background: ButtonFace; border: 1px solid CanvasText';
        document.body.append(probe);
        const system = getComputedStyle(probe);
        const [marker] = markers(el);
        const style = getComputedStyle(marker!);
        expect(style.borderTopColor).to.equal(system.color);
        expect(style.backgroundColor).to.equal(system.backgroundColor);
        marker!.click();
        await el.updateComplete;
        expect(getComputedStyle(bubble(el)).borderTopColor).to.equal(
          system.borderTopColor
        );
        probe.remove();
      } finally {
        await emulateMediaFeatures({'forced-colors': 'none'});
      }
    });

    it('lists a note without a point, with no marker; clamps one out of range', async () => {
      const el = await withNotes([
        {x: 'abc', y: '40', text: 'Nowhere'},
        {x: '150', y: '-20', text: 'Clamped'},
      ]);
      expect(markers(el)).to.have.length(1);
      expect(markers(el)[0]!.getAttribute('aria-label')).to.equal(
        'Note 2: Clamped'
      );
      const [nowhere, clamped] = notesOf(el);
      expect(nowhere!.x).to.equal(null);
      expect([clamped!.x, clamped!.y]).to.deep.equal([100, 0]);
      expect(visible(nowhere!)).to.be.true;
    });
  });

  describe('opening', () => {
    it('opens on a press, moves the divider to its value, and fires input then change once', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const [first] = markers(el);
      const fired = await expectEvents(el, async () => {
        await sendMouse({type: 'move', position: centreOf(first!)});
        await sendMouse({type: 'down'});
        await sendMouse({type: 'up'});
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 450));
      });
      expect(fired).to.deep.equal([input, change]);
      expect(el.value).to.equal(25);
      expect(handle(el).getAttribute('aria-valuenow')).to.equal('25');
      expect(drawnAt(el)).to.be.closeTo(25, 0.3);
      expect(visible(bubble(el))).to.be.true;
      expect(bubble(el).textContent).to.contain('The proscenium.');
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(notesOf(el)[0]!.open).to.be.true;
    });

    it('jumps to the value under prefers-reduced-motion', async function () {
      // Engine exception: only Chromium's driver can emulate media features.
      if (!(await emulateMediaFeatures({'prefers-reduced-motion': 'reduce'})))
        this.skip();
      try {
        const el = await withNotes([PROSCENIUM]);
        markers(el)[0]!.click();
        await el.updateComplete;
        for (let i = 0; i < 5; i++) {
          expect(drawnAt(el)).to.be.closeTo(25, 0.3);
          await frames(1);
        }
      } finally {
        await emulateMediaFeatures({'prefers-reduced-motion': 'no-preference'});
      }
    });

    it('glides to the value unless the reader prefers less motion, and lands on it', async () => {
      const el = await withNotes([PROSCENIUM]);
      markers(el)[0]!.click();
      await el.updateComplete;
      await frames(2);
      // Mid-glide the divider is on its way; the value is already the note's.
      expect(el.value).to.equal(25);
      const midway = drawnAt(el);
      expect(midway).to.be.above(25.5);
      await new Promise((resolve) => setTimeout(resolve, 450));
      expect(drawnAt(el)).to.be.closeTo(25, 0.3);
    });

    it('opens with Enter and Space, closes with Escape, and focus stays on the marker', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const [first, second] = markers(el);
      first!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(notesOf(el)[0]!.open).to.be.true;
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(notesOf(el)[0]!.open).to.be.false;
      expect(visible(bubble(el))).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(first);
      second!.focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(notesOf(el).map((n) => n.open)).to.deep.equal([false, true]);
      expect(bubble(el).textContent).to.contain('The tetrapylon.');
    });

    it('closes an open note from its marker with a press, though the divider covers its point, and drags nothing', async () => {
      // Opened, the note's value puts the after image over its before-only point.
      const el = await withNotes([
        {x: '40', y: '50', value: '35', side: 'before', text: 'Covered'},
      ]);
      const [marker] = markers(el);
      await sendMouse({type: 'move', position: centreOf(marker!)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await until(() => drawnAt(el) < 35.5, 'the glide to 35');
      expect(visible(marker!), 'open, it shows').to.be.true;
      const fired = await expectEvents(el, async () => {
        await sendMouse({type: 'move', position: centreOf(marker!)});
        await sendMouse({type: 'down'});
        await sendMouse({type: 'up'});
        await el.updateComplete;
        await frames();
      });
      expect(fired).to.deep.equal([]);
      expect(el.value).to.equal(35);
      expect(notesOf(el)[0]!.open).to.be.false;
    });

    it('gives the slider the focus when a press on the image closes a note', async () => {
      const el = await withNotes([PROSCENIUM]);
      markers(el)[0]!.click();
      await el.updateComplete;
      await sendMouse({type: 'move', position: pointAt(el, 80, 90)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await el.updateComplete;
      await frames(2);
      expect(notesOf(el)[0]!.open).to.be.false;
      // The slider's, so the arrow keys move the divider again.
      expect(el.shadowRoot!.activeElement).to.equal(handle(el));
    });

    it('opens a note with no marker shown in the middle of the box, taking no focus', async () => {
      const el = await withNotes([
        {x: 'abc', y: '40', text: 'Nowhere in particular'},
      ]);
      const [note] = notesOf(el);
      const before = document.activeElement;
      note!.show();
      await el.updateComplete;
      await frames(2);
      const box = part(el, 'base').getBoundingClientRect();
      const b = bubble(el).getBoundingClientRect();
      expect(visible(bubble(el))).to.be.true;
      expect(b.left).to.be.at.least(box.left + 7);
      expect(b.top).to.be.at.least(box.top + 7);
      expect(b.bottom).to.be.at.most(box.bottom + 0.5);
      expect(document.activeElement).to.equal(before);
    });

    it('keeps one note open at a time, and the marker again closes it', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const [first, second] = markers(el);
      first!.click();
      await el.updateComplete;
      second!.click();
      await el.updateComplete;
      expect(notesOf(el).map((n) => n.open)).to.deep.equal([false, true]);
      second!.click();
      await el.updateComplete;
      expect(notesOf(el).map((n) => n.open)).to.deep.equal([false, false]);
    });

    it('closes on a press outside, and from its close button with focus back on the marker', async () => {
      const el = await withNotes([PROSCENIUM]);
      const [marker] = markers(el);
      marker!.click();
      await el.updateComplete;
      await sendMouse({type: 'move', position: [5, 5]});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await el.updateComplete;
      expect(notesOf(el)[0]!.open).to.be.false;
      marker!.click();
      await el.updateComplete;
      const close = part(el, 'note-close');
      expect(close.getAttribute('aria-label')).to.equal('Close note');
      await sendMouse({type: 'move', position: centreOf(close)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await el.updateComplete;
      await frames();
      expect(notesOf(el)[0]!.open).to.be.false;
      expect(el.shadowRoot!.activeElement).to.equal(marker);
    });

    it('never starts a drag from a marker or the bubble; elsewhere the drag works as before', async () => {
      const el = await withNotes([{x: '70', y: '50', text: 'No drag'}]);
      const [marker] = markers(el);
      const [mx, my] = centreOf(marker!);
      const press = async ([x, y]: [number, number], by = 0) => {
        await sendMouse({type: 'move', position: [x, y]});
        await sendMouse({type: 'down'});
        if (by) await sendMouse({type: 'move', position: [x + by, y]});
        await sendMouse({type: 'up'});
        await el.updateComplete;
        await frames();
      };
      expect(await expectEvents(el, () => press([mx, my], -120))).to.deep.equal(
        []
      );
      expect(el.value).to.equal(50);
      // Opened by a press in place, the bubble does not drag either.
      await press([mx, my]);
      expect(visible(bubble(el))).to.be.true;
      expect(
        await expectEvents(el, () => press(centreOf(bubble(el)), -60))
      ).to.deep.equal([]);
      expect(el.value).to.equal(50);
      // A press on the image drags.
      await press(pointAt(el, 20, 90));
      expect(el.value).to.be.closeTo(20, 0.5);
    });

    it('show() opens a note as a press does; open from script moves nothing', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const [first, second] = notesOf(el);
      let fired = await expectEvents(el, async () => {
        second!.open = true;
        await el.updateComplete;
        await frames();
      });
      expect(fired).to.deep.equal([]);
      expect(el.value).to.equal(50);
      expect(visible(bubble(el))).to.be.true;
      fired = await expectEvents(el, async () => {
        first!.show();
        await el.updateComplete;
        await frames();
      });
      expect(fired).to.deep.equal([input, change]);
      expect(el.value).to.equal(25);
      expect([first!.open, second!.open]).to.deep.equal([true, false]);
      expect(el.shadowRoot!.activeElement).to.equal(markers(el)[0]);
    });

    it('keeps the bubble inside the box', async () => {
      const el = await withNotes(
        [
          {x: '95', y: '5', text: 'Near the top right corner. '.repeat(4)},
          {x: '5', y: '95', text: 'Near the bottom left corner.'},
        ],
        {},
        {width: 375}
      );
      const box = part(el, 'base').getBoundingClientRect();
      el.style.setProperty('--before-after-object-fit', 'contain');
      await frames(3);
      for (const marker of markers(el)) {
        marker.click();
        await el.updateComplete;
        await frames();
        const b = bubble(el).getBoundingClientRect();
        expect(b.left).to.be.at.least(box.left - 0.5);
        expect(b.right).to.be.at.most(box.right + 0.5);
        expect(b.top).to.be.at.least(box.top - 0.5);
        expect(b.bottom).to.be.at.most(box.bottom + 0.5);
      }
    });
  });

  describe('order and loading', () => {
    it('tabs from the slider to the markers in number order, then on to the page', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const after = document.createElement('button');
      after.textContent = 'after';
      el.parentElement!.append(after);
      handle(el).focus();
      const seen: (Element | null)[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        seen.push(
          document.activeElement === el
            ? el.shadowRoot!.activeElement
            : document.activeElement
        );
      }
      const [first, second] = markers(el);
      expect(seen).to.deep.equal([first, second, after]);
    });

    it('fetches the notes code when a note is added later, and numbers it', async () => {
      const el = await compare();
      expect(el.shadowRoot!.querySelector('.notes')).to.equal(null);
      addNotes(el, [PROSCENIUM]);
      await notesReady(el);
      expect(markers(el)).to.have.length(1);
      addNotes(el, [TETRAPYLON]);
      await notesReady(el);
      expect(markers(el).map((m) => m.textContent!.trim())).to.deep.equal([
        '1',
        '2',
      ]);
      notesOf(el)[0]!.remove();
      await notesReady(el);
      expect(
        markers(el).map((m) => m.getAttribute('aria-label'))
      ).to.deep.equal(['Note 1: The tetrapylon.']);
    });

    it('lists the notes under the images, numbered', async () => {
      const el = await withNotes([PROSCENIUM, TETRAPYLON]);
      const box = part(el, 'base').getBoundingClientRect();
      const [first, second] = notesOf(el);
      const r1 = first!.getBoundingClientRect();
      const r2 = second!.getBoundingClientRect();
      expect(r1.top).to.be.at.least(box.bottom);
      expect(r2.top).to.be.at.least(r1.bottom - 0.5);
      const number = first!.shadowRoot!.querySelector('[part="number"]')!;
      expect(number.textContent).to.equal('1.');
    });
  });
});

describe('<before-after-note> in other languages and on paper', () => {
  it('numbers markers and the list in the language’s digits, named in its words', async () => {
    // Syrian Arabic writes Arabic-Indic digits (plain `ar` now defaults to Latin ones).
    const el = await withNotes([PROSCENIUM, TETRAPYLON], {lang: 'ar-SY'});
    const [one, two] = [1, 2].map((n) =>
      new Intl.NumberFormat('ar-SY').format(n)
    );
    // The Arabic table arrives on its own.
    for (
      let i = 0;
      i < 50 && !/ملاحظة/.test(markers(el)[0]!.ariaLabel ?? '');
      i++
    )
      await frames(1);
    expect(markers(el).map((m) => m.textContent!.trim())).to.deep.equal([
      one,
      two,
    ]);
    expect(markers(el)[0]!.getAttribute('aria-label')).to.equal(
      `ملاحظة ${one}: The proscenium.`
    );
    const number =
      notesOf(el)[1]!.shadowRoot!.querySelector('[part="number"]')!;
    expect(number.textContent).to.equal(`${two}.`);
    markers(el)[0]!.click();
    await el.updateComplete;
    expect(part(el, 'note-close').getAttribute('aria-label')).to.equal(
      'إغلاق الملاحظة'
    );
  });

  it('prints each image with the numbers of its notes at their points, and the list under them', async function () {
    // Engine exception: only Chromium's driver can emulate print media.
    const el = await withNotes([
      PROSCENIUM,
      TETRAPYLON,
      {x: '20', y: '80', side: 'after', text: 'After only'},
    ]);
    if (!(await emulateMediaType('print'))) this.skip();
    try {
      await frames(2);
      const layer = (side: string) => part(el, side).getBoundingClientRect();
      const marks = (side: string) => [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>(`.${side}-marks .mark`),
      ];
      const expectAt = (
        mark: HTMLElement,
        box: DOMRect,
        x: number,
        y: number
      ) => {
        const r = mark.getBoundingClientRect();
        expect(r.left + r.width / 2).to.be.closeTo(
          box.left + (box.width * x) / 100,
          1
        );
        expect(r.top + r.height / 2).to.be.closeTo(
          box.top + (box.height * y) / 100,
          1
        );
      };
      // Notes 1 (both) and 2 (before) on 2016; notes 1 and 3 (after) on 2017.
      expect(marks('before').map((m) => m.textContent)).to.deep.equal([
        '1',
        '2',
      ]);
      expect(marks('after').map((m) => m.textContent)).to.deep.equal([
        '1',
        '3',
      ]);
      expectAt(marks('before')[0]!, layer('before'), 50, 38);
      expectAt(marks('before')[1]!, layer('before'), 86, 22);
      expectAt(marks('after')[0]!, layer('after'), 50, 38);
      expectAt(marks('after')[1]!, layer('after'), 20, 80);
      for (const mark of [...marks('before'), ...marks('after')])
        expect(getComputedStyle(mark).display).to.not.equal('none');
      expect(
        markers(el).every(
          (m) =>
            getComputedStyle(m).display === 'none' ||
            m.getClientRects().length === 0
        )
      ).to.be.true;
      const list = notesOf(el).map((note) => note.getBoundingClientRect());
      expect(list[0]!.top).to.be.at.least(layer('after').bottom);
    } finally {
      await emulateMediaType('');
    }
  });
});
