import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {expectEvents} from './helpers/events.js';
import {
  AFTER,
  BEFORE,
  SQUARE,
  compare,
  drawnAt,
  frames,
  handle,
  image,
  part,
  pointAt,
  settled,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {markers, notesOf, visible, withNotes} from './helpers/notes.js';

guardConsole({resetMouse: true});

const once = (target: EventTarget, type: string) =>
  new Promise((resolve) =>
    target.addEventListener(type, resolve, {once: true})
  );

/**
 * Every bad input a page can give, one table: what the reader then sees and
 * what the element reports. docs/element.md's "Bad input" table documents the same.
 */
interface Case {
  name: string;
  run: () => Promise<void>;
}

const numeric = [
  '',
  ' ',
  'abc',
  '-5',
  '1e9',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '12px',
  '٣',
  '7',
];
const expectedValue: Record<string, number> = {
  '-5': 0,
  '1e9': 100,
  Infinity: 100,
  '-Infinity': 0,
  '0x10': 16,
  '7': 7,
};
const expectedStep: Record<string, number> = {'1e9': 100, '0x10': 16, '7': 7};
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const cases: Case[] = [
  ...numeric.map((text) => ({
    name: `value="${text}"`,
    async run() {
      const el = await compare({value: text});
      const expected = expectedValue[text] ?? 50;
      expect(el.value).to.equal(expected);
      expect(handle(el).getAttribute('aria-valuenow')).to.equal(
        String(expected)
      );
      expect(drawnAt(el)).to.be.closeTo(expected, 0.3);
    },
  })),
  ...numeric.map((text) => ({
    name: `step="${text}"`,
    async run() {
      const el = await compare({step: text, value: '0'});
      const step = expectedStep[text] ?? 1;
      expect(el.step).to.equal(step);
      el.focus();
      await sendKeys({press: 'ArrowRight'});
      expect(el.value).to.equal(step);
    },
  })),
  ...['', 'VERTICAL', 'diagonal', ' vertical'].map((text) => ({
    name: `orientation="${text}"`,
    async run() {
      const el = await compare({orientation: text});
      expect(el.orientation).to.equal('horizontal');
      expect(handle(el).getAttribute('aria-orientation')).to.equal(
        'horizontal'
      );
    },
  })),
  ...['before-label', 'after-label', 'label'].map((name) => ({
    name: `${name} holding HTML is shown as text, never parsed`,
    async run() {
      const el = await compare({[name]: HOSTILE});
      await aTimeout(20);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      const shown =
        name === 'label'
          ? handle(el).getAttribute('aria-label')
          : part(el, name).textContent;
      expect(shown).to.equal(HOSTILE);
    },
  })),
  {
    name: 'dir="sideways" (not a direction) means LTR',
    async run() {
      const el = await compare({dir: 'sideways', value: '20'});
      expect(drawnAt(el)).to.be.closeTo(20, 0.3);
      expect(
        part(el, 'divider').getBoundingClientRect().left -
          part(el, 'base').getBoundingClientRect().left
      ).to.be.closeTo(128, 2);
    },
  },
  {
    name: 'hint="false" is still a boolean attribute: present means on, and fires nothing',
    async run() {
      const el = await compare({hint: 'false'});
      expect(el.hint).to.be.true;
      expect(await expectEvents(el, () => frames(30))).to.deep.equal([]);
      expect(el.value).to.equal(50);
    },
  },
  {
    name: 'no slotted images at all',
    async run() {
      const el = await fixture<BeforeAfter>(
        html`<before-after style="width:400px"></before-after>`
      );
      const messages = [...el.shadowRoot!.querySelectorAll('[part=error]')].map(
        (e) => e.textContent
      );
      expect(messages).to.deep.equal(['No before image', 'No after image']);
      expect(el.getBoundingClientRect().height).to.be.closeTo(225, 1);
    },
  },
  {
    name: 'a slot holding something that is not an image',
    async run() {
      const el = await fixture<BeforeAfter>(
        html`<before-after style="width:400px"
          ><div slot="before">text</div>
          <img slot="after" src=${AFTER} alt=""
        /></before-after>`
      );
      expect(part(el, 'error').textContent).to.equal('No before image');
    },
  },
  {
    name: 'a broken image, with and without alt text',
    async run() {
      const el = await compare({}, {before: '/test/fixtures/nope.png'});
      const img = el.querySelector('img')!;
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal(
        'Image unavailable: before photo'
      );
      img.alt = '';
      const failed = once(img, 'error');
      img.src = '/test/fixtures/still-nope.png';
      await failed;
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('Image unavailable');
    },
  },
  {
    name: 'a slow image: the box is reserved at once, the image arrives later',
    async run() {
      const el = await compare(
        {},
        {before: `/slow/400${BEFORE}?${Math.random()}`}
      );
      const box = el.getBoundingClientRect().height;
      expect(box).to.be.closeTo(360, 1);
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      const img = el.querySelector('img')!;
      await new Promise((resolve) =>
        img.complete ? resolve(null) : img.addEventListener('load', resolve)
      );
      expect(el.getBoundingClientRect().height).to.equal(box);
    },
  },
  {
    name: 'images with width="0" height="0": a 16 / 9 box',
    async run() {
      const el = document.createElement('before-after');
      const before = image('before', BEFORE);
      before.width = 0;
      before.height = 0;
      el.append(before, image('after', AFTER));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:320px"></div>`
      );
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.closeTo(180, 1);
    },
  },
  {
    name: 'images swapped after load: no error, same box, same divider',
    async run() {
      const el = await compare({value: '30'});
      const height = el.getBoundingClientRect().height;
      const [before, after] = el.querySelectorAll('img');
      before!.src = SQUARE;
      const next = image('after', BEFORE);
      after!.replaceWith(next);
      await settled(before!, next);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.be.closeTo(height, 1);
      expect(drawnAt(el)).to.be.closeTo(30, 0.3);
    },
  },
  {
    name: 'created by document.createElement and connected before its children exist',
    async run() {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width:400px"></div>`
      );
      const el = document.createElement('before-after');
      el.setAttribute('value', '40');
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(2);
      const images = [image('before', BEFORE), image('after', AFTER)];
      el.append(...images);
      await settled(...images);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(0);
      expect(drawnAt(el)).to.be.closeTo(40, 0.3);
    },
  },
  {
    name: 'display:none, changed while hidden, then shown',
    async run() {
      const el = await compare({value: '10'});
      el.style.display = 'none';
      el.setAttribute('orientation', 'vertical');
      el.value = 65;
      await el.updateComplete;
      el.style.display = '';
      await frames();
      expect(drawnAt(el)).to.be.closeTo(65, 0.3);
    },
  },
  {
    name: 'a container resized while dragging: the divider keeps following the pointer',
    async run() {
      const el = await compare({}, {width: 600});
      await sendMouse({type: 'move', position: pointAt(el, 50)});
      await sendMouse({type: 'down'});
      el.parentElement!.style.width = '300px';
      await frames();
      await sendMouse({type: 'move', position: pointAt(el, 25)});
      await sendMouse({type: 'up'});
      await frames();
      expect(el.value).to.be.closeTo(25, 0.5);
      expect(drawnAt(el)).to.be.closeTo(25, 0.5);
    },
  },
  ...numeric.map((text) => ({
    name: `a note's x="${text}", y="${text}", value="${text}"`,
    async run() {
      const el = await withNotes([{x: text, y: text, value: text}]);
      const [note] = notesOf(el);
      const number = text.trim() === '' ? NaN : Number(text);
      const expected = Number.isNaN(number)
        ? null
        : Math.min(100, Math.max(0, number));
      expect([note!.x, note!.y, note!.value]).to.deep.equal([
        expected,
        expected,
        expected,
      ]);
      // Listed and numbered either way; a marker only with a point.
      expect(note!.number).to.equal(1);
      expect(markers(el)).to.have.length(expected === null ? 0 : 1);
    },
  })),
  {
    name: 'a note with side="left": on both images',
    async run() {
      const el = await withNotes([{x: '20', y: '50', side: 'left'}], {
        value: '5',
      });
      expect(notesOf(el)[0]!.side).to.equal('both');
      expect(visible(markers(el)[0]!)).to.be.true;
    },
  },
  {
    name: 'a note holding markup: its name is its text, nothing runs',
    async run() {
      const el = await withNotes([{x: '50', y: '50', text: HOSTILE}]);
      expect(markers(el)[0]!.getAttribute('aria-label')).to.equal(
        `Note 1: ${HOSTILE}`
      );
      markers(el)[0]!.click();
      await el.updateComplete;
      await aTimeout(50);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    },
  },
  {
    name: 'a note outside a comparison: nothing happens',
    async run() {
      // Its code is on the page (another comparison has a note).
      await withNotes([{x: '10', y: '10'}]);
      const note = await fixture<HTMLElement>(
        html`<before-after-note x="50" y="50" value="20"
          >Alone</before-after-note
        >`
      );
      (note as HTMLElement & {show(): void}).show();
      await aTimeout(50);
      expect(note.textContent).to.equal('Alone');
    },
  },
];

describe('bad input sweep', () => {
  for (const {name, run} of cases) it(name, run);
});
