import {expect, fixture, html, nextFrame} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {BeforeAfterCaption} from '../src/before-after-caption.js';
import {AFTER, BEFORE, frames, pointAt} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const slotted = (el: Element, name = '') =>
  el
    .shadowRoot!.querySelector<HTMLSlotElement>(
      name ? `slot[name="${name}"]` : 'slot:not([name])'
    )!
    .assignedNodes()
    .map((n) => n.textContent)
    .join('')
    .trim();

const dateOf = (caption: BeforeAfterCaption, side: string) =>
  caption.shadowRoot!.querySelector(`[part~="${side}"] [part="date"]`)
    ?.textContent ?? '';

const dominant = (caption: BeforeAfterCaption) =>
  [...caption.shadowRoot!.querySelectorAll('[part~="dominant"]')].map((n) =>
    n.getAttribute('part')!.includes('before') ? 'before' : 'after'
  );

describe('<before-after-caption>', () => {
  it('is defined', () => {
    expect(document.createElement('before-after-caption')).to.be.instanceOf(
      BeforeAfterCaption
    );
  });

  it('links to a comparison by id, anywhere on the page', async () => {
    const root = await fixture(html`
      <div>
        <before-after-caption for="linked">
          <span slot="before">Façade standing.</span>
          <span slot="before-credit">Agency A</span>
          <span slot="after">Façade destroyed.</span>
          <span slot="after-credit">Agency B</span>
          The Roman theatre at Palmyra.
          <span slot="credit"
            >Footage: Russian Defence Ministry Press Service via AP</span
          >
        </before-after-caption>
        <p>Unrelated text between them.</p>
        <before-after
          id="linked"
          value="50"
          before-label="June 6, 2016"
          after-label="February 5, 2017"
        >
          <img
            slot="before"
            src=${BEFORE}
            alt="2016"
            width="1600"
            height="900"
          />
          <img slot="after" src=${AFTER} alt="2017" width="1600" height="900" />
        </before-after>
      </div>
    `);
    const caption = root.querySelector('before-after-caption')!;
    const comparison = root.querySelector('before-after')!;
    expect(caption.control).to.equal(comparison);
    await caption.updateComplete;
    expect(dateOf(caption, 'before')).to.equal('June 6, 2016');
    expect(dateOf(caption, 'after')).to.equal('February 5, 2017');
    expect(slotted(caption)).to.equal('The Roman theatre at Palmyra.');
    expect(slotted(caption, 'before')).to.equal('Façade standing.');
    expect(slotted(caption, 'before-credit')).to.equal('Agency A');
    expect(slotted(caption, 'after-credit')).to.equal('Agency B');
    expect(slotted(caption, 'credit')).to.equal(
      'Footage: Russian Defence Ministry Press Service via AP'
    );
    // What a reader sees: each date, its caption and credit, then the shared caption.
    expect(
      caption
        .shadowRoot!.querySelector('[part~="before"]')!
        .textContent!.replace(/\s+/g, ' ')
        .trim()
    ).to.equal('June 6, 2016');
    await expect(root).to.be.accessible();
  });

  it('finds the comparison before it in the same figure, without an id', async () => {
    const figure = await fixture(html`
      <figure>
        <before-after before-label="A" after-label="B">
          <img slot="before" src=${BEFORE} alt="A" width="1600" height="900" />
          <img slot="after" src=${AFTER} alt="B" width="1600" height="900" />
        </before-after>
        <figcaption>
          <before-after-caption>Shared caption</before-after-caption>
        </figcaption>
      </figure>
    `);
    const caption = figure.querySelector('before-after-caption')!;
    expect(caption.control).to.equal(figure.querySelector('before-after'));
    await caption.updateComplete;
    expect(dateOf(caption, 'before')).to.equal('A');
  });

  it('emphasises the date that covers more of the view as the value crosses 50', async () => {
    const figure = await fixture(html`
      <figure style="width: 600px">
        <before-after
          value="50"
          before-label="June 6, 2016"
          after-label="February 5, 2017"
        >
          <img slot="before" src=${BEFORE} alt="A" width="1600" height="900" />
          <img slot="after" src=${AFTER} alt="B" width="1600" height="900" />
        </before-after>
        <before-after-caption></before-after-caption>
      </figure>
    `);
    const comparison = figure.querySelector('before-after') as BeforeAfter;
    const caption = figure.querySelector('before-after-caption')!;
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal([]);

    // A reader drags to 70 %: June 2016 (the start side) covers more.
    await sendMouse({type: 'move', position: pointAt(comparison, 50)});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: pointAt(comparison, 70)});
    await frames();
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal(['before']);
    const date = caption.shadowRoot!.querySelector(
      '[part~="dominant"] [part="date"]'
    )!;
    expect(Number(getComputedStyle(date).fontWeight)).to.be.above(700);
    // Mid-drag nothing is announced.
    expect(
      caption.shadowRoot!.querySelector('[role=status]')!.textContent
    ).to.equal('');

    await sendMouse({type: 'move', position: pointAt(comparison, 20)});
    await frames();
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal(['after']);
    await sendMouse({type: 'up'});
    await caption.updateComplete;
    // On change, once, politely.
    const status = caption.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal('Mostly February 5, 2017');

    // Keys move it too, and an attribute change from script is followed.
    comparison.focus();
    await sendKeys({press: 'End'});
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal(['before']);
    expect(status.textContent).to.equal('Mostly June 6, 2016');
    comparison.setAttribute('value', '10');
    comparison.setAttribute('after-label', 'Feb 2017');
    await nextFrame();
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal(['after']);
    expect(dateOf(caption, 'after')).to.equal('Feb 2017');
  });

  it('re-targets when for changes, and lets go of the old comparison', async () => {
    const root = await fixture(html`
      <div>
        <before-after
          id="one"
          before-label="One"
          after-label="1"
        ></before-after>
        <before-after
          id="two"
          before-label="Two"
          after-label="2"
        ></before-after>
        <before-after-caption for="one"></before-after-caption>
      </div>
    `);
    const caption = root.querySelector('before-after-caption')!;
    caption.htmlFor = 'two';
    await caption.updateComplete;
    await caption.updateComplete;
    expect(caption.control?.id).to.equal('two');
    expect(dateOf(caption, 'before')).to.equal('Two');
    const one = root.querySelector<BeforeAfter>('#one')!;
    one.setAttribute('before-label', 'Changed');
    one.setAttribute('value', '90');
    one.dispatchEvent(new Event('change'));
    await nextFrame();
    await caption.updateComplete;
    expect(dateOf(caption, 'before')).to.equal('Two');
    expect(dominant(caption)).to.deep.equal([]);
    expect(
      caption.shadowRoot!.querySelector('[role=status]')!.textContent
    ).to.equal('');
  });

  it('follows labels set as properties, and a for set before its first render', async () => {
    const root = await fixture(
      html`<div>
        <before-after id="p"></before-after><before-after id="q"></before-after>
      </div>`
    );
    const comparison = root.querySelector<BeforeAfter>('#p')!;
    const caption = document.createElement('before-after-caption');
    root.append(caption); // placed after #q, which it would take without for
    caption.htmlFor = 'p';
    comparison.beforeLabel = 'Then';
    comparison.afterLabel = 'Now';
    await comparison.updateComplete;
    await nextFrame();
    await caption.updateComplete;
    expect(caption.control).to.equal(comparison);
    expect(dateOf(caption, 'before')).to.equal('Then');
    expect(dateOf(caption, 'after')).to.equal('Now');
  });

  it('follows a value and labels set from script, with no event', async () => {
    const root = await fixture(html`
      <figure>
        <before-after before-label="2016" after-label="2017"></before-after>
        <before-after-caption></before-after-caption>
      </figure>
    `);
    const el = root.querySelector('before-after')!;
    const caption = root.querySelector('before-after-caption')!;
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal([]);
    el.value = 10;
    await el.updateComplete;
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal(['after']);
    el.value = 90;
    el.afterLabel = 'February 5, 2017';
    await el.updateComplete;
    await caption.updateComplete;
    expect(dominant(caption)).to.deep.equal(['before']);
    expect(dateOf(caption, 'after')).to.equal('February 5, 2017');
  });

  it('shows its own text and no dates when no comparison is found', async () => {
    const caption = await fixture<BeforeAfterCaption>(
      html`<before-after-caption for="nowhere"
        >Just a caption</before-after-caption
      >`
    );
    expect(caption.control).to.equal(null);
    expect(
      caption.shadowRoot!.querySelectorAll('[part="date"]')
    ).to.have.length(0);
    expect(slotted(caption)).to.equal('Just a caption');
  });
});
