import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {appendFrame, audit} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';

guardConsole();

/**
 * The article page (index.html), loaded in an iframe as a reader gets it: with
 * JavaScript, or in a sandbox without `allow-scripts`, which is the browser
 * running the page with JavaScript disabled.
 */
async function openPage(
  path: string,
  {width = 1280, scripts = true} = {}
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:800px;border:0;display:block`;
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.src = path;
  await appendFrame(frame);
  watchFrame(frame.contentWindow!);
  const doc = frame.contentDocument!;
  await Promise.all(
    [...doc.images].map((img) => img.decode().catch(() => undefined))
  );
  if (scripts) {
    await frame.contentWindow!.customElements.whenDefined(
      'before-after-caption'
    );
    await (doc.querySelector('before-after') as BeforeAfter).updateComplete;
    // Defined, a panel draws in its turn (turns.ts): its first update is that.
    for (const caption of doc.querySelectorAll('before-after-caption'))
      await (caption as BeforeAfterCaption).updateComplete;
  }
  return frame;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('the article page', () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`has no horizontal scrolling at ${width} px`, async () => {
      frame = await openPage('/index.html', {width});
      const doc = frame.contentDocument!;
      // clientWidth: the viewport less any classic scrollbar (Firefox draws one).
      const {scrollWidth, clientWidth} = doc.documentElement;
      expect(clientWidth).to.be.above(width - 20);
      expect(scrollWidth).to.equal(clientWidth);
      const comparison = doc
        .querySelector('before-after')!
        .getBoundingClientRect();
      expect(comparison.right).to.be.at.most(clientWidth);
      expect(comparison.width).to.be.above(width / 2);
    });
  }

  it('carries every paragraph of the article, its headline, standfirst and source line', async () => {
    frame = await openPage('/index.html');
    const text = frame.contentDocument!.body.textContent!.replace(/\s+/g, ' ');
    for (const phrase of [
      'Drone footage shows fresh ISIL destruction in Palmyra',
      'Extremists recaptured historic Syrian city in December',
      'Russia’s military on Monday released drone footage',
      'the tetrapylon, a 16-column structure',
      'blew up the proscenium',
      'razed world-famous temples and tower tombs',
      'some nine months later',
      'at least eight chemical attacks',
      'from November 17 to December 13',
      'from February 23 in Geneva',
      'Kazakhstan is hosting',
      'ready to release prisoners',
      'Associated Press and Agence France-Presse',
    ]) {
      expect(text).to.contain(phrase);
    }
  });

  it('shows the comparison with its dates, caption and credits', async () => {
    frame = await openPage('/index.html');
    const doc = frame.contentDocument!;
    const caption = doc.querySelector('before-after-caption')!;
    expect(caption.control).to.equal(doc.querySelector('before-after'));
    expect(caption.closest('figcaption')?.parentElement?.localName).to.equal(
      'figure'
    );
    const dates = [
      ...caption.shadowRoot!.querySelectorAll('[part="date"]'),
    ].map((d) => d.textContent);
    expect(dates).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    expect(caption.textContent).to.contain(
      'Russian Defence Ministry Press Service via AP'
    );
    expect(caption.textContent).to.contain('illustrations of the scene');
    expect(caption.textContent).to.contain('This photo combo');
  });

  it('passes an axe audit of the whole page', async () => {
    frame = await openPage('/index.html');
    await audit(frame.contentDocument!);
  });

  it('makes sense without JavaScript: both images, 2016 above 2017, with the caption and credits', async () => {
    frame = await openPage('/index.html', {width: 375, scripts: false});
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('before-after')).to.equal(
      undefined
    );
    const [before, after] = [
      ...doc.querySelectorAll<HTMLImageElement>('before-after img'),
    ];
    const a = before!.getBoundingClientRect();
    const b = after!.getBoundingClientRect();
    expect(a.height).to.be.above(150);
    expect(b.height).to.be.above(150);
    expect(b.top).to.be.at.least(a.bottom);
    expect(before!.currentSrc).to.contain('2016');
    expect(after!.currentSrc).to.contain('2017');
    const caption = doc.querySelector('before-after-caption')!;
    const shown = caption.getBoundingClientRect();
    expect(shown.top).to.be.at.least(b.bottom);
    expect(caption.textContent!.replace(/\s+/g, ' ')).to.contain(
      'on June 6, 2016, top, and on February 5, 2017, below'
    );
    expect(caption.textContent).to.contain(
      'Russian Defence Ministry Press Service via AP'
    );
    expect(doc.documentElement.scrollWidth).to.equal(
      doc.documentElement.clientWidth
    );
  });

  it('reserves the comparison’s box before it upgrades, so nothing shifts', async () => {
    frame = await openPage('/index.html', {width: 768});
    const upgraded = frame
      .contentDocument!.querySelector('before-after')!
      .getBoundingClientRect();
    // The same page before its module has run: JavaScript on, the element not yet defined.
    const source = await (await fetch('/index.html')).text();
    const pending = document.createElement('iframe');
    pending.style.cssText = 'width:768px;height:800px;border:0;display:block';
    pending.srcdoc = source
      .replace('<head>', '<head><base href="/" />')
      .replace(/<script type="module"[^>]*><\/script>/, '');
    await appendFrame(pending);
    try {
      const before = pending.contentDocument!.querySelector('before-after')!;
      expect(
        pending.contentWindow!.customElements.get('before-after')
      ).to.equal(undefined);
      const box = before.getBoundingClientRect();
      expect(box.height).to.be.closeTo(upgraded.height, 1);
      expect(box.top).to.be.closeTo(upgraded.top, 1);
    } finally {
      pending.remove();
    }
  });

  for (const width of [375, 1280]) {
    it(`the options page: no horizontal scrolling at ${width} px, and an axe audit`, async () => {
      frame = await openPage('/demo/options.html', {width});
      const doc = frame.contentDocument!;
      expect(doc.querySelectorAll('before-after')).to.have.length(6);
      expect(doc.documentElement.scrollWidth).to.equal(
        doc.documentElement.clientWidth
      );
      await audit(frame.contentDocument!);
    });

    it(`the gallery page: 30 comparisons, each panel with its dates, no horizontal scrolling at ${width} px, and an axe audit`, async function () {
      this.timeout(30000);
      frame = await openPage('/demo/gallery.html', {width});
      const doc = frame.contentDocument!;
      const comparisons = [
        ...doc.querySelectorAll<BeforeAfter>('before-after'),
      ];
      expect(comparisons).to.have.length(30);
      expect(new Set(comparisons.map((c) => c.value)).size).to.be.above(20);
      const panels = [
        ...doc.querySelectorAll<BeforeAfterCaption>('before-after-caption'),
      ];
      expect(panels).to.not.be.empty;
      for (const panel of panels) {
        await panel.control!.updateComplete;
        await panel.updateComplete;
        const dates = [
          ...panel.shadowRoot!.querySelectorAll('[part="date"]'),
        ].map((d) => d.textContent);
        expect(dates, panel.htmlFor).to.deep.equal([
          'June 6, 2016',
          'February 5, 2017',
        ]);
      }
      expect(doc.documentElement.scrollWidth).to.equal(
        doc.documentElement.clientWidth
      );
      await audit(doc);
    });
  }
});
