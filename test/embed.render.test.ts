import {expect} from '@open-wc/testing';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import type {BeforeAfter} from '../src/before-after.js';
import {
  BUILT,
  closeEmbeds,
  FIXTURES,
  openEmbed,
  settledHeight,
  slotted,
  text,
  VALID,
} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();
afterEach(closeEmbeds);

/*
 * The embed page in an iframe, as a host page shows it: what it renders from
 * each source of configuration (the query, a config= file, a configuration
 * baked into the page), and as built.
 */

describe('the embed page: what it shows', () => {
  it('shows the comparison and its caption panel from the query string', async () => {
    const {doc} = await openEmbed(VALID);
    const comparison = doc.querySelector<BeforeAfter>('before-after')!;
    expect(comparison.getAttribute('before-label')).to.equal('June 6, 2016');
    expect(comparison.getAttribute('after-label')).to.equal('February 5, 2017');
    const [before, after] = [...comparison.querySelectorAll('img')];
    expect(before!.slot).to.equal('before');
    expect(before!.getAttribute('src')).to.equal(VALID.before);
    expect(before!.alt).to.equal(VALID['before-alt']);
    expect(after!.alt).to.equal(VALID['after-alt']);
    expect([
      before!.getAttribute('width'),
      before!.getAttribute('height'),
    ]).to.deep.equal(['1600', '900']);
    expect(before!.naturalWidth).to.be.above(0);
    // The box keeps the images' aspect ratio.
    const box = comparison.getBoundingClientRect();
    expect(box.width).to.be.closeTo(640, 1);
    expect(box.height).to.be.closeTo(360, 2);

    const caption = doc.querySelector<BeforeAfterCaption>(
      'figure figcaption before-after-caption'
    )!;
    expect(caption.getAttribute('for')).to.equal(comparison.id);
    expect(caption.control).to.equal(comparison);
    expect(slotted(caption, 'before')).to.equal(VALID['before-caption']);
    expect(slotted(caption, 'after')).to.equal(VALID['after-caption']);
    expect(slotted(caption, 'before-credit')).to.equal('Agency A');
    expect(slotted(caption, 'after-credit')).to.equal('Agency B');
    expect(slotted(caption, 'credit')).to.equal('Illustration');
    expect(text(caption)).to.contain(VALID.caption);
    const dates = [
      ...caption.shadowRoot!.querySelectorAll('[part="date"]'),
    ].map(text);
    expect(dates).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    // Narrow frame: the panel is below the comparison.
    expect(caption.getBoundingClientRect().top).to.be.at.least(box.bottom);
    expect(doc.querySelector('.errors')).to.equal(null);
  });

  it('puts the caption panel beside the comparison in a wide frame', async () => {
    const {doc} = await openEmbed(VALID, {width: 1100});
    const box = doc.querySelector('before-after')!.getBoundingClientRect();
    const panel = doc.querySelector('figcaption')!.getBoundingClientRect();
    expect(panel.left).to.be.at.least(box.right);
    expect(panel.top).to.be.below(box.bottom);
    expect(box.width).to.be.above(700);
    expect(panel.right).to.be.at.most(1100);
  });

  it('takes value, orientation, lang, dir and title', async () => {
    const {doc} = await openEmbed({
      ...VALID,
      value: '30',
      orientation: 'vertical',
      lang: 'ar',
      dir: 'rtl',
      title: 'تدمر: المسرح الروماني',
    });
    const comparison = doc.querySelector<BeforeAfter>('before-after')!;
    expect(comparison.value).to.equal(30);
    expect(comparison.orientation).to.equal('vertical');
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(comparison).direction).to.equal('rtl');
    expect(doc.title).to.equal('تدمر: المسرح الروماني');
    // The slider is named by the title, as the script snippet names it: one name per configuration.
    const handle = comparison.shadowRoot!.querySelector('[role="slider"]')!;
    expect(handle.getAttribute('aria-label')).to.equal('تدمر: المسرح الروماني');
  });

  it('shows no caption panel when there is nothing to put in it', async () => {
    const {before, after} = VALID;
    const {doc} = await openEmbed({
      before: before!,
      after: after!,
      'before-alt': 'A',
      'after-alt': 'B',
    });
    expect(doc.querySelector('before-after')).to.not.equal(null);
    expect(doc.querySelector('before-after-caption, figcaption')).to.equal(
      null
    );
  });

  it('reads a same-origin config= JSON file instead of the query fields', async () => {
    const {doc} = await openEmbed({
      config: `${FIXTURES}/palmyra.json`,
      caption: 'From the query',
    });
    const caption = doc.querySelector('before-after-caption')!;
    expect(text(caption)).to.contain('from a JSON file');
    expect(text(caption)).to.not.contain('From the query');
    expect(doc.querySelector('before-after img')!.getAttribute('src')).to.equal(
      '/test/fixtures/before.svg'
    );
  });

  it('uses the configuration baked into the page and ignores the query', async () => {
    const {doc} = await openEmbed(
      {caption: 'From the query', before: 'javascript:top.pwned=true'},
      {path: `${FIXTURES}/baked.html`}
    );
    expect(text(doc.querySelector('before-after-caption'))).to.equal(
      'Baked into the page.'
    );
    expect(doc.querySelector('before-after img')!.getAttribute('src')).to.equal(
      '/test/fixtures/before.svg'
    );
    expect(doc.querySelector('.errors')).to.equal(null);
  });

  it('works as built: dist/embed.html', async () => {
    const embed = await openEmbed(VALID, {path: BUILT});
    const comparison = embed.doc.querySelector<BeforeAfter>('before-after')!;
    // Upgraded: the element's code is in the built page.
    expect(comparison.shadowRoot).to.not.equal(null);
    expect(embed.doc.querySelector('before-after-caption')!.control).to.equal(
      comparison
    );
    expect(
      embed.doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')
    ).to.match(/^\.\/embed-assets\//);
    await settledHeight(embed);
  });
});
