/**
 * One description of a comparison, made from a checked configuration: the
 * figure, the element with its images and notes, and the caption panel.
 * The embed page builds it as DOM (`toDom`); the snippets write it as HTML
 * (`toHtml`); publish and the snippets name it with `comparisonName`. So one
 * configuration is one comparison everywhere: the same accessible name, the
 * same notes, the same panel. Text only ever becomes text nodes, attribute
 * values or escaped HTML, never markup.
 */
import type {EmbedConfig} from './config.js';
import {escapeHtml} from './html.js';

export type Attributes = [name: string, value: string][];

/** One piece of the caption panel: a named slot, or the shared caption (slot null). */
export interface CaptionPart {
  slot: string | null;
  text: string;
}

/** A `<before-after-note>`: its attributes and its text. */
export interface NotePart {
  attributes: Attributes;
  text: string;
}

/** A comparison as elements and attributes, before it is written as HTML or built as DOM. */
export interface Comparison {
  figure: Attributes;
  element: Attributes;
  before: Attributes;
  after: Attributes;
  /** In the configuration's order, which numbers them. */
  notes: NotePart[];
  /** Null when the panel would have nothing to show: no caption, credit or date. */
  caption: CaptionPart[] | null;
}

/** An element, its attributes and its children (text stays text). */
export interface Markup {
  tag: string;
  attributes: Attributes;
  children: (Markup | string)[];
}

const CAPTION_SLOTS = [
  ['before-caption', 'before'],
  ['before-credit', 'before-credit'],
  ['after-caption', 'after'],
  ['after-credit', 'after-credit'],
  ['caption', null],
  ['credit', 'credit'],
] as const;

/** A name for the comparison as a whole: the title, else the two dates. */
export function comparisonName(config: EmbedConfig): string {
  if (config.title) return config.title;
  const {'before-label': before, 'after-label': after} = config;
  return before && after
    ? `Compare ${before} with ${after}`
    : 'Image comparison';
}

/**
 * The comparison's parts. With `base`, relative image addresses are written
 * out in full against it (the folder of the embed page), so a snippet shows
 * the same images from any page; without, they stay as given.
 */
export function comparison(config: EmbedConfig, base?: URL): Comparison {
  const pick = (pairs: [string, string | undefined][]): Attributes =>
    pairs.filter((pair): pair is [string, string] => Boolean(pair[1]));
  const image = (side: 'before' | 'after'): Attributes => {
    const src = config[side];
    return [
      ['slot', side],
      ...pick([['src', src && (base ? new URL(src, base).href : src)]]),
      // Always there: an image without alt is announced by its file name.
      ['alt', config[`${side}-alt`] ?? ''],
      ...pick([
        ['width', config.width],
        ['height', config.height],
      ]),
    ];
  };
  const caption: CaptionPart[] = [];
  for (const [field, slot] of CAPTION_SLOTS) {
    const text = config[field];
    if (text) caption.push({slot, text});
  }
  const labelled = config['before-label'] || config['after-label'];
  return {
    figure: pick([
      ['lang', config.lang],
      ['dir', config.dir],
    ]),
    element: [
      ...pick([
        ['value', config.value],
        ['orientation', config.orientation],
        ['before-label', config['before-label']],
        ['after-label', config['after-label']],
        // The slider's name is the comparison's, as the frame's and the page's are.
        ['label', config.title],
      ]),
      // A boolean attribute: on when present, so it is written empty.
      ...(config.zoom ? ([['zoom', '']] as Attributes) : []),
      ...pick([['max-zoom', config['max-zoom']]]),
      ...(config['scroll-reveal']
        ? ([['scroll-reveal', '']] as Attributes)
        : []),
    ],
    before: image('before'),
    after: image('after'),
    notes: (config.notes ?? []).map(({x, y, value, side, zoom, text}) => ({
      attributes: pick([
        ['x', String(x)],
        ['y', String(y)],
        ['value', value === undefined ? undefined : String(value)],
        ['side', side],
        ['zoom', zoom === undefined ? undefined : String(zoom)],
      ]),
      text,
    })),
    caption: caption.length || labelled ? caption : null,
  };
}

/**
 * The whole comparison as markup: a figure holding the element (its two
 * images, then its notes) and, when it has something to show, the caption
 * panel in a figcaption. `id` names the element and points the panel at it.
 */
export function comparisonMarkup(
  config: EmbedConfig,
  {base, id}: {base?: URL; id?: string} = {}
): Markup {
  const parts = comparison(config, base);
  const element: Markup = {
    tag: 'before-after',
    attributes: [
      ...(id ? [['id', id] as [string, string]] : []),
      ...parts.element,
    ],
    children: [
      {tag: 'img', attributes: parts.before, children: []},
      {tag: 'img', attributes: parts.after, children: []},
      ...parts.notes.map(({attributes, text}) => ({
        tag: 'before-after-note',
        attributes,
        children: [text],
      })),
    ],
  };
  const figure: Markup = {
    tag: 'figure',
    attributes: parts.figure,
    children: [element],
  };
  if (parts.caption)
    figure.children.push({
      tag: 'figcaption',
      attributes: [],
      children: [
        {
          tag: 'before-after-caption',
          attributes: id ? [['for', id]] : [],
          children: parts.caption.map(({slot, text}) =>
            slot
              ? {tag: 'span', attributes: [['slot', slot]], children: [text]}
              : text
          ),
        },
      ],
    });
  return figure;
}

const VOID = new Set(['img']);

/**
 * Markup as indented HTML lines, every value escaped. An element with text
 * only stays on one line; text in a mixed element gets a line of its own.
 */
export function toHtml(markup: Markup, indent = ''): string[] {
  const open = `${indent}<${markup.tag}${attributes(markup.attributes)}>`;
  if (VOID.has(markup.tag)) return [open];
  const {children} = markup;
  if (children.every((child) => typeof child === 'string'))
    return [`${open}${escapeHtml(children.join(''))}</${markup.tag}>`];
  return [
    open,
    ...children.flatMap((child) =>
      typeof child === 'string'
        ? [`${indent}  ${escapeHtml(child)}`]
        : toHtml(child, `${indent}  `)
    ),
    `${indent}</${markup.tag}>`,
  ];
}

/** Attributes as HTML, each value escaped and double-quoted. */
export function attributes(pairs: Attributes): string {
  return pairs
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/** Markup as DOM: attributes by setAttribute, text by text nodes, never parsed. */
export function toDom(markup: Markup, doc: Document = document): HTMLElement {
  const node = doc.createElement(markup.tag);
  for (const [name, value] of markup.attributes) node.setAttribute(name, value);
  for (const child of markup.children)
    node.append(
      typeof child === 'string' ? doc.createTextNode(child) : toDom(child, doc)
    );
  return node;
}
