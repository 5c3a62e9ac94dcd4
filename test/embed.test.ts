import {expect, nextFrame, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import type {BeforeAfter} from '../src/before-after.js';

/**
 * The embed page (src/embed/embed.html, and once the built dist/embed.html)
 * in an iframe, as a host page shows it: what it renders from each source of
 * configuration, its height messages, the CSP it must run under, and what it
 * does with hostile configurations.
 */
const SOURCE = '/src/embed/embed.html';
const BUILT = '/dist/embed.html';
const FIXTURES = '/test/fixtures/embed';

const VALID: Record<string, string> = {
  before: '/test/fixtures/before.svg',
  after: '/test/fixtures/after.svg',
  'before-alt': 'The theatre with its stage façade standing',
  'after-alt': 'The theatre with the middle of its stage façade gone',
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
  'before-caption': 'The proscenium still stands.',
  'after-caption': 'The proscenium blown up.',
  caption: 'The Roman theatre at Palmyra, Syria.',
  'before-credit': 'Agency A',
  'after-credit': 'Agency B',
  credit: 'Illustration',
  width: '1600',
  height: '900',
};

/** waitUntil with room for a busy machine: its default 1 s is short for a page load with three browsers running. */
const until = (predicate: () => unknown, message?: string) =>
  waitUntil(predicate, message, {timeout: 5000});

interface Embed {
  frame: HTMLIFrameElement;
  doc: Document;
  /** Every message the frame posted to this page, in order. */
  messages: unknown[];
}

interface AmpSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** Long enough that a narrower frame is a taller one: the caption wraps more than the image shrinks. */
const LONG: Record<string, string> = {
  ...VALID,
  caption: 'The Roman theatre at Palmyra, Syria. '.repeat(30).trim(),
};

const isAmpSize = (data: unknown): data is AmpSize =>
  typeof data === 'object' &&
  data !== null &&
  (data as AmpSize).sentinel === 'amp' &&
  (data as AmpSize).type === 'embed-size';

const ampHeights = (embed: Embed) =>
  embed.messages.filter(isAmpSize).map((m) => m.height);

const top = window as Window & {pwned?: unknown};
const opened: Embed[] = [];
const stops: (() => void)[] = [];

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const {frame} of opened.splice(0)) frame.remove();
  delete top.pwned;
});

/** Opens an embed page at `path` with a query, `width` px wide, and waits until it has rendered. */
async function openEmbed(
  query: Record<string, string> | string,
  {path = SOURCE, width = 640, height = 600} = {}
): Promise<Embed> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const messages: unknown[] = [];
  const listen = (event: MessageEvent) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  };
  window.addEventListener('message', listen);
  stops.push(() => window.removeEventListener('message', listen));
  const loaded = new Promise((resolve) =>
    frame.addEventListener('load', resolve, {once: true})
  );
  const search =
    typeof query === 'string' ? query : new URLSearchParams(query).toString();
  frame.src = search ? `${path}?${search}` : path;
  document.body.append(frame);
  const embed = {frame, doc: frame.contentDocument!, messages};
  opened.push(embed);
  await loaded;
  embed.doc = frame.contentDocument!;
  await rendered(embed.doc);
  return embed;
}

/** Waits for the comparison (upgraded, images decoded) or the error message. */
async function rendered(doc: Document): Promise<void> {
  await until(
    () => doc.querySelector('.embed, .errors[role=alert]'),
    'the embed shows neither a comparison nor a message'
  );
  const comparison = doc.querySelector<BeforeAfter>('before-after');
  if (!comparison) return;
  const win = doc.defaultView!;
  await win.customElements.whenDefined('before-after-caption');
  await comparison.updateComplete;
  await doc.querySelector<BeforeAfter>('before-after-caption')?.updateComplete;
  await Promise.all(
    [...doc.images].map((img) => img.decode().catch(() => undefined))
  );
  await nextFrame();
}

/** How far down the frame's content reaches, from the content itself. */
function contentBottom({doc}: Embed): number {
  const win = doc.defaultView!;
  return (
    Math.max(
      ...[...doc.body.children].map((c) => c.getBoundingClientRect().bottom)
    ) + win.scrollY
  );
}

/** Waits until the last AMP height is within 2 px of the content's height, and returns it. */
async function settledHeight(embed: Embed): Promise<number> {
  await until(
    () => {
      const last = ampHeights(embed).at(-1);
      return last !== undefined && Math.abs(last - contentBottom(embed)) <= 2;
    },
    `no AMP height near the content height (sent ${JSON.stringify(ampHeights(embed))})`
  );
  return ampHeights(embed).at(-1)!;
}

const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const slotted = (caption: Element, slot: string) =>
  text(caption.querySelector(`[slot="${slot}"]`));

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
    // The slider's name still comes from the dates.
    const handle = comparison.shadowRoot!.querySelector('[role="slider"]')!;
    expect(handle.getAttribute('aria-label')).to.contain('June 6, 2016');
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

describe('the embed page: height messages', () => {
  it('posts its content height as an AMP message, and again when the frame gets narrower', async () => {
    const embed = await openEmbed(LONG, {width: 640, height: 1200});
    const wide = await settledHeight(embed);
    // Content, not viewport: the frame is 1200 px tall, the content much less.
    expect(wide).to.be.below(1000);
    expect(wide).to.be.above(360);

    embed.frame.style.width = '320px';
    await until(
      () => ampHeights(embed).at(-1) !== wide,
      'no new height after the width changed'
    );
    const narrow = await settledHeight(embed);
    expect(narrow).to.be.above(wide);
    expect(
      embed.messages
        .filter(isAmpSize)
        .every((m) => Object.keys(m).sort().join() === 'height,sentinel,type')
    ).to.be.true;

    // And shrinks again when the frame is wide again.
    embed.frame.style.width = '640px';
    await until(
      () => ampHeights(embed).at(-1) === wide,
      `did not shrink back to ${wide}`
    );
  });

  it('never sends the same height twice in a row unasked', async () => {
    const embed = await openEmbed(VALID);
    await settledHeight(embed);
    embed.frame.style.width = '500px';
    await until(() => ampHeights(embed).length >= 2);
    await settledHeight(embed);
    const heights = ampHeights(embed);
    for (let i = 1; i < heights.length; i++)
      expect(heights[i], `${heights}`).to.not.equal(heights[i - 1]);
  });

  it('sends the height again when the host asks: AMP frames-init and Pym width', async () => {
    const embed = await openEmbed({...VALID, childId: 'palmyra_1'});
    const height = await settledHeight(embed);
    const before = embed.messages.length;
    embed.frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'frames-init'},
      '*'
    );
    await until(
      () => embed.messages.length === before + 2,
      'frames-init got no answer'
    );
    expect(embed.messages.slice(before)).to.deep.equal([
      {sentinel: 'amp', type: 'embed-size', height},
      `pymxPYMxpalmyra_1xPYMxheightxPYMx${height}`,
    ]);
    const afterInit = embed.messages.length;
    embed.frame.contentWindow!.postMessage(
      'pymxPYMxpalmyra_1xPYMxwidthxPYMx640',
      '*'
    );
    await until(
      () => embed.messages.length === afterInit + 2,
      'a Pym width message got no answer'
    );
    expect(embed.messages.at(-1)).to.equal(
      `pymxPYMxpalmyra_1xPYMxheightxPYMx${height}`
    );

    // Neither a malformed request nor the frame's own message is an ask.
    const count = embed.messages.length;
    embed.frame.contentWindow!.postMessage(
      'pymxPYMxpalmyra_1xPYMxwidthxPYMxwide',
      '*'
    );
    embed.frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'embed-size'},
      '*'
    );
    embed.frame.contentWindow!.postMessage({type: 'frames-init'}, '*');
    // The frames-init sent after them proves they were all handled.
    embed.frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'frames-init'},
      '*'
    );
    await until(() => embed.messages.length >= count + 2);
    await nextFrame();
    expect(embed.messages.length).to.equal(count + 2);
  });

  it('sends Pym.js heights only with a valid childId', async () => {
    const embed = await openEmbed({...VALID, childId: 'story-42_b'});
    const height = await settledHeight(embed);
    expect(embed.messages).to.deep.include(
      `pymxPYMxstory-42_bxPYMxheightxPYMx${height}`
    );

    for (const childId of ['<b>x</b>', 'a'.repeat(65), 'a b', 'a.b', '']) {
      const bad = await openEmbed({...VALID, childId});
      await settledHeight(bad);
      expect(
        bad.messages.filter((m) => typeof m === 'string'),
        childId
      ).to.deep.equal([]);
    }
  });

  it("sends WordPress's height message when WordPress gave the frame a secret", async () => {
    // WordPress embeds an oEmbed iframe as src="…#?secret=…" and resizes it from {secret, message, value}.
    const query = `${new URLSearchParams(VALID)}#?secret=Ab12Cd34Ef`;
    const embed = await openEmbed(query);
    const height = await settledHeight(embed);
    expect(embed.messages).to.deep.include({
      secret: 'Ab12Cd34Ef',
      message: 'height',
      value: height,
    });

    const bad = await openEmbed(`${new URLSearchParams(VALID)}#?secret=<x>`);
    await settledHeight(bad);
    expect(
      bad.messages.filter((m) => (m as {message?: string}).message),
      'no secret, no WordPress message'
    ).to.deep.equal([]);
  });

  it('opts in to responsive iframes and calls requestResize after a change', async () => {
    const embed = await openEmbed(LONG);
    const wide = await settledHeight(embed);
    expect(
      embed.doc.head.querySelector('meta[name="responsive-embedded-sizing"]')
    ).to.not.equal(null);
    const win = embed.frame.contentWindow as Window & {
      requestResize?: () => void;
    };
    let calls = 0;
    win.requestResize = () => void calls++;
    embed.frame.style.width = '320px';
    await until(() => ampHeights(embed).at(-1) !== wide);
    await until(() => calls > 0, 'requestResize was not called');
  });

  it('still posts its height when requestResize throws NotAllowedError, and logs nothing', async () => {
    const embed = await openEmbed(LONG);
    const wide = await settledHeight(embed);
    const win = embed.frame.contentWindow as Window & {
      requestResize?: () => void;
    };
    const logged: unknown[] = [];
    const errors: unknown[] = [];
    (win as unknown as typeof globalThis).console.error = (
      ...args: unknown[]
    ) => logged.push(args);
    win.addEventListener('error', (e) => errors.push(e.message));
    win.addEventListener('unhandledrejection', (e) => errors.push(e.reason));
    let thrown = 0;
    win.requestResize = () => {
      thrown++;
      throw new DOMException('not opted in', 'NotAllowedError');
    };
    embed.frame.style.width = '320px';
    await until(() => thrown > 0, 'requestResize was not called');
    await settledHeight(embed);
    expect(ampHeights(embed).at(-1)).to.be.above(wide);
    expect(logged).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('posts its height with an error message too', async () => {
    const embed = await openEmbed({before: VALID.before!});
    const height = await settledHeight(embed);
    expect(height).to.be.above(40);
    expect(height).to.be.below(400);
  });
});

interface CspReport {
  'csp-report'?: {'document-uri'?: string; 'violated-directive'?: string};
}

const reportsSoFar = async (): Promise<CspReport[]> =>
  (await fetch('/__csp-report')).json();

/**
 * Every CSP report received until the control page's own report arrives: a
 * page with a style attribute, loaded under the same policy. Its report shows
 * that this engine does report, and that the reports before it are in.
 */
async function reportsUntilControl(): Promise<{
  page: CspReport[];
  control: CspReport[];
}> {
  const frame = document.createElement('iframe');
  frame.src = `${FIXTURES}/inline-style.html?csp=strict`;
  document.body.append(frame);
  stops.push(() => frame.remove());
  const all: CspReport[] = [];
  const fromControl = (r: CspReport) =>
    (r['csp-report']?.['document-uri'] ?? '').includes('inline-style.html');
  await waitUntil(
    async () => {
      all.push(...(await reportsSoFar()));
      return all.some(fromControl);
    },
    'the control page (a style attribute under the same policy) sent no report',
    {timeout: 5000, interval: 100}
  );
  return {
    page: all.filter((r) => !fromControl(r)),
    control: all.filter(fromControl),
  };
}

describe('the embed page: Content-Security-Policy', () => {
  for (const [name, path] of [
    ['source', SOURCE],
    ['built', BUILT],
  ]) {
    it(`runs the ${name} page under the strict policy with no violation: rendered, dragged, resized`, async () => {
      await reportsSoFar(); // clears what earlier tests left
      const embed = await openEmbed({...VALID, csp: 'strict'}, {path});
      const {doc, frame} = embed;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective)
      );

      // A reader drags the divider from the middle to 80 %.
      const comparison = doc.querySelector<BeforeAfter>('before-after')!;
      const at = (pct: number): [number, number] => {
        const outer = frame.getBoundingClientRect();
        const box = comparison.getBoundingClientRect();
        return [
          Math.round(outer.left + box.left + (box.width * pct) / 100),
          Math.round(outer.top + box.top + box.height / 2),
        ];
      };
      await sendMouse({type: 'move', position: at(50)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: at(65)});
      await sendMouse({type: 'move', position: at(80)});
      await sendMouse({type: 'up'});
      await nextFrame();
      expect(comparison.value).to.be.closeTo(80, 2);
      const divider = comparison
        .shadowRoot!.querySelector('[part="divider"]')!
        .getBoundingClientRect();
      const box = comparison.getBoundingClientRect();
      expect(divider.left + divider.width / 2 - box.left).to.be.closeTo(
        box.width * 0.8,
        3
      );

      const wide = await settledHeight(embed);
      frame.style.width = '320px';
      await until(() => ampHeights(embed).at(-1) !== wide);
      await settledHeight(embed);

      const {page, control} = await reportsUntilControl();
      expect(control).to.have.length.above(0);
      expect(page, JSON.stringify(page)).to.deep.equal([]);
      expect(violations).to.deep.equal([]);

      // The in-page listener can fail too: a style attribute is a violation here.
      doc.body.setAttribute('style', 'color: red');
      await until(
        () => violations.length > 0,
        'no securitypolicyviolation for a style attribute'
      );
      expect(getComputedStyle(doc.body).color).to.not.equal('rgb(255, 0, 0)');
      await until(async () => (await reportsSoFar()).length > 0);
    });
  }

  it('carries the policy in a meta element too, so it holds wherever the page is hosted', async () => {
    for (const path of [SOURCE, BUILT]) {
      const {doc} = await openEmbed(VALID, {path});
      const meta = doc.head.querySelector(
        'meta[http-equiv="Content-Security-Policy"]'
      );
      expect(meta?.getAttribute('content')).to.equal(
        "default-src 'self'; img-src 'self' https: data:; style-src 'self'"
      );
      // Nothing inline for the policy to refuse: no inline script, style element or attribute.
      expect(
        doc.querySelectorAll('script:not([src]), style, [style]').length
      ).to.equal(0);
    }
  });
});

const TEXT_FIELDS = [
  'before-alt',
  'after-alt',
  'before-label',
  'after-label',
  'before-caption',
  'after-caption',
  'caption',
  'before-credit',
  'after-credit',
  'credit',
  'title',
];

const MARKUP = [
  '<img src=x onerror="top.pwned=true">',
  '</script><script>top.pwned=true</script>',
  '<svg onload="top.pwned=true"></svg>',
  '"><iframe src="javascript:top.pwned=true">',
  '<style>*{display:none}</style>&lt;b&gt;',
];

/** Nothing from the payload became an element, ran, or styled the page. */
function expectNothingInjected(doc: Document): void {
  expect(top.pwned, 'a payload ran').to.equal(undefined);
  const tags = (root: ParentNode, selector: string) =>
    [...root.querySelectorAll(selector)].map((n) => n.localName);
  expect(
    tags(doc, 'script:not([src]), style, svg, iframe, [onerror], [onload], b')
  ).to.deep.equal([]);
  // The shadow roots hold the elements' own markup (the handle's svg icon) and nothing else.
  for (const host of doc.querySelectorAll('before-after, before-after-caption'))
    expect(
      tags(
        host.shadowRoot!,
        'img, iframe, script, style, b, [onerror], [onload]'
      )
    ).to.deep.equal([]);
  expect(
    [...doc.images].every(
      (img) => img.slot === 'before' || img.slot === 'after'
    )
  ).to.be.true;
}

/** The visible message names each field. */
function expectMessage(doc: Document, fields: string[]): void {
  const box = doc.querySelector<HTMLElement>('.errors[role=alert]');
  expect(box, 'no error message').to.not.equal(null);
  expect(box!.getBoundingClientRect().height).to.be.above(20);
  expect(getComputedStyle(box!).visibility).to.equal('visible');
  for (const field of fields) {
    const item = box!.querySelector(`li[data-field="${field}"]`);
    expect(item, `no message for ${field}`).to.not.equal(null);
    expect(text(item)).to.contain(field);
  }
  expect(doc.querySelector('before-after')).to.equal(null);
}

describe('the embed page: hostile configurations', () => {
  for (const payload of MARKUP) {
    it(`shows markup as text in every text field: ${payload}`, async () => {
      const query = {...VALID};
      for (const field of TEXT_FIELDS) query[field] = payload;
      const {doc} = await openEmbed(query);
      expectNothingInjected(doc);
      expect(doc.title).to.equal(payload);
      const comparison = doc.querySelector<BeforeAfter>('before-after')!;
      expect(comparison.querySelector('img')!.alt).to.equal(payload);
      expect(
        text(comparison.shadowRoot!.querySelector('[part~="before-label"]'))
      ).to.equal(payload);
      const caption = doc.querySelector('before-after-caption')!;
      expect(slotted(caption, 'before')).to.equal(payload);
      expect(slotted(caption, 'credit')).to.equal(payload);
      expect(text(caption)).to.contain(payload);
    });
  }

  const refused: [
    string,
    Record<string, string> | string,
    string[],
    string?,
  ][] = [
    ['javascript: image', {before: 'javascript:top.pwned=true'}, ['before']],
    ['JaVaScRiPt: image', {after: 'JaVaScRiPt:top.pwned=true'}, ['after']],
    [
      'percent-escaped javascript: image',
      {before: '%6Aavascript:top.pwned=true'},
      ['before'],
    ],
    [
      'tab before javascript:',
      {before: '\tjavascript:top.pwned=true'},
      ['before'],
    ],
    [
      'entity-escaped javascript:',
      {before: '&#106;avascript:top.pwned=true'},
      ['before'],
    ],
    [
      'data: HTML image',
      {after: 'data:text/html,<script>top.pwned=true</script>'},
      ['after'],
    ],
    [
      'data: SVG image',
      {before: 'data:image/svg+xml,<svg onload="top.pwned=true"/>'},
      ['before'],
    ],
    [
      'markup in lang, dir, value, orientation',
      {
        lang: '"><script>top.pwned=true</script>',
        dir: '<b>rtl</b>',
        value: '<img src=x onerror="top.pwned=true">',
        orientation: 'javascript:top.pwned=true',
      },
      ['lang', 'dir', 'value', 'orientation'],
    ],
    ['markup in width', {width: '<b>1</b>', height: '900'}, ['width']],
    ['missing everything', '', ['before', 'after', 'before-alt', 'after-alt']],
    ['config= on another origin', 'OTHER_ORIGIN', ['config']],
    [
      'config= with a javascript: address',
      {config: 'javascript:top.pwned=true'},
      ['config'],
    ],
    [
      'config= not JSON',
      {config: `${FIXTURES}/bad.json`},
      ['config'],
      'not valid JSON',
    ],
    [
      'config= a JSON array',
      {config: `${FIXTURES}/array.json`},
      ['config'],
      'JSON object',
    ],
    [
      'config= missing',
      {config: `${FIXTURES}/nowhere.json`},
      ['config'],
      '404',
    ],
    [
      'config= larger than 64 KB',
      {config: '/package-lock.json'},
      ['config'],
      'too large',
    ],
    [
      '20,000-character strings (config= file)',
      {config: `${FIXTURES}/long.json`},
      ['before', 'caption'],
      'too long',
    ],
  ];
  for (const [name, given, fields, wording] of refused) {
    it(`refuses ${name} with a message naming ${fields.join(', ')}`, async () => {
      const other =
        location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const otherConfig = `http://${other}:${location.port}${FIXTURES}/palmyra.json`;
      const query =
        given === 'OTHER_ORIGIN'
          ? {config: otherConfig}
          : typeof given === 'string'
            ? given
            : given.config
              ? given
              : {...VALID, ...given};
      const {doc} = await openEmbed(query);
      expectNothingInjected(doc);
      expectMessage(doc, fields);
      expect(doc.images.length).to.equal(0);
      if (wording)
        expect(text(doc.querySelector('.errors'))).to.contain(wording);
      if (given === 'OTHER_ORIGIN') {
        expect(text(doc.querySelector('.errors'))).to.contain(location.origin);
        const fetched = doc
          .defaultView!.performance.getEntriesByType('resource')
          .map((e) => e.name);
        expect(fetched).to.not.include(otherConfig);
      }
    });
  }

  it('refuses a baked-in configuration that is not JSON', async () => {
    const {doc} = await openEmbed('', {path: `${FIXTURES}/baked-bad.html`});
    expectMessage(doc, ['config']);
    expect(text(doc.querySelector('.errors'))).to.contain('not valid JSON');
  });

  it('names only the bad field when the others are fine', async () => {
    const {doc} = await openEmbed({...VALID, 'before-label': 'x'.repeat(81)});
    expectMessage(doc, ['before-label']);
    expect(doc.querySelectorAll('.errors li').length).to.equal(1);
    expect(text(doc.querySelector('.errors li'))).to.contain('too long');
  });
});
