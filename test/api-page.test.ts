import {expect} from '@open-wc/testing';
import type {BeforeAfter} from '../src/before-after.js';
import type {BeforeAfterCaption} from '../src/before-after-caption.js';
import {appendFrame} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {settled, until} from './helpers/wait.js';

guardConsole();

/*
 * The API reference (demo/api.html), loaded in an iframe: for every custom
 * element that custom-elements.json declares, the reference names each of
 * its documented attributes (and its slots, events, CSS parts and custom
 * properties), and the live preview holds a working comparison. The names
 * come from the manifest here, so a new attribute or element is checked as
 * soon as `npm run analyze` lists it.
 */

interface Named {
  name: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  slots?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
const manifest: {modules: {declarations?: Declaration[]}[]} = await (
  await fetch('/custom-elements.json')
).json();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);

async function openPage(tag: string, width = 1280): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0;display:block`;
  frame.src = `/demo/api.html#${tag}`;
  await appendFrame(frame);
  watchFrame(frame.contentWindow!);
  return frame;
}

/** The reference's panel once it shows `tag`. */
function docsFor(doc: Document, tag: string): Promise<Element> {
  return until(() => {
    const root = doc.querySelector('api-docs')?.shadowRoot;
    const title = root?.querySelector('[part="header-title"]')?.textContent;
    return title === `<${tag}>`
      ? (root!.querySelector('api-docs-layout') ?? undefined)
      : undefined;
  }, `the reference of <${tag}>`);
}

/** The names the reference gives as attributes: its Attributes tab, and the Attribute column of its Properties. */
function shownAttributes(layout: Element): string[] {
  return [...layout.querySelectorAll('[part="docs-column"]')].flatMap(
    (column) => {
      const label = column.querySelector('[part="docs-label"]')?.textContent;
      const value = column
        .querySelector('[part="docs-value"]')
        ?.textContent?.trim();
      return value &&
        (label === 'Attribute' || column.matches('.column-name-attr'))
        ? [value]
        : [];
    }
  );
}

/** The preview's output once its comparison has drawn. */
async function previewFor(doc: Document, tag: string) {
  const output = await until(() => {
    const out = doc
      .querySelector('api-demo')
      ?.shadowRoot?.querySelector('[part="demo-output"]');
    return out?.querySelector(tag) && out;
  }, `the preview of <${tag}>`);
  // A note's comparison is drawn before the page gives it its images (on
  // api-demo's `rendered` event), so wait for both images too.
  const comparison = await until(
    () =>
      output.querySelector<BeforeAfter>(
        'before-after[rendered]:has(> img[slot="before"]):has(> img[slot="after"])'
      ) ?? undefined,
    `a drawn comparison with both images in the preview of <${tag}>`
  );
  await settled(...comparison.querySelectorAll('img'));
  return {output, comparison};
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

describe('the API reference page', () => {
  it('lists every custom element of the manifest in its picker', async () => {
    frame = await openPage('before-after');
    const doc = frame.contentDocument!;
    const links = await until(() => {
      const found = doc.querySelectorAll<HTMLAnchorElement>('.api-picker a');
      return found.length ? [...found] : undefined;
    }, 'the picker');
    expect(links.map((a) => a.hash.slice(1)).sort()).to.deep.equal(
      elements.map((d) => d.tagName).sort()
    );
  });

  for (const element of elements) {
    const tag = element.tagName!;
    it(`documents every attribute, slot, event, part and custom property of <${tag}>`, async () => {
      frame = await openPage(tag);
      const layout = await docsFor(frame.contentDocument!, tag);
      const attributes = (element.attributes ?? []).map((a) => a.name);
      expect(attributes.length, 'attributes in the manifest').to.be.above(0);
      const shown = shownAttributes(layout);
      expect(
        attributes.filter((name) => !shown.includes(name)),
        `<${tag}>'s attributes missing from the reference`
      ).to.deep.equal([]);
      const text = layout.textContent!;
      for (const {name} of [
        ...(element.slots ?? []),
        ...(element.events ?? []),
        ...(element.cssParts ?? []),
        ...(element.cssProperties ?? []),
      ].filter((x) => x.name))
        expect(text, `<${tag}>'s reference`).to.contain(name);
    });

    it(`shows <${tag}> live in a working comparison`, async () => {
      frame = await openPage(tag);
      const doc = frame.contentDocument!;
      const {output, comparison} = await previewFor(doc, tag);
      const slider = comparison.shadowRoot!.querySelector('[role="slider"]');
      expect(slider, 'the handle').to.exist;
      const box = comparison.getBoundingClientRect();
      expect(box.width).to.be.above(200);
      expect(box.height).to.be.above(100);
      for (const name of ['before', 'after']) {
        const slot = comparison.shadowRoot!.querySelector<HTMLSlotElement>(
          `slot[name="${name}"]`
        );
        const [img] = slot!.assignedElements() as HTMLImageElement[];
        expect(img?.naturalWidth, `the ${name} image`).to.be.above(0);
      }
      // The handle answers the keyboard.
      const before = comparison.value;
      comparison.focus();
      slider!.dispatchEvent(
        new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true})
      );
      await comparison.updateComplete;
      expect(comparison.value).to.not.equal(before);
      expect(slider!.getAttribute('aria-valuenow')).to.equal(
        String(comparison.value)
      );
      if (tag === 'before-after-caption') {
        const caption = output.querySelector<BeforeAfterCaption>(tag)!;
        expect(caption.control).to.equal(comparison);
      }
      if (tag === 'before-after-note') {
        const note = output.querySelector(tag)!;
        expect(note.parentElement).to.equal(comparison);
        await until(
          () => comparison.shadowRoot!.querySelector('[part~="marker"]'),
          'the note’s marker'
        );
      }
    });
  }

  it('changes the preview from its knobs: an attribute and a CSS custom property', async () => {
    frame = await openPage('before-after');
    const doc = frame.contentDocument!;
    const {comparison} = await previewFor(doc, 'before-after');
    const layout = doc
      .querySelector('api-demo')!
      .shadowRoot!.querySelector('api-demo-layout')!;
    const set = (selector: string, value: string) => {
      const input = layout.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('change', {bubbles: true}));
    };
    set('input[data-name="value"]', '25');
    set('select[data-name="orientation"]', 'vertical');
    set('input[data-name="--before-after-divider-color"]', 'rgb(255, 0, 0)');
    await until(
      () => comparison.getAttribute('orientation') === 'vertical',
      'the vertical comparison'
    );
    await comparison.updateComplete;
    expect(comparison.value).to.equal(25);
    const slider = comparison.shadowRoot!.querySelector('[role="slider"]')!;
    expect(slider.getAttribute('aria-valuenow')).to.equal('25');
    expect(slider.getAttribute('aria-orientation')).to.equal('vertical');
    expect(
      getComputedStyle(comparison)
        .getPropertyValue('--before-after-divider-color')
        .trim()
    ).to.equal('rgb(255, 0, 0)');
  });

  for (const width of [375, 1280]) {
    it(`has no horizontal scrolling at ${width} px`, async () => {
      frame = await openPage('before-after', width);
      const doc = frame.contentDocument!;
      await previewFor(doc, 'before-after');
      const {scrollWidth, clientWidth} = doc.documentElement;
      expect(scrollWidth).to.equal(clientWidth);
    });
  }
});
