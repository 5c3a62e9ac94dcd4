import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {checkConfig, FIELDS, toQuery} from '../src/embed/config.js';
import {
  coverCrop,
  halves,
  labelBox,
  LABEL,
  STILL_HEIGHT,
  STILL_WIDTH,
} from '../src/embed/still.js';

/**
 * The embed builder (demo/builder.html) in an iframe, as an editor uses it:
 * prefilled from its address, edited, and its four snippets pasted into
 * host pages that load the built files from this server's /dist/.
 */

const BEFORE = '/test/fixtures/before.svg';
const AFTER = '/test/fixtures/after.svg';
const HOSTILE = `"><script>window.top.pwned=1</script><img src=x onerror="window.top.pwned=1">`;

const FULL: Record<string, string> = {
  before: BEFORE,
  after: AFTER,
  'before-alt': 'A sand-coloured square with a pale disc',
  'after-alt': 'A grey square with a pale disc',
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
  'before-caption': 'The stage still stands.',
  'after-caption': 'The stage is rubble.',
  caption: 'The Roman theatre at Palmyra, Syria.',
  'before-credit': 'Agency A',
  'after-credit': 'Agency B',
  credit: 'Russian Defence Ministry via AP',
  value: '30',
  orientation: 'vertical',
  dir: 'ltr',
  lang: 'en',
  title: 'Palmyra’s Roman theatre',
  width: '1600',
  height: '900',
  still: '/test/fixtures/square.svg',
};

type Top = typeof globalThis & {pwned?: number};

let frames: HTMLIFrameElement[] = [];
let problems: string[] = [];

afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
  const seen = problems;
  problems = [];
  delete (window as Top).pwned;
  expect(seen, 'errors in the builder').to.deep.equal([]);
});

/** Resolves at the first animation frame where `check` holds; fails after `ms`. */
async function until<T>(
  check: () => T | null | undefined | false | '',
  what: string,
  ms = 5000
): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function settled(images: Iterable<HTMLImageElement>): Promise<void> {
  await Promise.all(
    [...images].map(async (img) => {
      if (!img.complete)
        await new Promise((resolve) => {
          img.addEventListener('load', resolve, {once: true});
          img.addEventListener('error', resolve, {once: true});
        });
      await img.decode().catch(() => undefined);
    })
  );
}

function frame(width: number): HTMLIFrameElement {
  const el = document.createElement('iframe');
  el.style.cssText = `width:${width}px;height:900px;border:0;display:block`;
  frames.push(el);
  return el;
}

/** Records what reaches the frame's console as an error, and uncaught errors. */
function watch(win: Window): void {
  win.addEventListener('error', (e) => problems.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) =>
    problems.push(String(e.reason))
  );
  // console is a global of the frame's realm, not a member of the Window type.
  const console = (win as unknown as typeof globalThis).console;
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    error(...args);
  };
}

async function openBuilder(
  query: Record<string, string>,
  {width = 1280} = {}
): Promise<Document> {
  const el = frame(width);
  const loaded = new Promise((resolve) =>
    el.addEventListener('load', resolve, {once: true})
  );
  el.src = `/demo/builder.html?${new URLSearchParams(query)}`;
  document.body.append(el);
  await loaded;
  const win = el.contentWindow!;
  watch(win);
  await win.customElements.whenDefined('before-after-caption');
  const doc = el.contentDocument!;
  await (doc.querySelector('before-after') as BeforeAfter).updateComplete;
  await settled(doc.querySelectorAll('before-after img'));
  return doc;
}

/** A page of another site with the snippet pasted into its body. */
async function hostPage(snippet: string): Promise<HTMLIFrameElement> {
  const el = frame(800);
  const loaded = new Promise((resolve) =>
    el.addEventListener('load', resolve, {once: true})
  );
  el.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${snippet}</body></html>`;
  document.body.append(el);
  // In view, or the iframe snippet's loading="lazy" never loads.
  el.scrollIntoView();
  await loaded;
  watch(el.contentWindow!);
  return el;
}

const form = (doc: Document) => doc.querySelector('form')!;
const valueOf = (doc: Document, name: string) =>
  (form(doc).elements.namedItem(name) as HTMLInputElement).value;
const snippet = (doc: Document, name: string) =>
  doc.querySelector(`[data-snippet="${name}"]`)!.textContent!;
const control = (doc: Document, name: string) =>
  doc.querySelector<HTMLInputElement>(`#f-${name}`)!;

/** Types into a field and leaves it, as an editor does. */
function edit(doc: Document, name: string, value: string): void {
  const input = control(doc, name);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

/** What a reader gets from a comparison: attributes, images, drawn labels and the panel's text. */
async function reading(root: Document) {
  const el = root.querySelector('before-after') as BeforeAfter;
  await el.updateComplete;
  const panel = root.querySelector('before-after-caption')!;
  await (panel as unknown as BeforeAfter).updateComplete;
  const attr = (name: string) => el.getAttribute(name);
  return {
    value: attr('value'),
    orientation: attr('orientation'),
    labels: [attr('before-label'), attr('after-label')],
    drawn: [...el.shadowRoot!.querySelectorAll('[part~="label"]')].map((l) =>
      l.textContent!.trim()
    ),
    valuenow: el
      .shadowRoot!.querySelector('[part~="handle"]')!
      .getAttribute('aria-valuenow'),
    images: [...el.querySelectorAll('img')].map((img) => ({
      slot: img.slot,
      src: img.src,
      alt: img.alt,
    })),
    dates: [...panel.shadowRoot!.querySelectorAll('[part~="date"]')].map(
      (d) => d.textContent
    ),
    slots: Object.fromEntries(
      [...panel.querySelectorAll('[slot]')].map((s) => [s.slot, s.textContent])
    ),
    // The shared caption: the panel's own text, outside any slot.
    text: [...panel.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

/** Runs axe-core inside the page and expects no violation. */
async function audit(doc: Document): Promise<void> {
  const win = doc.defaultView as Window & {
    axe?: {run: (ctx: Document) => Promise<{violations: {id: string}[]}>};
  };
  const script = doc.createElement('script');
  const ready = new Promise((resolve) =>
    script.addEventListener('load', resolve, {once: true})
  );
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await ready;
  const {violations} = await win.axe!.run(doc);
  expect(violations.map((v) => v.id)).to.deep.equal([]);
}

/** Parsed, never run: the elements and attribute names the markup makes. */
function shape(html: string): string[] {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body>${html}`,
    'text/html'
  );
  return [...doc.body.querySelectorAll('*')].map(
    (el) =>
      `${el.localName}[${[...el.attributes].map((a) => a.name).join(',')}]`
  );
}

describe('the embed builder', () => {
  it('fills every field from its address, previews it, and keeps the address in step', async () => {
    const doc = await openBuilder(FULL);
    for (const field of FIELDS)
      expect(valueOf(doc, field), field).to.equal(FULL[field]);
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);

    const shown = await reading(doc);
    expect(shown.value).to.equal('30');
    expect(shown.valuenow).to.equal('30');
    expect(shown.orientation).to.equal('vertical');
    expect(shown.drawn).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    expect(shown.dates).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    expect(shown.images).to.deep.equal([
      {
        slot: 'before',
        src: new URL(BEFORE, location.href).href,
        alt: FULL['before-alt'],
      },
      {
        slot: 'after',
        src: new URL(AFTER, location.href).href,
        alt: FULL['after-alt'],
      },
    ]);
    expect(shown.slots).to.deep.equal({
      before: 'The stage still stands.',
      'before-credit': 'Agency A',
      after: 'The stage is rubble.',
      'after-credit': 'Agency B',
      credit: 'Russian Defence Ministry via AP',
    });
    expect(shown.text).to.contain('The Roman theatre at Palmyra, Syria.');
    const preview = doc.querySelector('before-after')!;
    expect(preview.getAttribute('label')).to.equal(FULL.title);
    expect(preview.closest('figure')!.lang).to.equal('en');
    expect(preview.closest('figure')!.dir).to.equal('ltr');
    const box = preview.getBoundingClientRect();
    expect(box.width).to.be.above(300);
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 2);

    edit(doc, 'before-label', 'June 7, 2016');
    const win = doc.defaultView!;
    const after = {...FULL, 'before-label': 'June 7, 2016'};
    expect(win.location.search).to.equal(
      `?${toQuery(checkConfig(after).config)}`
    );
    expect(win.location.pathname).to.equal('/demo/builder.html');
    expect(preview.getAttribute('before-label')).to.equal('June 7, 2016');
    expect(snippet(doc, 'json')).to.contain('"before-label": "June 7, 2016"');
  });

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
    await settled(host.contentDocument!.querySelectorAll('img'));
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
    watch(embed.contentWindow!);
    await embed.contentWindow!.customElements.whenDefined(
      'before-after-caption'
    );
    await settled(inner.querySelectorAll('img'));
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

    expect(shape(snippet(doc, 'script'))).to.deep.equal([
      'link[rel,href]',
      'script[type,src]',
      'figure[lang,dir]',
      'before-after[value,orientation,before-label,after-label,label]',
      'img[slot,src,alt,width,height]',
      'img[slot,src,alt,width,height]',
      'figcaption[]',
      'before-after-caption[]',
      'span[slot]',
      'span[slot]',
      'span[slot]',
      'span[slot]',
      'span[slot]',
    ]);
    expect(shape(snippet(doc, 'iframe'))).to.deep.equal([
      'iframe[data-before-after,src,width,height,title,loading,style]',
      'script[src,async]',
    ]);
    expect(shape(snippet(doc, 'amp'))).to.deep.equal([
      'amp-iframe[width,height,layout,resizable,sandbox,title,src]',
      'div[overflow,tabindex,role,aria-label]',
      'amp-img[placeholder,layout,src,alt]',
    ]);
    expect(JSON.parse(snippet(doc, 'json')).caption).to.equal(HOSTILE);

    const page = await hostPage(snippet(doc, 'script'));
    await until(
      () => page.contentWindow!.customElements.get('before-after'),
      'the script-tag build'
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
    expect((window as Top).pwned).to.equal(undefined);
    for (const d of [doc, page.contentDocument!, embed.contentDocument!])
      expect(d.querySelectorAll('img[src="x"]')).to.have.length(0);
  });

  it('shows bad input next to its field, not as an alert, and holds back the code', async () => {
    const doc = await openBuilder({
      before: 'javascript:alert(1)',
      after: AFTER,
      'after-alt': 'A grey square',
    });
    const win = doc.defaultView!;
    let alerted = false;
    win.alert = () => (alerted = true);
    for (const [field, words] of [
      ['before', 'must be an http:, https: or relative address'],
      ['before-alt', 'before-alt is missing'],
    ] as const) {
      const input = control(doc, field);
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => doc.getElementById(id)!);
      const error = described.find((el) => el.classList.contains('error'))!;
      expect(error.textContent).to.contain(words);
      expect(error.hidden).to.be.false;
      expect(error.closest('.field')).to.equal(input.closest('.field'));
    }
    expect(control(doc, 'after').hasAttribute('aria-invalid')).to.be.false;
    expect(
      doc.querySelectorAll('[role="alert"], [aria-live="assertive"]')
    ).to.have.length(0);
    // The refused address never reaches the preview.
    expect(doc.querySelector('img[slot="before"]')!.hasAttribute('src')).to.be
      .false;
    expect(doc.querySelector<HTMLElement>('#snippets')!.hidden).to.be.true;
    expect(snippet(doc, 'iframe')).to.equal('');
    expect(doc.querySelector('#code-pending')!.textContent).to.contain(
      '2 fields need attention'
    );
    await audit(doc);

    edit(doc, 'before', BEFORE);
    edit(doc, 'before-alt', 'A sand-coloured square');
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);
    expect(control(doc, 'before').getAttribute('aria-describedby')).to.equal(
      'h-before'
    );
    expect(doc.querySelector<HTMLElement>('#snippets')!.hidden).to.be.false;
    expect(snippet(doc, 'iframe')).to.contain('embed.html?');
    expect(alerted).to.be.false;
  });

  it('refuses a base address that is not http(s), next to its field', async () => {
    const doc = await openBuilder({...FULL, base: 'javascript:alert(1)//'});
    const input = control(doc, 'base');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.querySelector('#e-base')!.textContent).to.contain('http');
    expect(doc.querySelector<HTMLElement>('#snippets')!.hidden).to.be.true;
    edit(doc, 'base', 'https://cdn.example/ba');
    expect(snippet(doc, 'iframe')).to.contain(
      'src="https://cdn.example/ba/embed.html?'
    );
    expect(
      new URLSearchParams(doc.defaultView!.location.search).get('base')
    ).to.equal('https://cdn.example/ba');
  });

  it('starts empty without nagging, with the base next to the builder', async () => {
    const doc = await openBuilder({});
    expect(valueOf(doc, 'base')).to.equal(
      new URL('/dist/', location.href).href
    );
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);
    expect(doc.querySelector('#code-pending')!.textContent).to.contain(
      '4 fields need attention'
    );
  });

  it('copies a snippet and says so politely, with a fallback when the clipboard refuses', async () => {
    const doc = await openBuilder(FULL);
    const win = doc.defaultView!;
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {writeText: async (text: string) => void copied.push(text)},
    });
    const status = doc.querySelector('#copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    doc.querySelector<HTMLButtonElement>('[data-copy="iframe"]')!.click();
    await until(() => status.textContent === 'Copied', 'Copied');
    expect(copied).to.deep.equal([snippet(doc, 'iframe')]);

    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {writeText: () => Promise.reject(new Error('not allowed'))},
    });
    status.textContent = '';
    doc.querySelector<HTMLButtonElement>('[data-copy="json"]')!.click();
    await until(() => status.textContent, 'a word on the copy');
    expect(status.textContent).to.match(/^(Copied|Selected)/);
    expect(String(win.getSelection())).to.equal(snippet(doc, 'json'));
  });

  it('takes the start position from the preview’s divider', async () => {
    const doc = await openBuilder({...FULL, orientation: 'horizontal'});
    const preview = doc.querySelector('before-after') as BeforeAfter;
    preview.shadowRoot!.querySelector<HTMLElement>('[part~="handle"]')!.focus();
    await sendKeys({press: 'End'});
    await until(() => valueOf(doc, 'value') === '100', 'value 100');
    expect(
      new URLSearchParams(doc.defaultView!.location.search).get('value')
    ).to.equal('100');
    expect(snippet(doc, 'script')).to.contain('value="100"');
  });

  describe('the share image', () => {
    /** Mean brightness of each half of an image, along its axis. */
    async function halfMeans(blob: Blob, vertical = false) {
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const mean = (x: number, y: number, w: number, h: number) => {
        const {data} = ctx.getImageData(x, y, w, h);
        let sum = 0;
        for (let i = 0; i < data.length; i += 4)
          sum += data[i]! + data[i + 1]! + data[i + 2]!;
        return sum / (data.length / 4) / 3;
      };
      const {width: w, height: h} = bitmap;
      return {
        size: [w, h],
        start: vertical ? mean(0, 0, w, h / 2) : mean(0, 0, w / 2, h),
        end: vertical ? mean(0, h / 2, w, h / 2) : mean(w / 2, 0, w / 2, h),
      };
    }

    async function make(doc: Document): Promise<Blob> {
      doc.querySelector<HTMLButtonElement>('#make-still')!.click();
      const link = doc.querySelector<HTMLAnchorElement>('#still-download')!;
      await until(() => !link.hidden, 'the download link');
      expect(link.download).to.match(/\.jpg$/);
      const blob = await (await fetch(link.href)).blob();
      expect(blob.type).to.equal('image/jpeg');
      return blob;
    }

    for (const [name, query, vertical, lighter] of [
      ['side by side', {orientation: 'horizontal'}, false, 'start'],
      ['right to left', {orientation: 'horizontal', dir: 'rtl'}, false, 'end'],
      ['top and bottom', {orientation: 'vertical'}, true, 'start'],
    ] as const) {
      it(`is 1200 × 630 with the earlier image on its ${lighter === 'start' ? 'first' : 'second'} half, ${name}`, async () => {
        const doc = await openBuilder({...FULL, ...query});
        const {size, start, end} = await halfMeans(await make(doc), vertical);
        expect(size).to.deep.equal([1200, 630]);
        // before.svg is sand (#c8b68a), after.svg grey (#6d6d6d).
        const [before, after] =
          lighter === 'start' ? [start, end] : [end, start];
        expect(before - after).to.be.above(40);
        const preview = doc.querySelector<HTMLImageElement>('#still-image')!;
        await settled([preview]);
        expect(preview.hidden).to.be.false;
        expect(preview.naturalWidth).to.equal(1200);
      });
    }

    it('says plainly when the images’ server does not allow copying (no CORS)', async () => {
      const other = new URL(location.href);
      other.hostname =
        location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const foreign = new URL(BEFORE, other).href;
      const doc = await openBuilder({...FULL, before: foreign});
      // The page shows it: only a canvas is refused.
      const img = doc.querySelector<HTMLImageElement>('img[slot="before"]')!;
      expect(img.src).to.equal(foreign);
      expect(img.naturalWidth).to.be.above(0);
      doc.querySelector<HTMLButtonElement>('#make-still')!.click();
      const status = doc.querySelector('#still-status')!;
      await until(() => /CORS/.test(status.textContent!), 'the CORS message');
      expect(status.textContent).to.contain(
        'does not allow other sites to copy them'
      );
      expect(doc.querySelector<HTMLElement>('#still-download')!.hidden).to.be
        .true;
      expect(doc.querySelector<HTMLButtonElement>('#make-still')!.disabled).to
        .be.false;
    });

    it('says which image does not load', async () => {
      const doc = await openBuilder({
        ...FULL,
        after: '/test/fixtures/none.svg',
      });
      doc.querySelector<HTMLButtonElement>('#make-still')!.click();
      const status = doc.querySelector('#still-status')!;
      await until(() => /could not/.test(status.textContent!), 'a message');
      expect(status.textContent).to.contain(
        'The later image could not be loaded'
      );
    });

    it('crops like object-fit: cover, centred', () => {
      expect(coverCrop(1600, 900, 1200, 630)).to.deep.equal({
        x: 0,
        y: 30,
        width: 1600,
        height: 840,
      });
      const tall = coverCrop(900, 1600, 1200, 630);
      expect(tall.width).to.equal(900);
      expect(tall.height).to.be.closeTo(472.5, 1e-9);
      expect(tall.y).to.be.closeTo((1600 - 472.5) / 2, 1e-9);
      expect(coverCrop(0, 0, 1200, 630).width).to.equal(0);
    });

    it('puts the earlier image on the inline-start half, or on top', () => {
      expect(halves({}).before).to.deep.equal({
        x: 0,
        y: 0,
        width: 600,
        height: 630,
      });
      expect(halves({rtl: true}).before.x).to.equal(600);
      expect(halves({vertical: true}).after).to.deep.equal({
        x: 0,
        y: 315,
        width: 1200,
        height: 315,
      });
    });

    it('places the labels where the element does, at most 45 % wide', () => {
      const start = LABEL.inset;
      expect(labelBox('before', 100, {}).x).to.equal(start);
      const after = labelBox('after', 100, {});
      expect(after.x + after.width).to.equal(STILL_WIDTH - LABEL.inset);
      expect(labelBox('before', 100, {rtl: true}).x).to.be.above(600);
      const below = labelBox('after', 100, {vertical: true});
      expect(below.x).to.equal(start);
      expect(below.y + below.height).to.equal(STILL_HEIGHT - LABEL.inset);
      expect(labelBox('before', 5000, {}).width).to.equal(STILL_WIDTH * 0.45);
    });
  });

  it('links to the article, and the article links to it', async () => {
    const doc = await openBuilder({});
    const back = [...doc.querySelectorAll('a')].find(
      (a) => new URL(a.href).pathname === '/index.html'
    );
    expect(back).to.exist;
    const article = new DOMParser().parseFromString(
      await (await fetch('/index.html')).text(),
      'text/html'
    );
    const link = article.querySelector('a[href="/demo/builder.html"]')!;
    expect(link.textContent).to.equal('Make your own comparison');
  });

  for (const width of [375, 1280]) {
    it(`has no horizontal scrolling at ${width} px, and passes axe`, async () => {
      const doc = await openBuilder(FULL, {width});
      const {scrollWidth, clientWidth} = doc.documentElement;
      expect(scrollWidth).to.equal(clientWidth);
      await audit(doc);
    });
  }

  it('keeps the preview beside the form on wide screens', async () => {
    const doc = await openBuilder(FULL, {width: 1280});
    const formBox = form(doc).getBoundingClientRect();
    const previewBox = doc.querySelector('.preview')!.getBoundingClientRect();
    expect(previewBox.left).to.be.at.least(formBox.right);
    doc.defaultView!.scrollTo(0, 900);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const stuck = doc.querySelector('.preview')!.getBoundingClientRect();
    expect(stuck.top).to.be.within(0, 40);
  });
});
