import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {AFTER, BEFORE, image} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/*
 * `for` works like `<label for>`: it names a comparison in the same document
 * or shadow root, whenever that comparison turns up and whatever it is
 * renamed to, and the panel stops watching once it leaves the page.
 */

const dates = (caption: BeforeAfterCaption) =>
  [...caption.shadowRoot!.querySelectorAll('[part="date"]')].map((d) =>
    d.textContent!.trim()
  );

function comparison(id: string, before = 'June 6, 2016'): BeforeAfter {
  const el = document.createElement('before-after');
  el.id = id;
  el.setAttribute('before-label', before);
  el.setAttribute('after-label', 'February 5, 2017');
  el.append(image('before', BEFORE), image('after', AFTER));
  return el;
}

// Identity checks are booleans: a failing chai message would try to print a whole element.
const settle = async (caption: BeforeAfterCaption) => {
  await nextFrame();
  await caption.updateComplete;
};

/** Mutation observers watching something right now, by their observe() and disconnect() calls. */
function trackObservers() {
  const live = new Set<MutationObserver>();
  const {observe, disconnect} = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (
    this: MutationObserver,
    ...args: Parameters<MutationObserver['observe']>
  ) {
    live.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    live.delete(this);
    return disconnect.call(this);
  };
  return {
    live,
    restore() {
      Object.assign(MutationObserver.prototype, {observe, disconnect});
    },
  };
}

describe('<before-after-caption for>', () => {
  it('links to a comparison added after it, as <label for> does', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const caption = document.createElement('before-after-caption');
    caption.htmlFor = 'x';
    caption.textContent = 'The Roman theatre at Palmyra.';
    page.append(caption);
    await caption.updateComplete;
    expect(caption.control === null, 'caption follows nothing').to.equal(true);
    expect(dates(caption)).to.deep.equal([]);

    await new Promise((resolve) => setTimeout(resolve, 100));
    const late = comparison('x');
    page.append(late);
    await settle(caption);
    expect(caption.control === late, 'caption follows late').to.equal(true);
    expect(dates(caption)).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
  });

  it('follows the id: a renamed comparison lets go, and whatever takes the id is followed', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const first = comparison('x');
    const caption = document.createElement('before-after-caption');
    caption.htmlFor = 'x';
    page.append(first, caption);
    await settle(caption);
    expect(caption.control === first, 'caption follows first').to.equal(true);

    first.id = 'y';
    await settle(caption);
    expect(caption.control === null, 'caption follows nothing').to.equal(true);
    // No stale dates from the comparison it no longer follows.
    expect(dates(caption)).to.deep.equal([]);

    const second = comparison('z', 'June 2016');
    page.append(second);
    second.id = 'x';
    await settle(caption);
    expect(caption.control === second, 'caption follows second').to.equal(true);
    expect(dates(caption)).to.deep.equal(['June 2016', 'February 5, 2017']);

    // A comparison that leaves the page is let go too.
    second.remove();
    await settle(caption);
    expect(caption.control === null, 'caption follows nothing').to.equal(true);
  });

  it('looks only in its own root: a comparison in a shadow root links to a panel in that root', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const outside = document.createElement('before-after-caption');
    outside.htmlFor = 'x';
    const inside = document.createElement('before-after-caption');
    inside.htmlFor = 'x';
    page.append(outside, host);
    root.append(inside);
    await settle(inside);

    const shadowed = comparison('x');
    root.append(shadowed);
    await settle(inside);
    await outside.updateComplete;
    expect(inside.control === shadowed, 'inside follows shadowed').to.equal(
      true
    );
    expect(dates(inside)).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    expect(outside.control === null, 'outside follows nothing').to.equal(true);

    const light = comparison('x', 'In the document');
    page.append(light);
    await settle(outside);
    expect(outside.control === light, 'outside follows light').to.equal(true);
    expect(inside.control === shadowed, 'inside follows shadowed').to.equal(
      true
    );
  });

  it('watches the page only while it is in it and has a for', async () => {
    const observers = trackObservers();
    try {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const caption = document.createElement('before-after-caption');
      page.append(caption);
      await caption.updateComplete;
      expect(observers.live.size, 'without for').to.equal(0);

      caption.htmlFor = 'x';
      await caption.updateComplete;
      expect(observers.live.size, 'with for').to.equal(1);

      caption.remove();
      expect(observers.live.size, 'removed').to.equal(0);
      // And so a comparison that turns up now is not taken.
      page.append(comparison('x'));
      await settle(caption);
      expect(caption.control === null, 'caption follows nothing').to.equal(
        true
      );

      page.append(caption);
      await caption.updateComplete;
      expect(observers.live.size, 'back in the page').to.equal(1);
      expect(caption.control?.id).to.equal('x');

      caption.htmlFor = '';
      await caption.updateComplete;
      expect(observers.live.size, 'for removed').to.equal(0);
      caption.remove();
    } finally {
      observers.restore();
    }
  });
});

describe('<before-after-caption> dates from the page', () => {
  it('shows slot="before-date"/"after-date" in place of the comparison’s labels', async () => {
    const figure = await fixture<HTMLElement>(html`
      <figure>
        <before-after before-label="June 6, 2016" after-label="5/2/2017">
        </before-after>
        <figcaption>
          <before-after-caption>
            <time slot="after-date" datetime="2017-02-05"
              >February 5, 2017</time
            >
          </before-after-caption>
        </figcaption>
      </figure>
    `);
    const caption = figure.querySelector('before-after-caption')!;
    await settle(caption);
    const [before, after] = [
      ...caption.shadowRoot!.querySelectorAll<HTMLElement>('[part="date"]'),
    ];
    // What each date line shows: the slotted date, or else the slot's own text.
    const shown = (date: HTMLElement) =>
      date
        .querySelector('slot')!
        .assignedNodes({flatten: true})
        .map((n) => n.textContent)
        .join('')
        .trim();
    // The comparison's label where the page gave no date, the page's own where it did.
    expect(shown(before!)).to.equal('June 6, 2016');
    expect(shown(after!)).to.equal('February 5, 2017');
    const time = caption.querySelector('time')!;
    expect(time.assignedSlot?.name).to.equal('after-date');
    expect(getComputedStyle(time).fontWeight).to.equal(
      getComputedStyle(before!).fontWeight
    );

    // A date of its own shows even when the comparison has no label.
    figure.querySelector('before-after')!.removeAttribute('after-label');
    await settle(caption);
    const dates =
      caption.shadowRoot!.querySelectorAll<HTMLElement>('[part="date"]');
    expect([...dates].map(shown)).to.deep.equal([
      'June 6, 2016',
      'February 5, 2017',
    ]);
  });
});
