import {expect, fixture, html} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import {
  AFTER,
  BEFORE,
  SQUARE,
  compare,
  frames,
  settled,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

/*
 * The page's own markup is trusted: a slotted image may use any address an
 * <img> accepts. What this is for: WordPress lazy-load plugins write a data:
 * placeholder in `src` and the real address in `data-lazy-src`, and their
 * script swaps them after the page loads.
 */

/** The placeholders lazy-load plugins write: a 1×1 SVG, and one sized by its viewBox alone. */
const PLACEHOLDERS = {
  '1×1 SVG':
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20width='1'%20height='1'%3E%3C/svg%3E",
  'viewBox-only SVG':
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201600%20900'%3E%3C/svg%3E",
};

/** `<img src="data:…" data-lazy-src="…" width height>`, as the plugin writes it. */
function lazyImage(
  slot: string,
  placeholder: string,
  real: string
): HTMLImageElement {
  const img = document.createElement('img');
  Object.assign(img, {slot, alt: `${slot} photo`, width: 1600, height: 900});
  img.src = placeholder;
  img.dataset['lazySrc'] = real;
  return img;
}

/** What the plugin's script does: the real address in place of the placeholder. */
function swap(img: HTMLImageElement): void {
  img.src = img.dataset['lazySrc']!;
  img.removeAttribute('data-lazy-src');
}

/** The messages shown in place of images, as the reader reads them. */
const errors = (el: BeforeAfter): string[] =>
  [...(el.shadowRoot?.querySelectorAll('[part=error]') ?? [])].map(
    (error) => error.textContent?.trim() ?? ''
  );

interface Sample {
  errors: string[];
  height: number;
  hidden: number;
}

/** Records what the reader sees on every animation frame until `stop`. */
function sampleEveryFrame(el: BeforeAfter): {
  samples: Sample[];
  stop: () => Sample[];
} {
  const samples: Sample[] = [];
  let frame = 0;
  const tick = () => {
    samples.push({
      errors: errors(el),
      height: el.getBoundingClientRect().height,
      hidden: [...el.querySelectorAll('img')].filter(
        (img) => getComputedStyle(img).visibility !== 'visible'
      ).length,
    });
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  const stop = () => {
    cancelAnimationFrame(frame);
    return samples;
  };
  return {samples, stop};
}

async function lazyComparison(
  placeholder: string,
  real: {before: string; after: string}
): Promise<{el: BeforeAfter; samples: Sample[]; stop: () => Sample[]}> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width:640px"></div>`
  );
  const el = document.createElement('before-after');
  el.append(
    lazyImage('before', placeholder, real.before),
    lazyImage('after', placeholder, real.after)
  );
  const {samples, stop} = sampleEveryFrame(el);
  wrapper.append(el);
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  return {el, samples, stop};
}

describe('<before-after> image addresses from the page', () => {
  for (const [kind, placeholder] of Object.entries(PLACEHOLDERS)) {
    it(`shows a lazy-load ${kind} placeholder, then the real image: no error at any frame, no resize`, async () => {
      // Slow, so the swap spans many frames.
      const real = {
        before: `/slow/300${BEFORE}?${Math.random()}`,
        after: `/slow/300${AFTER}?${Math.random()}`,
      };
      const {el, stop} = await lazyComparison(placeholder, real);
      await frames(3);
      const images = [...el.querySelectorAll('img')];
      images.forEach(swap);
      await settled(...images);
      await frames(3);
      const samples = stop();

      expect(samples.length, 'frames sampled').to.be.above(10);
      expect(samples.filter((s) => s.errors.length > 0)).to.deep.equal([]);
      expect(samples.filter((s) => s.hidden > 0)).to.deep.equal([]);
      // The box comes from the width/height attributes: 640 × 900 / 1600, whatever is loaded.
      expect(new Set(samples.map((s) => s.height))).to.deep.equal(
        new Set([360])
      );
      for (const img of images) {
        expect(img.currentSrc).to.match(/\/fixtures\/(before|after)\.svg/);
        expect(img.naturalWidth).to.be.above(1);
      }
    });
  }

  it('says "Image unavailable" when the real image behind a placeholder fails', async () => {
    const {el, samples, stop} = await lazyComparison(PLACEHOLDERS['1×1 SVG'], {
      before: BEFORE,
      after: '/test/fixtures/gone.jpg',
    });
    await frames(3);
    const images = [...el.querySelectorAll('img')];
    const swappedAt = samples.length;
    images.forEach(swap);
    await settled(...images);
    await frames(3);
    stop();
    // Not while the placeholder showed: only once the real address failed.
    expect(samples.slice(0, swappedAt).flatMap((s) => s.errors)).to.deep.equal(
      []
    );
    expect(samples.at(-1)!.errors).to.deep.equal([
      'Image unavailable: after photo',
    ]);
    expect(errors(el)).to.deep.equal(['Image unavailable: after photo']);
  });

  it('shows a blob: image', async () => {
    const blob = await (await fetch(SQUARE)).blob();
    const url = URL.createObjectURL(blob);
    try {
      const el = await compare({}, {after: url});
      const img = el.querySelector<HTMLImageElement>('[slot=after]')!;
      expect(errors(el)).to.deep.equal([]);
      expect(img.naturalWidth).to.be.above(0);
      expect(getComputedStyle(img).visibility).to.equal('visible');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows data: candidates in srcset and <source>', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:640px"></div>`
    );
    wrapper.innerHTML = `<before-after>
      <picture slot="before"><source srcset="${PLACEHOLDERS['1×1 SVG']} 1x" type="image/svg+xml"><img src="${BEFORE}" alt="before photo" width="1600" height="900"></picture>
      <img slot="after" srcset="${PLACEHOLDERS['1×1 SVG']} 1x, ${AFTER} 2x" src="${AFTER}" alt="after photo" width="1600" height="900">
    </before-after>`;
    const el = wrapper.querySelector('before-after')!;
    await el.updateComplete;
    await settled(...el.querySelectorAll('img'));
    await el.updateComplete;
    expect(errors(el)).to.deep.equal([]);
    expect(el.getBoundingClientRect().height).to.equal(360);
  });
});
