/**
 * The code an editor pastes into a page, in four forms, from a checked
 * configuration and the address where dist/ is hosted. The builder's preview
 * is made from the same `comparison()` parts as the script snippet, so what
 * the editor sees is what the page gets. Every value goes through escapeHtml
 * (or URLSearchParams), so text stays text in every snippet.
 */
import {frameSize, toJson, toQuery, type EmbedConfig} from './config.js';
import {escapeHtml} from './html.js';

export type Attributes = [name: string, value: string][];

/** One piece of the caption panel: a named slot, or the shared caption (slot null). */
export interface CaptionPart {
  slot: string | null;
  text: string;
}

/** A comparison as elements and attributes, before it is written as HTML or built as DOM. */
export interface Comparison {
  figure: Attributes;
  element: Attributes;
  before: Attributes;
  after: Attributes;
  /** Null when the panel would have nothing to show: no caption, credit or date. */
  caption: CaptionPart[] | null;
}

const CAPTION_SLOTS = [
  ['before-caption', 'before'],
  ['before-credit', 'before-credit'],
  ['after-caption', 'after'],
  ['after-credit', 'after-credit'],
  ['caption', null],
  ['credit', 'credit'],
] as const;

/**
 * Where dist/ is hosted, from what the editor typed, read against the
 * builder's own address: http(s) only, and ending in a slash so `embed.html`
 * lands inside it rather than beside it. Null if it is not such an address.
 */
export function baseUrl(input: string, page: string | URL): URL | null {
  let url: URL;
  try {
    url = new URL(input.trim(), page);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * Relative image addresses are read against the embed page, which sits in
 * the base folder, so the other snippets write them out in full to show the
 * same images from any page.
 */
export function absolute(url: string, base: URL): string {
  return new URL(url, base).href;
}

/** A name for the comparison as a whole: the title, else the two dates. */
export function comparisonName(config: EmbedConfig): string {
  if (config.title) return config.title;
  const {'before-label': before, 'after-label': after} = config;
  return before && after
    ? `Compare ${before} with ${after}`
    : 'Image comparison';
}

export function comparison(config: EmbedConfig, base: URL): Comparison {
  const pick = (pairs: [string, string | undefined][]): Attributes =>
    pairs.filter((pair): pair is [string, string] => Boolean(pair[1]));
  const image = (side: 'before' | 'after'): Attributes => {
    const src = config[side];
    return [
      ['slot', side],
      ...pick([['src', src && absolute(src, base)]]),
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
    element: pick([
      ['value', config.value],
      ['orientation', config.orientation],
      ['before-label', config['before-label']],
      ['after-label', config['after-label']],
      ['label', config.title],
    ]),
    before: image('before'),
    after: image('after'),
    caption: caption.length || labelled ? caption : null,
  };
}

/** `<script>` plus the markup: the comparison becomes part of the host page. */
export function scriptSnippet(config: EmbedConfig, base: URL): string {
  const parts = comparison(config, base);
  const lines = [
    `<link rel="stylesheet" href="${escapeHtml(`${base.href}cdn/before-after.css`)}">`,
    `<script type="module" src="${escapeHtml(`${base.href}cdn/before-after.js`)}"></script>`,
    `<figure${attributes(parts.figure)}>`,
    `  <before-after${attributes(parts.element)}>`,
    `    <img${attributes(parts.before)}>`,
    `    <img${attributes(parts.after)}>`,
    '  </before-after>',
  ];
  if (parts.caption) {
    lines.push('  <figcaption>', '    <before-after-caption>');
    for (const {slot, text} of parts.caption)
      lines.push(
        slot
          ? `      <span slot="${slot}">${escapeHtml(text)}</span>`
          : `      ${escapeHtml(text)}`
      );
    lines.push('    </before-after-caption>', '  </figcaption>');
  }
  lines.push('</figure>');
  return lines.join('\n');
}

export function embedUrl(config: EmbedConfig, base: URL): string {
  return `${base.href}embed.html?${toQuery(config)}`;
}

/** An iframe of the embed page, sized by the resizer script once it loads. */
export function iframeSnippet(
  config: EmbedConfig,
  base: URL,
  width = 640
): string {
  const size = frameSize(config, width);
  return [
    `<iframe data-before-after src="${escapeHtml(embedUrl(config, base))}" width="${size.width}" height="${size.height}" title="${escapeHtml(comparisonName(config))}" loading="lazy" style="width: 100%; max-width: ${size.width}px; border: 0"></iframe>`,
    `<script src="${escapeHtml(`${base.href}embed-resizer.js`)}" async></script>`,
  ].join('\n');
}

/**
 * amp-iframe, resizable from the embed page's height messages, with the
 * share image (or the earlier photo) as its placeholder. AMP loads it only
 * over https and from another origin than the AMP page.
 */
export function ampSnippet(
  config: EmbedConfig,
  base: URL,
  width = 640
): string {
  const size = frameSize(config, width);
  const still = config.still ?? config.before;
  const alt = config.still ? comparisonName(config) : config['before-alt'];
  return [
    `<amp-iframe width="${size.width}" height="${size.height}" layout="responsive" resizable sandbox="allow-scripts allow-same-origin" title="${escapeHtml(comparisonName(config))}" src="${escapeHtml(embedUrl(config, base))}">`,
    '  <div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>',
    `  <amp-img placeholder layout="fill" src="${escapeHtml(still ? absolute(still, base) : '')}" alt="${escapeHtml(alt ?? '')}"></amp-img>`,
    '</amp-iframe>',
  ].join('\n');
}

export function jsonSnippet(config: EmbedConfig): string {
  return toJson(config);
}

function attributes(pairs: Attributes): string {
  return pairs
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}
