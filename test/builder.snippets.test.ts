import {expect} from '@open-wc/testing';
import {checkConfig} from '../src/embed/config.js';
import {
  closeFrames,
  FULL,
  hostPage,
  openBuilder,
  reading,
  snippet,
  top,
  valueOf,
} from './helpers/builder.js';
import {watchFrame, guardConsole} from './helpers/guards.js';
import {
  AMP_SHAPE,
  HOSTILE,
  IFRAME_SHAPE,
  parse,
  SCRIPT_SHAPE,
  shape,
} from './helpers/snippets.js';
import {settled, until} from './helpers/wait.js';

guardConsole();
afterEach(closeFrames);

/*
 * The builder's four snippets, each pasted into a host page that loads the
 * built files from this server's /dist/, or read as a host would.
 */

describe('the embed builder', () => {
  it('gives script code that shows the same comparison in another page', async () => {
    const doc = await openBuilder(FULL);
    const code = snippet(doc, 'script');
    expect(code).to.contain(
      `src="${new URL('/dist/cdn/before-after.js', location.href).href}"`
    );
    const host = await hostPage(code);
    const win = host.contentWindow!;
    await until(
      () => win.customElements.get('before-after-caption'),
      'the script-tag build to define the elements'
    );
    await settled(...host.contentDocument!.querySelectorAll('img'));
    expect(await reading(host.contentDocument!)).to.deep.equal(
      await reading(doc)
    );
    const figure = host.contentDocument!.querySelector('figure')!;
    expect(figure.lang).to.equal('en');
    expect(
      host.contentDocument!.querySelector('before-after')!.getAttribute('label')
    ).to.equal(FULL.title);
  });

  it('gives iframe code that shows the embed page with the same values', async () => {
    const doc = await openBuilder(FULL);
    const code = snippet(doc, 'iframe');
    const host = await hostPage(code);
    const embed = host.contentDocument!.querySelector<HTMLIFrameElement>(
      'iframe[data-before-after]'
    )!;
    expect(embed.src).to.match(/\/dist\/embed\.html\?/);
    expect(embed.title).to.equal(FULL.title);
    const inner = await until(() => {
      const d = embed.contentDocument;
      return d?.readyState === 'complete' &&
        d.querySelector('before-after-caption')
        ? d
        : null;
    }, 'the embed page to show its comparison');
    watchFrame(embed.contentWindow!);
    await embed.contentWindow!.customElements.whenDefined(
      'before-after-caption'
    );
    await settled(...inner.querySelectorAll('img'));
    const embedded = await reading(inner);
    const previewed = await reading(doc);
    expect(embedded).to.deep.equal(previewed);
  });

  it('gives AMP code with what a resizable amp-iframe needs', async () => {
    const doc = await openBuilder(FULL);
    const code = snippet(doc, 'amp');
    const parsed = new DOMParser().parseFromString(code, 'text/html');
    const amp = parsed.querySelector('amp-iframe')!;
    for (const name of ['width', 'height', 'resizable', 'sandbox', 'src'])
      expect(amp.hasAttribute(name), name).to.be.true;
    expect(amp.getAttribute('layout')).to.equal('responsive');
    expect(amp.getAttribute('sandbox')).to.contain('allow-scripts');
    const src = new URL(amp.getAttribute('src')!);
    expect(src.pathname).to.equal('/dist/embed.html');
    expect(checkConfig(src.searchParams).config).to.deep.equal(
      checkConfig(FULL).config
    );
    expect(amp.querySelector(':scope > [overflow]')).to.exist;
    const placeholder = amp.querySelector('amp-img[placeholder]')!;
    expect(placeholder.getAttribute('layout')).to.equal('fill');
    expect(placeholder.getAttribute('src')).to.equal(
      new URL(FULL.still!, location.href).href
    );
    expect(placeholder.getAttribute('alt')).to.equal(FULL.title);
  });

  it('gives JSON that round-trips through checkConfig, to copy or download', async () => {
    const doc = await openBuilder(FULL);
    const json = snippet(doc, 'json');
    const expected = checkConfig(FULL).config;
    expect(checkConfig(JSON.parse(json))).to.deep.equal({
      config: expected,
      errors: [],
    });
    const link = doc.querySelector<HTMLAnchorElement>(
      'a[download="before-after.json"]'
    )!;
    expect(link.href).to.match(/^blob:/);
    expect(await (await fetch(link.href)).text()).to.equal(json);
  });

  it('keeps hostile text as text in the preview and every snippet, and runs none of it', async () => {
    const hostile = {
      ...FULL,
      caption: HOSTILE,
      'before-caption': HOSTILE,
      'before-label': HOSTILE,
      'before-alt': HOSTILE,
      title: HOSTILE,
      credit: HOSTILE,
    };
    const doc = await openBuilder(hostile);
    expect(valueOf(doc, 'caption')).to.equal(HOSTILE);
    const shown = await reading(doc);
    expect(shown.text).to.contain(HOSTILE);
    expect(shown.labels[0]).to.equal(HOSTILE);
    expect(shown.images[0]!.alt).to.equal(HOSTILE);
    expect(
      doc.querySelectorAll('img[src="x"], before-after script')
    ).to.have.length(0);

    expect(shape(parse(snippet(doc, 'script')))).to.deep.equal(SCRIPT_SHAPE);
    expect(shape(parse(snippet(doc, 'iframe')))).to.deep.equal(IFRAME_SHAPE);
    expect(shape(parse(snippet(doc, 'amp')))).to.deep.equal(AMP_SHAPE);
    expect(JSON.parse(snippet(doc, 'json')).caption).to.equal(HOSTILE);

    const page = await hostPage(snippet(doc, 'script'));
    await until(
      () =>
        page.contentWindow!.customElements.get('before-after') &&
        page
          .contentDocument!.querySelector('before-after-caption')
          ?.shadowRoot?.querySelector('[part~="date"]'),
      'the script-tag build, and the caption panel it fetches'
    );
    const pasted = await reading(page.contentDocument!);
    expect(pasted.text).to.contain(HOSTILE);
    expect(pasted.labels[0]).to.equal(HOSTILE);

    const framed = await hostPage(snippet(doc, 'iframe'));
    const embed = framed.contentDocument!.querySelector('iframe')!;
    const inner = await until(
      () => embed.contentDocument?.querySelector('before-after-caption'),
      'the embed page'
    );
    expect(inner.textContent).to.contain(HOSTILE);
    expect(inner.querySelectorAll('*')).to.have.length(
      inner.querySelectorAll('span[slot]').length
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(top.pwned).to.equal(undefined);
    for (const d of [doc, page.contentDocument!, embed.contentDocument!])
      expect(d.querySelectorAll('img[src="x"]')).to.have.length(0);
  });
});
