import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {checkConfig, frameSize} from '../src/embed/config.js';
import {iframeSnippet} from '../src/embed/snippets.js';
import {appendFrame} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {
  CONFIG,
  HOSTILE,
  INPUTS,
  NAME,
  outUrl,
  publish,
  type Run,
} from './helpers/publish.js';
import {until} from './helpers/wait.js';

guardConsole();

const cspReports = async (): Promise<unknown[]> =>
  (await fetch('/__csp-report')).json();

async function page(name: string): Promise<{text: string; doc: Document}> {
  const response = await fetch(`${outUrl(name)}index.html`);
  expect(response.ok).to.be.true;
  const text = await response.text();
  return {text, doc: new DOMParser().parseFromString(text, 'text/html')};
}

const meta = (doc: Document, key: string) =>
  doc.head
    .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
    ?.getAttribute('content');

describe('before-after-embed publish', () => {
  let run: Run;
  let base: string;

  before(async () => {
    run = await publish('full', CONFIG);
    base = outUrl('full');
  });

  it('writes the page, oembed.json, the embed scripts and the images, and nothing beside them', () => {
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.include(`${base}index.html`);
    const files = run.files!;
    expect(files).to.include.members(['index.html', 'oembed.json']);
    expect(files.filter((f) => f.startsWith('images/'))).to.have.lengthOf(3);
    expect(files.some((f) => /^embed-assets\/.+\.js$/.test(f))).to.be.true;
    expect(
      files.every((f) =>
        /^(index\.html|oembed\.json|images\/[a-z\d-]+\.(svg|png)|embed-assets\/[\w.-]+)$/.test(
          f
        )
      ),
      files.join(', ')
    ).to.be.true;
    // No staging folder left behind.
    expect(run.folder).to.deep.equal([...INPUTS, 'out'].sort());
  });

  it('oembed.json: a rich answer whose html is one bare iframe', async () => {
    const response = await fetch(`${base}oembed.json`);
    expect(response.ok).to.be.true;
    const data = await response.json();
    const {width, height} = frameSize(checkConfig(CONFIG).config);
    const title = NAME;
    expect(data).to.include({
      type: 'rich',
      version: '1.0',
      width,
      height,
      title,
      provider_name: 'before-after',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(data.thumbnail_url).to.match(
      new RegExp(`^${base}images/still-[\\da-f]{10}\\.png$`)
    );
    const thumbnail = await fetch(data.thumbnail_url);
    expect(thumbnail.headers.get('content-type')).to.include('image/png');

    expect(data.html).not.to.match(/<script/i);
    const template = document.createElement('template');
    template.innerHTML = data.html;
    const nodes = [...template.content.childNodes];
    expect(nodes).to.have.lengthOf(1);
    const iframe = nodes[0] as HTMLIFrameElement;
    expect(iframe.tagName).to.equal('IFRAME');
    expect(iframe.children).to.have.lengthOf(0);
    expect(iframe.getAttribute('src')).to.equal(`${base}index.html`);
    expect(iframe.getAttribute('width')).to.equal(String(width));
    expect(iframe.getAttribute('height')).to.equal(String(height));
    expect(iframe.getAttribute('title')).to.equal(title);
    // One name: the iframe snippet's frame has the same title.
    const snippet = iframeSnippet(
      checkConfig(CONFIG).config,
      new URL('https://cdn.example/dist/')
    );
    expect(
      new DOMParser()
        .parseFromString(snippet, 'text/html')
        .querySelector('iframe')!.title
    ).to.equal(title);
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(iframe.hasAttribute('data-before-after')).to.be.true;
  });

  it('index.html: oEmbed discovery, title and share tags in the head, every value escaped', async () => {
    const {doc} = await page('full');
    const links = doc.querySelectorAll(
      'link[rel="alternate"][type="application/json+oembed"]'
    );
    expect(links).to.have.lengthOf(1);
    expect(links[0]!.parentElement).to.equal(doc.head);
    expect(links[0]!.getAttribute('href')).to.equal(`${base}oembed.json`);
    expect(links[0]!.getAttribute('title')).to.equal(NAME);
    expect(doc.title).to.equal(NAME);
    expect(doc.querySelectorAll('title')).to.have.lengthOf(1);
    const oembed = await (await fetch(`${base}oembed.json`)).json();
    expect(meta(doc, 'og:type')).to.equal('website');
    expect(meta(doc, 'og:title')).to.equal(NAME);
    expect(meta(doc, 'og:description')).to.equal(
      `Palmyra's theatre ${HOSTILE} \u2028 & <b>not bold</b>`
    );
    expect(meta(doc, 'og:url')).to.equal(`${base}index.html`);
    expect(meta(doc, 'og:image')).to.equal(oembed.thumbnail_url);
    expect(meta(doc, 'og:image:width')).to.equal('1200');
    expect(meta(doc, 'twitter:card')).to.equal('summary_large_image');
  });

  it('bakes the configuration in as a data block that round-trips, and a hostile caption stays data', async () => {
    const {text, doc} = await page('full');
    // `</script>` in the caption opened no script: the only inline one is the data block.
    const inline = [...doc.querySelectorAll('script')].filter((s) => !s.src);
    expect(inline).to.have.lengthOf(1);
    expect(text).not.to.include('pwned=1</script>');
    const block = doc.getElementById(
      'before-after-config'
    ) as HTMLScriptElement;
    expect(inline[0]).to.equal(block);
    expect(block.parentElement).to.equal(doc.head);
    expect(block.type).to.equal('application/json');
    const baked = JSON.parse(block.text);
    expect(baked.before).to.match(/^images\/before-[\da-f]{10}\.svg$/);
    expect(baked.after).to.match(/^images\/after-[\da-f]{10}\.svg$/);
    expect(baked.still).to.match(/^images\/still-[\da-f]{10}\.png$/);
    expect(baked).to.deep.equal({
      ...CONFIG,
      value: '40',
      before: baked.before,
      after: baked.after,
      still: baked.still,
    });
  });

  it('renders under the strict CSP with the copied images, the labels and the alt text', async () => {
    await cspReports();
    const iframe = document.createElement('iframe');
    const {width, height} = frameSize(checkConfig(CONFIG).config);
    Object.assign(iframe, {width, height});
    iframe.src = `${base}index.html?csp=strict`;
    const loaded = appendFrame(iframe);
    try {
      await loaded;
      watchFrame(iframe.contentWindow!);
      const doc = iframe.contentDocument!;
      const el = await until(
        () => doc.querySelector('before-after'),
        'the comparison to render'
      );
      const images = [...el.querySelectorAll('img')];
      await until(
        () =>
          images.length === 2 &&
          images.every((img) => img.complete && img.naturalWidth > 0),
        'the copied images to load'
      );
      expect(images.map((img) => img.alt)).to.deep.equal([
        CONFIG['before-alt'],
        CONFIG['after-alt'],
      ]);
      expect(new URL(images[0]!.src).pathname).to.match(
        /\/out\/images\/before-[\da-f]{10}\.svg$/
      );
      const labels = await until(
        () => el.shadowRoot?.querySelector('[part~="before-label"]'),
        'the labels to render'
      );
      expect(labels.textContent).to.include('June 6, 2016');
      expect(
        el.shadowRoot!.querySelector('[part~="after-label"]')!.textContent
      ).to.include('February 5, 2017');
      expect(doc.body.textContent).to.include(HOSTILE);
      // The notes, written into the page from the baked configuration, as text.
      const notes = [...el.querySelectorAll(':scope > before-after-note')];
      expect(
        notes.map((n) => [
          n.getAttribute('x'),
          n.getAttribute('y'),
          n.getAttribute('value'),
          n.getAttribute('side'),
          n.textContent,
        ])
      ).to.deep.equal([
        ['50', '38', '25', null, CONFIG.notes[0]!.text],
        ['86', '22', null, 'before', CONFIG.notes[1]!.text],
      ]);
      expect(notes[1]!.children).to.have.length(0);
      expect((window as {pwned?: unknown}).pwned).to.be.undefined;
      // Reports are posted asynchronously: give a late one time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await cspReports()).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });

  it('keeps full addresses as they are, and without a still uses a summary card', async () => {
    const remote = `${location.origin}/test/fixtures/before.svg`;
    const config = {
      ...CONFIG,
      before: remote,
      still: undefined,
      title: 'Palmyra, <before> & after',
      lang: 'ar',
      dir: 'rtl',
    };
    const result = await publish('remote', config, {images: ['after.svg']});
    expect(result.code, result.stderr).to.equal(0);
    const images = result.files!.filter((f) => f.startsWith('images/'));
    expect(images).to.have.lengthOf(1);
    expect(images[0]).to.match(/^images\/after-/);
    const {doc} = await page('remote');
    const baked = JSON.parse(
      doc.getElementById('before-after-config')!.textContent!
    );
    expect(baked.before).to.equal(remote);
    expect(doc.title).to.equal('Palmyra, <before> & after');
    expect(meta(doc, 'og:title')).to.equal('Palmyra, <before> & after');
    expect(doc.documentElement.lang).to.equal('ar');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(meta(doc, 'og:image')).to.be.undefined;
    expect(meta(doc, 'twitter:card')).to.equal('summary');
    const data = await (await fetch(`${outUrl('remote')}oembed.json`)).json();
    expect(data.title).to.equal('Palmyra, <before> & after');
    expect(data).not.to.have.property('thumbnail_url');
    expect(data.html).to.include('title="Palmyra, &lt;before&gt; &amp; after"');
  });
});

describe('before-after-embed publish: zoom', () => {
  it('bakes zoom, max-zoom and a note’s zoom in, and the published page zooms under its CSP', async () => {
    const config = {
      ...CONFIG,
      zoom: true,
      'max-zoom': 6,
      notes: [{...CONFIG.notes[0], zoom: 3}, CONFIG.notes[1]],
    };
    const run = await publish('zoom', config);
    expect(run.code, run.stderr).to.equal(0);
    const {doc: published} = await page('zoom');
    const baked = JSON.parse(
      published.getElementById('before-after-config')!.textContent!
    );
    expect(baked).to.include({zoom: true, 'max-zoom': '6'});
    expect(baked.notes.map((n: {zoom?: number}) => n.zoom)).to.deep.equal([
      3,
      undefined,
    ]);

    const iframe = document.createElement('iframe');
    iframe.src = `${outUrl('zoom')}index.html?csp=strict`;
    const loaded = appendFrame(iframe);
    try {
      await loaded;
      watchFrame(iframe.contentWindow!);
      const doc = iframe.contentDocument!;
      const el = await until(
        () => doc.querySelector<BeforeAfter>('before-after'),
        'the comparison to render'
      );
      expect(el.getAttribute('zoom')).to.equal('');
      expect(el.getAttribute('max-zoom')).to.equal('6');
      expect(
        [...el.querySelectorAll('before-after-note')].map((n) =>
          n.getAttribute('zoom')
        )
      ).to.deep.equal(['3', null]);
      await el.updateComplete;
      expect(el.zoom).to.equal(true);
      expect(el.maxZoom).to.equal(6);
      // The zoom code was published with the page: it loads, and zooms.
      await el.zoomTo(2);
      expect(el.zoomLevel).to.equal(2);
    } finally {
      iframe.remove();
    }
  });

  it('refuses a bad zoom, max-zoom or note zoom, naming each, and writes nothing', async () => {
    const result = await publish('zoom-refused', {
      ...CONFIG,
      zoom: 'yes',
      'max-zoom': 10,
      notes: [{...CONFIG.notes[0], zoom: 1}],
    });
    expect(result.code).not.to.equal(0);
    for (const message of [
      'config.json: zoom must be true or false.',
      'config.json: max-zoom must be a number from 1 to 8.',
      'config.json: notes[0].zoom must be a number above 1, at most 8.',
    ])
      expect(result.stderr).to.contain(message);
    expect(result.files).to.be.null;
    expect(result.folder).to.deep.equal(INPUTS);
  });
});

describe('before-after-embed publish: scroll-reveal', () => {
  it('bakes scroll-reveal in, and the page its oEmbed frames shows the comparison with it, under its CSP', async () => {
    const run = await publish('scroll-reveal', {
      ...CONFIG,
      zoom: true,
      'scroll-reveal': true,
    });
    expect(run.code, run.stderr).to.equal(0);
    const {doc: published} = await page('scroll-reveal');
    const baked = JSON.parse(
      published.getElementById('before-after-config')!.textContent!
    );
    expect(baked).to.include({zoom: true, 'scroll-reveal': true});

    // What a CMS embeds from the URL alone: oembed.json's frame, of this page.
    const oembed = await (
      await fetch(`${outUrl('scroll-reveal')}oembed.json`)
    ).json();
    const src = new DOMParser()
      .parseFromString(oembed.html, 'text/html')
      .querySelector('iframe')!
      .getAttribute('src')!;
    expect(src).to.equal(`${outUrl('scroll-reveal')}index.html`);

    const iframe = document.createElement('iframe');
    iframe.src = `${src}?csp=strict`;
    const loaded = appendFrame(iframe);
    try {
      await loaded;
      watchFrame(iframe.contentWindow!);
      const doc = iframe.contentDocument!;
      const el = await until(
        () => doc.querySelector<BeforeAfter>('before-after'),
        'the comparison to render'
      );
      expect(doc.querySelector('.errors')).to.equal(null);
      expect(el.getAttribute('scroll-reveal')).to.equal('');
      expect(el.getAttribute('zoom')).to.equal('');
      expect(el.querySelectorAll('before-after-note')).to.have.length(2);
    } finally {
      iframe.remove();
    }
  });

  it('leaves it out when false, as no field at all', async () => {
    const run = await publish('scroll-reveal-off', {
      ...CONFIG,
      'scroll-reveal': false,
    });
    expect(run.code, run.stderr).to.equal(0);
    const {doc} = await page('scroll-reveal-off');
    const baked = JSON.parse(
      doc.getElementById('before-after-config')!.textContent!
    );
    expect(baked).not.to.have.property('scroll-reveal');
  });

  it('refuses a bad scroll-reveal, naming it, and writes nothing', async () => {
    const result = await publish('scroll-reveal-refused', {
      ...CONFIG,
      'scroll-reveal': 'yes',
    });
    expect(result.code).not.to.equal(0);
    expect(result.stderr).to.contain(
      'config.json: scroll-reveal must be true or false.'
    );
    expect(result.files).to.be.null;
    expect(result.folder).to.deep.equal(INPUTS);
  });
});
