import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {emulateMediaFeatures, emulateMediaType} from './helpers/commands.js';
import {compare, frames} from './helpers/element.js';
import {expectEvents} from './helpers/events.js';
import {guardConsole} from './helpers/guards.js';
import {
  addNotes,
  centreOf,
  markers,
  type NoteSpec,
  notesOf,
  notesReady,
  withNotes,
} from './helpers/notes.js';
import {until} from './helpers/wait.js';

guardConsole({resetMouse: true});

/*
 * The panel lists the comparison's notes after the images' entries, as the
 * markers number and name them, and a press on an entry (mouse or keys) opens
 * that note in the comparison as a press on its marker does.
 */

const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

const PROSCENIUM = {x: '50', y: '38', value: '25', text: 'The proscenium.'};
const TETRAPYLON = {
  x: '86',
  y: '22',
  value: '75',
  side: 'before',
  text: ' The tetrapylon’s\n      sixteen columns. ',
};

/** A comparison with notes and its panel after it, as an article has them. */
async function panel(
  notes: NoteSpec[],
  attributes: Partial<Record<string, string>> = {}
): Promise<{el: BeforeAfter; caption: BeforeAfterCaption}> {
  const el = await withNotes(notes, attributes);
  const caption = document.createElement('before-after-caption');
  caption.textContent = 'The Roman theatre at Palmyra.';
  el.after(caption);
  await listed(caption);
  return {el, caption};
}

/** The list comes with the notes' code, which the panel fetches when its comparison has a note. */
async function listed(caption: BeforeAfterCaption) {
  await until(() => entries(caption).length > 0, 'the list of notes');
  await caption.updateComplete;
}

const entries = (caption: BeforeAfterCaption): HTMLButtonElement[] => [
  ...caption.shadowRoot!.querySelectorAll<HTMLButtonElement>(
    '[part~="note-item"]'
  ),
];

const list = (caption: BeforeAfterCaption) =>
  caption.shadowRoot!.querySelector<HTMLElement>('[part="note-list"]');

/** What an entry reads: its number, and its words. */
function read(entry: HTMLElement): {number: string; text: string} {
  const number = entry.querySelector('[part="note-number"]')!.textContent!;
  const all = entry.textContent!.replace(/\s+/g, ' ').trim();
  return {
    number: number.replace(/\.$/, ''),
    text: all.slice(number.length).trim(),
  };
}

/** The entries as the markers are named ("Note 1: …"), to compare with the markers' names. */
const entryNames = (caption: BeforeAfterCaption) =>
  entries(caption).map((entry) => {
    const {number, text} = read(entry);
    return `Note ${number}: ${text}`;
  });

const markerNames = (el: BeforeAfter) =>
  markers(el).map((marker) => marker.getAttribute('aria-label'));

/** Waits for the comparison to take in a change of its notes, and for the panel to show it. */
async function settle(el: BeforeAfter, caption: BeforeAfterCaption) {
  await notesReady(el);
  await caption.updateComplete;
}

/** Which entries are shown as the open note's. */
const current = (caption: BeforeAfterCaption) =>
  entries(caption).map(
    (entry) =>
      entry.getAttribute('aria-current') === 'true' &&
      entry.getAttribute('part')!.split(' ').includes('current')
  );

/** Is the focus on the comparison's marker `i`? (A boolean: chai would print a whole element.) */
const focusedMarker = (el: BeforeAfter, i: number) =>
  document.activeElement === el &&
  el.shadowRoot!.activeElement === markers(el)[i];

describe('<before-after-caption> notes', () => {
  it('a press as soon as the list shows opens the note, though the markers are not placed yet', async () => {
    const el = await compare();
    const caption = document.createElement('before-after-caption');
    el.after(caption);
    addNotes(el, [PROSCENIUM, TETRAPYLON]);
    await until(() => entries(caption).length > 0, 'the list of notes');
    // Numbered by document order, as the markers are.
    expect(entries(caption).map((entry) => read(entry).number)).to.deep.equal([
      '1',
      '2',
    ]);
    const fired = await expectEvents(el, async () => {
      entries(caption)[0]!.click();
      await until(() => notesOf(el)[0]!.open, 'the note opens');
      await notesReady(el);
    });
    expect(fired).to.deep.equal([input, change]);
    expect(el.value).to.equal(25);
    expect(focusedMarker(el, 0), 'focus on marker 1').to.be.true;
  });

  it('lists the notes after the images’ entries, numbered and named as the markers', async () => {
    const {el, caption} = await panel([PROSCENIUM, TETRAPYLON]);
    const root = caption.shadowRoot!;
    const ol = list(caption)!;
    expect(ol.localName).to.equal('ol');
    expect(ol.getAttribute('aria-label')).to.equal('Notes');
    // After the dates, before the shared caption.
    expect(
      [...root.querySelectorAll('[part]')]
        .map((node) => node.getAttribute('part'))
        .filter((name) => ['dates', 'note-list', 'caption'].includes(name!))
    ).to.deep.equal(['dates', 'note-list', 'caption']);
    for (const entry of entries(caption)) {
      expect(entry.localName).to.equal('button');
      expect(entry.type).to.equal('button');
      expect(entry.parentElement!.localName).to.equal('li');
    }
    expect(entryNames(caption)).to.deep.equal(markerNames(el));
    expect(entryNames(caption)).to.deep.equal([
      'Note 1: The proscenium.',
      'Note 2: The tetrapylon’s sixteen columns.',
    ]);
    expect(
      notesOf(el).map((note) => String(note.number)),
      'the notes’ own numbers'
    ).to.deep.equal(entries(caption).map((entry) => read(entry).number));
    expect(current(caption)).to.deep.equal([false, false]);
    await expect(caption).to.be.accessible();
  });

  it('lists a note that has no point, numbered as the comparison numbers it', async () => {
    const {el, caption} = await panel([
      PROSCENIUM,
      {x: 'abc', y: '50', text: 'Somewhere in the theatre.'},
      TETRAPYLON,
    ]);
    expect(markers(el)).to.have.length(2);
    expect(entryNames(caption)).to.deep.equal([
      'Note 1: The proscenium.',
      'Note 2: Somewhere in the theatre.',
      'Note 3: The tetrapylon’s sixteen columns.',
    ]);
    expect(markerNames(el)).to.deep.equal([
      entryNames(caption)[0],
      entryNames(caption)[2],
    ]);
  });

  it('opens a note on a mouse press: the divider moves to its value, input then change once, focus on its marker', async () => {
    const {el, caption} = await panel([PROSCENIUM, TETRAPYLON]);
    const [first, second] = notesOf(el);
    const fired = await expectEvents(el, async () => {
      await sendMouse({type: 'move', position: centreOf(entries(caption)[1]!)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await el.updateComplete;
      await frames();
    });
    expect(fired).to.deep.equal([input, change]);
    expect([first!.open, second!.open]).to.deep.equal([false, true]);
    expect(el.value).to.equal(75);
    expect(focusedMarker(el, 1), 'focus on marker 2').to.be.true;
    await caption.updateComplete;
    expect(current(caption)).to.deep.equal([false, true]);

    // Another entry: that note instead, once more one input and one change.
    const again = await expectEvents(el, async () => {
      await sendMouse({type: 'move', position: centreOf(entries(caption)[0]!)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'up'});
      await el.updateComplete;
      await frames();
    });
    expect(again).to.deep.equal([input, change]);
    expect([first!.open, second!.open]).to.deep.equal([true, false]);
    expect(el.value).to.equal(25);
    expect(focusedMarker(el, 0), 'focus on marker 1').to.be.true;
    await caption.updateComplete;
    expect(current(caption)).to.deep.equal([true, false]);
    await expect(caption).to.be.accessible();
  });

  it('opens a note with Enter on its entry, and shows which is open as the comparison closes it', async () => {
    const {el, caption} = await panel([PROSCENIUM, TETRAPYLON]);
    const [first, second] = notesOf(el);
    entries(caption)[0]!.focus();
    const fired = await expectEvents(el, async () => {
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await frames();
    });
    expect(fired).to.deep.equal([input, change]);
    expect([first!.open, second!.open]).to.deep.equal([true, false]);
    expect(el.value).to.equal(25);
    expect(focusedMarker(el, 0), 'focus on marker 1').to.be.true;
    await caption.updateComplete;
    expect(current(caption)).to.deep.equal([true, false]);

    // Escape closes it in the comparison: the panel follows.
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    await frames();
    await caption.updateComplete;
    expect(first!.open).to.be.false;
    expect(current(caption)).to.deep.equal([false, false]);
  });

  it('follows notes added, removed, reordered and reworded', async () => {
    const {el, caption} = await panel([PROSCENIUM]);
    const check = async (what: string, expected: string[]) => {
      await settle(el, caption);
      expect(entryNames(caption), what).to.deep.equal(expected);
      expect(entryNames(caption), `${what}: as the markers`).to.deep.equal(
        markerNames(el)
      );
    };

    addNotes(el, [TETRAPYLON]);
    await check('added', [
      'Note 1: The proscenium.',
      'Note 2: The tetrapylon’s sixteen columns.',
    ]);

    const [first, second] = notesOf(el);
    el.insertBefore(second!, first!);
    await check('reordered', [
      'Note 1: The tetrapylon’s sixteen columns.',
      'Note 2: The proscenium.',
    ]);

    first!.textContent = 'The stage façade.';
    await check('reworded', [
      'Note 1: The tetrapylon’s sixteen columns.',
      'Note 2: The stage façade.',
    ]);

    // A word inside inline markup, changed in place.
    first!.innerHTML = 'The <em>stage</em> façade.';
    await settle(el, caption);
    (first!.querySelector('em')!.firstChild as Text).data = 'whole';
    await check('reworded in place', [
      'Note 1: The tetrapylon’s sixteen columns.',
      'Note 2: The whole façade.',
    ]);

    second!.remove();
    await check('removed', ['Note 1: The whole façade.']);

    first!.remove();
    await settle(el, caption);
    expect(list(caption), 'no notes, no list').to.equal(null);
  });

  it('lets go of the notes with the comparison', async () => {
    const {el, caption} = await panel([PROSCENIUM]);
    const other = await compare();
    other.id = 'other';
    caption.htmlFor = 'other';
    await caption.updateComplete;
    expect(list(caption), 'a comparison without notes').to.equal(null);
    // The old comparison's notes are no longer the panel's.
    addNotes(el, [TETRAPYLON]);
    await settle(el, caption);
    expect(list(caption)).to.equal(null);
    // The new one's are.
    addNotes(other, [TETRAPYLON]);
    await settle(other, caption);
    expect(entryNames(caption)).to.deep.equal(markerNames(other));
    expect(entryNames(caption)).to.have.length(1);
  });

  for (const lang of ['ar', 'ar-EG'])
    it(`writes the numbers in the language's digits, as the markers do, and reads right to left under lang="${lang}"`, async () => {
      const {el, caption} = await panel([PROSCENIUM, TETRAPYLON]);
      const page = el.parentElement!;
      page.lang = lang;
      page.dir = 'rtl';
      el.requestUpdate();
      caption.requestUpdate();
      await until(
        () => list(caption)?.getAttribute('aria-label') === 'ملاحظات',
        'the Arabic strings'
      );
      await settle(el, caption);
      const numbers = entries(caption).map((entry) => read(entry).number);
      expect(numbers).to.deep.equal(
        markers(el).map((marker) => marker.textContent!.trim())
      );
      // The engine's digits for the language: Arabic-Indic for ar-EG; plain ar has Latin ones in today's CLDR.
      const digits = new Intl.NumberFormat(lang);
      expect(numbers).to.deep.equal([digits.format(1), digits.format(2)]);
      if (lang === 'ar-EG') expect(numbers).to.deep.equal(['١', '٢']);
      // The number stands at the line's start, the bar on the right.
      const [entry] = entries(caption);
      const style = getComputedStyle(entry!);
      const number = entry!.querySelector('[part="note-number"]')!;
      expect(number.getBoundingClientRect().right).to.be.closeTo(
        entry!.getBoundingClientRect().right -
          parseFloat(style.paddingRight) -
          3,
        1
      );
      expect(style.borderRightWidth).to.equal('3px');
      expect(style.borderLeftWidth).to.equal('0px');
    });

  it('marks the open note’s entry in system colours in forced-colors mode', async function () {
    const {el, caption} = await panel([PROSCENIUM, TETRAPYLON]);
    if (!(await emulateMediaFeatures({'forced-colors': 'active'})))
      return this.skip();
    try {
      notesOf(el)[1]!.show();
      await settle(el, caption);
      const system = (color: string) => {
        const probe = document.createElement('div');
        probe.style.color = color;
        document.body.append(probe);
        const computed = getComputedStyle(probe).color;
        probe.remove();
        return computed;
      };
      const bar = (entry: HTMLElement) =>
        getComputedStyle(entry).borderInlineStartColor;
      const [closed, open] = entries(caption);
      // The bar fades in (200 ms); forced colours keep system colours.
      await until(
        () => bar(open!) === system('Highlight'),
        'the open note’s bar in Highlight'
      );
      // The others' bars are the background's colour: not drawn.
      expect(bar(closed!)).to.equal(system('Canvas'));
      expect(
        bar(
          caption.shadowRoot!.querySelector<HTMLElement>(
            '.item:not(.dominant)'
          )!
        )
      ).to.equal(system('Canvas'));
    } finally {
      await emulateMediaFeatures({'forced-colors': 'none'});
    }
  });

  it('prints as a numbered list', async function () {
    const {caption} = await panel([PROSCENIUM, TETRAPYLON]);
    if (!(await emulateMediaType('print'))) return this.skip();
    try {
      await frames();
      const [first, second] = entries(caption);
      expect(first!.getClientRects().length).to.be.greaterThan(0);
      expect(first!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '1. The proscenium.'
      );
      expect(second!.getBoundingClientRect().top).to.be.greaterThan(
        first!.getBoundingClientRect().bottom - 1
      );
    } finally {
      await emulateMediaType('');
    }
  });
});
