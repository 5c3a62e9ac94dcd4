import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../../src/before-after.js';
import {appendFrame} from './frames.js';
import {watchFrame} from './guards.js';
import {settled, until} from './wait.js';

/*
 * The embed builder (demo/builder.html) in an iframe, as an editor uses it,
 * and host pages with its snippets pasted in, for the
 * test/builder.*.test.ts files. The console trap watches every page they
 * open.
 */

export const BEFORE = '/test/fixtures/before.svg';
export const AFTER = '/test/fixtures/after.svg';

export const FULL: Record<string, string> = {
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

/** This page, where a payload that ran would set `pwned`. */
export const top = window as Window & {pwned?: number};

const frames: HTMLIFrameElement[] = [];

/** Removes the test's frames and forgets `pwned`: each builder test file's afterEach. */
export function closeFrames(): void {
  for (const frame of frames.splice(0)) frame.remove();
  delete top.pwned;
}

function frame(width: number): HTMLIFrameElement {
  const el = document.createElement('iframe');
  el.style.cssText = `width:${width}px;height:900px;border:0;display:block`;
  frames.push(el);
  return el;
}

/**
 * Opens the builder with its address's query, `width` px wide, and waits for
 * its preview. `search` is a whole query string instead, for repeated
 * parameters (one `note` per note).
 */
export async function openBuilder(
  query: Record<string, string>,
  {width = 1280, search = ''} = {}
): Promise<Document> {
  const el = frame(width);
  el.src = `/demo/builder.html?${search || new URLSearchParams(query)}`;
  await appendFrame(el);
  const win = el.contentWindow!;
  watchFrame(win);
  await win.customElements.whenDefined('before-after-caption');
  const doc = el.contentDocument!;
  await (doc.querySelector('before-after') as BeforeAfter).updateComplete;
  await settled(...doc.querySelectorAll<HTMLImageElement>('before-after img'));
  return doc;
}

/** A page of another site with the snippet pasted into its body. */
export async function hostPage(snippet: string): Promise<HTMLIFrameElement> {
  const el = frame(800);
  el.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${snippet}</body></html>`;
  const loaded = appendFrame(el);
  // In view, or the iframe snippet's loading="lazy" never loads.
  el.scrollIntoView();
  await loaded;
  watchFrame(el.contentWindow!);
  return el;
}

export const form = (doc: Document) => doc.querySelector('form')!;
/** What the form sends under `name`: nothing for an unchecked box or a disabled field. */
export function valueOf(doc: Document, name: string): string | undefined {
  const item = form(doc).elements.namedItem(name) as HTMLInputElement;
  if (item.disabled || (item.type === 'checkbox' && !item.checked))
    return undefined;
  return item.value;
}
export const snippet = (doc: Document, name: string) =>
  doc.querySelector(`[data-snippet="${name}"]`)!.textContent!;
export const control = (doc: Document, name: string) =>
  doc.querySelector<HTMLInputElement>(`#f-${name}`)!;

/** Types into a field and leaves it, as an editor does. */
export function edit(doc: Document, name: string, value: string): void {
  const input = control(doc, name);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
}

/** What a reader gets from a comparison: attributes, images, drawn labels and the panel's text. */
export async function reading(root: Document) {
  const el = root.querySelector('before-after') as BeforeAfter;
  await el.updateComplete;
  const panel = root.querySelector('before-after-caption')!;
  await (panel as unknown as BeforeAfter).updateComplete;
  const attr = (name: string) => el.getAttribute(name);
  return {
    value: attr('value'),
    orientation: attr('orientation'),
    zoom: attr('zoom'),
    maxZoom: attr('max-zoom'),
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

/** The builder's preview, its box (`part="base"`) and its markers. */
export const previewOf = (doc: Document) =>
  doc.querySelector('before-after') as BeforeAfter;
export const baseOf = (doc: Document) =>
  previewOf(doc)
    .shadowRoot!.querySelector('[part~="base"]')!
    .getBoundingClientRect();
export const markersOf = (doc: Document) => [
  ...previewOf(doc).shadowRoot!.querySelectorAll<HTMLButtonElement>(
    '[part~="marker"]'
  ),
];
/** The form's fieldset for each note, in order. */
export const noteBoxes = (doc: Document) => [
  ...doc.querySelectorAll<HTMLFieldSetElement>('#notes > fieldset'),
];

/** Waits until the preview shows `count` markers, placed (their code arrives when the first note does). */
export async function markersReady(
  doc: Document,
  count: number
): Promise<HTMLButtonElement[]> {
  const preview = previewOf(doc);
  return until(async () => {
    await preview.updateComplete;
    const shown = markersOf(doc).filter(
      (marker) => !marker.hidden && marker.style.translate !== ''
    );
    return shown.length === count ? shown : null;
  }, `${count} markers in the preview`);
}

/** A point of the builder's viewport as a point of this page's, rounded for WebDriver. */
export function pagePoint(
  doc: Document,
  x: number,
  y: number
): [number, number] {
  const frame = doc.defaultView!.frameElement!.getBoundingClientRect();
  return [Math.round(frame.left + x), Math.round(frame.top + y)];
}

/** The builder's viewport point that `pagePoint` sends to, once rounded: what the page really gets. */
export function framePoint(doc: Document, [x, y]: [number, number]) {
  const frame = doc.defaultView!.frameElement!.getBoundingClientRect();
  return {x: x - frame.left, y: y - frame.top};
}

/** A real mouse press (down and up, no move between) at a builder's viewport point. */
export async function press(doc: Document, x: number, y: number) {
  const at = pagePoint(doc, x, y);
  // Measured before: what the press does may scroll the page.
  const pressed = framePoint(doc, at);
  await sendMouse({type: 'move', position: at});
  await sendMouse({type: 'down'});
  await sendMouse({type: 'up'});
  return pressed;
}
