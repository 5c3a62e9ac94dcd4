import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {AFTER, BEFORE} from './helpers/element.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {until} from './helpers/wait.js';

guardConsole();

/*
 * A page pays only for what it uses: pages built on the script-tag build
 * (dist/cdn/, as the README's snippet loads it), in an iframe, and the
 * requests each makes, from its own Resource Timing.
 */

// Each page's own image URLs: an image the browser has in its memory cache
// has no Resource Timing entry in Firefox.
let pages = 0;
const comparison = () => {
  const page = ++pages;
  return `<before-after before-label="June 6, 2016" after-label="February 5, 2017" value="40"
  ><img slot="before" src="${BEFORE}?${page}" alt="Before" width="800" height="450"
  /><img slot="after" src="${AFTER}?${page}" alt="After" width="800" height="450"
/></before-after>`;
};

async function openPage(body: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/dist/cdn/before-after.css">
    <script type="module" src="/dist/cdn/before-after.js"></script>
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  watchFrame(win);
  // The comparison drawn, where the page's markup has one.
  const el = body.includes('<before-after ')
    ? await until(
        () =>
          win.document.querySelector<BeforeAfter>('before-after[rendered]') ??
          null,
        'the comparison has drawn'
      )
    : null;
  return {frame, win, doc: win.document, el};
}

/** The files the page fetched, by name, without their content hashes. */
const fetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) =>
      new URL(entry.name).pathname
        .split('/')
        .pop()!
        .replace(/-[\w-]{8}\.js$/, '-*.js')
    )
    .sort();

describe('lazy chunks of the script-tag build', () => {
  afterEach(() =>
    document.querySelectorAll('iframe').forEach((f) => f.remove())
  );

  it('a bare comparison fetches the script, its stylesheet and its two images, and nothing more, even when used', async () => {
    const {win, el} = await openPage(comparison());
    if (!el) throw new Error('no comparison');
    el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(el.value).to.equal(41);
    // Time for anything lazy to have been asked for.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched(win)).to.deep.equal(
      ['after.svg', 'before-after.css', 'before-after.js', 'before.svg'].sort()
    );
    expect(win.customElements.get('before-after-caption')).to.equal(undefined);
  });

  it('a page with a caption panel fetches its code, and the panel shows the dates', async () => {
    const {win, doc} = await openPage(
      `${comparison().replace('<before-after ', '<before-after id="c" ')}
      <before-after-caption for="c">Palmyra's theatre.</before-after-caption>`
    );
    const panel = doc.querySelector<BeforeAfterCaption>(
      'before-after-caption'
    )!;
    await until(
      () => panel.shadowRoot?.textContent?.includes('June 6, 2016'),
      'the panel shows the before date'
    );
    expect(fetched(win)).to.include('before-after-caption-*.js');
    expect(fetched(win)).not.to.include('hint-controller-*.js');
  });

  it('a caption panel added later by script is fetched and upgraded then', async () => {
    const {win, doc} = await openPage(
      comparison().replace('<before-after ', '<before-after id="c" ')
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetched(win)).not.to.include('before-after-caption-*.js');
    const holder = doc.createElement('div');
    holder.innerHTML =
      '<before-after-caption for="c">Added.</before-after-caption>';
    doc.body.append(holder);
    const panel = holder.firstElementChild!;
    await until(
      () => panel.shadowRoot?.textContent?.includes('February 5, 2017'),
      'the added panel shows the after date'
    );
    expect(fetched(win)).to.include('before-after-caption-*.js');
  });

  it("a caption panel in a component's shadow root, beside its comparison, is fetched and upgraded", async () => {
    const {win, doc} = await openPage('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({mode: 'open'});
    root.innerHTML = `${comparison().replace('<before-after ', '<before-after id="c" ')}
      <before-after-caption for="c">In a shadow root.</before-after-caption>`;
    const panel = root.querySelector('before-after-caption')!;
    await until(
      () => panel.shadowRoot?.textContent?.includes('June 6, 2016'),
      'the panel in the shadow root shows the before date'
    );
    expect(fetched(win)).to.include('before-after-caption-*.js');
  });

  it('a comparison with hint fetches the hint, and plays it', async () => {
    const {win, el} = await openPage(
      comparison().replace('value="40"', 'value="40" hint')
    );
    if (!el) throw new Error('no comparison');
    const handle = el.shadowRoot!.querySelector<HTMLElement>('.handle')!;
    const start = handle.style.transform;
    await until(
      () => fetched(win).includes('hint-controller-*.js'),
      'the hint is fetched'
    );
    if (!win.matchMedia('(prefers-reduced-motion: reduce)').matches)
      await until(() => handle.style.transform !== start, 'the divider swings');
    // The value is never touched: the swing is drawn around it.
    expect(el.value).to.equal(40);
  });
});
