import {nextFrame} from '@open-wc/testing';
import type {BeforeAfter} from '../../src/before-after.js';
import {appendFrame} from './frames.js';
import {watchFrame} from './guards.js';
import {until} from './wait.js';

/*
 * The embed page (src/embed/embed.html, and once built dist/embed.html) in an
 * iframe, as a host page shows it, for the test/embed.*.test.ts files; and the
 * configuration's text fields, written out here rather than taken from src/.
 */

export const SOURCE = '/src/embed/embed.html';
export const BUILT = '/dist/embed.html';
export const FIXTURES = '/test/fixtures/embed';

export const VALID: Record<string, string> = {
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

/** Long enough that a narrower frame is a taller one: the caption wraps more than the image shrinks. */
export const LONG: Record<string, string> = {
  ...VALID,
  caption: 'The Roman theatre at Palmyra, Syria. '.repeat(30).trim(),
};

/** Every field a configuration shows as text. */
export const TEXT_FIELDS = [
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

export interface Embed {
  frame: HTMLIFrameElement;
  doc: Document;
  /** Every message the frame posted to this page, in order. */
  messages: unknown[];
}

export interface AmpSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export const isAmpSize = (data: unknown): data is AmpSize =>
  typeof data === 'object' &&
  data !== null &&
  (data as AmpSize).sentinel === 'amp' &&
  (data as AmpSize).type === 'embed-size';

export const ampHeights = (embed: Embed) =>
  embed.messages.filter(isAmpSize).map((m) => m.height);

/** This page, where a payload that ran would set `pwned`. */
export const top = window as Window & {pwned?: unknown};

const opened: Embed[] = [];
const cleanups: (() => void)[] = [];

/** Has `closeEmbeds` run `cleanup` too, at the end of the test. */
export const atClose = (cleanup: () => void) => void cleanups.push(cleanup);

/** Removes the test's embeds and their message listeners, and forgets `pwned`: each embed test file's afterEach. */
export function closeEmbeds(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const {frame} of opened.splice(0)) frame.remove();
  delete top.pwned;
}

/**
 * Opens an embed page at `path` with a query, `width` px wide, and waits
 * until it has rendered. The console trap watches it from its load on.
 */
export async function openEmbed(
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
  atClose(() => window.removeEventListener('message', listen));
  const search =
    typeof query === 'string' ? query : new URLSearchParams(query).toString();
  frame.src = search ? `${path}?${search}` : path;
  const embed = {frame, doc: frame.contentDocument!, messages};
  const loaded = appendFrame(frame);
  opened.push(embed);
  await loaded;
  watchFrame(frame.contentWindow!);
  embed.doc = frame.contentDocument!;
  await rendered(embed.doc);
  return embed;
}

/** Waits for the comparison (upgraded, images decoded) or the error message. */
export async function rendered(doc: Document): Promise<void> {
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
export async function settledHeight(embed: Embed): Promise<number> {
  await until(
    () => {
      const last = ampHeights(embed).at(-1);
      return last !== undefined && Math.abs(last - contentBottom(embed)) <= 2;
    },
    `no AMP height near the content height (sent ${JSON.stringify(ampHeights(embed))})`
  );
  return ampHeights(embed).at(-1)!;
}

/** A node's text with white space folded. */
export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of the panel's element in `slot`. */
export const slotted = (caption: Element, slot: string) =>
  text(caption.querySelector(`[slot="${slot}"]`));

/** Two notes as a configuration gives them: the proscenium, then the tetrapylon on the earlier image only. */
export const NOTES = [
  {
    x: 50,
    y: 38,
    value: 25,
    text: 'The proscenium: standing in June 2016, rubble by February 2017.',
  },
  {
    x: 86,
    y: 22,
    value: 75,
    side: 'before',
    text: 'The tetrapylon’s sixteen columns, thrown down since.',
  },
] as const;

/** A query string: the fields, then one `note=x,y[,value][,side][,3x]:text` per note, written out here. */
export function noteQuery(
  fields: Record<string, string>,
  notes: readonly {
    x: number;
    y: number;
    value?: number;
    side?: string;
    zoom?: number;
    text: string;
  }[]
): string {
  const params = new URLSearchParams(fields);
  for (const {x, y, value, side, zoom, text} of notes) {
    const head = [x, y, value, side, zoom === undefined ? zoom : `${zoom}x`];
    params.append(
      'note',
      `${head.filter((v) => v !== undefined).join(',')}:${text}`
    );
  }
  return params.toString();
}

/** The attributes a page wrote on an element: not `rendered`, which the element sets on itself once drawn. */
export const written = (el: Element) =>
  [...el.attributes].filter((a) => a.name !== 'rendered');

/** The notes the page wrote: attributes and text of each `<before-after-note>`, in order. */
export const notesOf = (doc: Document) =>
  [...doc.querySelectorAll('before-after > before-after-note')].map((note) =>
    Object.fromEntries([
      ...written(note).map((a) => [a.name, a.value]),
      ['text', note.textContent],
    ])
  );
