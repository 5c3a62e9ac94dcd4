/**
 * The code an editor pastes into a page, in four forms, from a checked
 * configuration and the address where dist/ is hosted. The script snippet
 * is the one description of a comparison (comparison.ts) written as HTML,
 * the embed page builds the same description as DOM, and the builder's
 * preview is made from its `comparison()` parts, so what the editor sees is
 * what the page gets. Every value goes through escapeHtml (or query
 * encoding), so text stays text in every snippet.
 */
import {
  attributes,
  comparison,
  comparisonMarkup,
  comparisonName,
  toHtml,
  type Markup,
} from './comparison.js';
import {frameSize, toJson, toQuery, type EmbedConfig} from './config.js';
import {escapeHtml} from './html.js';

// The builder and older callers import the description from here.
export {
  comparison,
  comparisonName,
  type Attributes,
  type CaptionPart,
  type Comparison,
  type NotePart,
} from './comparison.js';

/**
 * The longest embed address a snippet writes. Longer ones (notes make them
 * long fast) are cut by some CMSs, proxies and share tools, so the frame
 * reads such a configuration from a JSON file instead.
 */
export const MAX_EMBED_URL = 2000;

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

/** `<script>` plus the markup: the comparison becomes part of the host page. */
export function scriptSnippet(config: EmbedConfig, base: URL): string {
  return [
    `<link rel="stylesheet" href="${escapeHtml(`${base.href}cdn/before-after.css`)}">`,
    `<script type="module" src="${escapeHtml(`${base.href}cdn/before-after.js`)}"></script>`,
    ...toHtml(comparisonMarkup(config, {base})),
  ].join('\n');
}

/** The embed page with the whole configuration in its query string (notes as `note` parameters). */
export function embedUrl(config: EmbedConfig, base: URL): string {
  return `${base.href}embed.html?${toQuery(config, true)}`;
}

/**
 * The name to save a configuration under when it is too long for an
 * address: it changes with the content, so an edited comparison never
 * meets an old file in a cache, and two comparisons never share one.
 */
export function configFileName(config: EmbedConfig): string {
  // FNV-1a: short, stable and synchronous; a name, not a secret.
  let hash = 0x811c9dc5;
  for (const char of toJson(config)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `before-after-${hash.toString(16).padStart(8, '0')}.json`;
}

/** Where a frame of the embed page reads its configuration. */
export interface FrameSource {
  /** The frame's address. */
  src: string;
  /** Set when the configuration is too long for an address: save the JSON snippet under this name beside embed.html. */
  file?: string;
  /** How long the address with the whole configuration in it would be. */
  queryLength: number;
}

/**
 * The embed page with the configuration in its query string while that
 * address is at most MAX_EMBED_URL characters; past that, the embed page
 * with `config=` a JSON file beside it.
 */
export function frameSource(config: EmbedConfig, base: URL): FrameSource {
  const url = embedUrl(config, base);
  if (url.length <= MAX_EMBED_URL) return {src: url, queryLength: url.length};
  const file = configFileName(config);
  return {
    src: `${base.href}embed.html?config=${file}`,
    file,
    queryLength: url.length,
  };
}

/** The line a snippet starts with when its frame reads a file, saying which file goes where. */
function fileComment({file, queryLength}: FrameSource): string[] {
  return file
    ? [
        `<!-- This comparison is too long for an address (${queryLength} characters; at most ${MAX_EMBED_URL}), so the frame reads it from a file: save the JSON code as ${file} in the folder that holds embed.html. -->`,
      ]
    : [];
}

/** An iframe of the embed page, sized by the resizer script once it loads. */
export function iframeSnippet(
  config: EmbedConfig,
  base: URL,
  width = 640
): string {
  const size = frameSize(config, width);
  const source = frameSource(config, base);
  return [
    ...fileComment(source),
    `<iframe data-before-after src="${escapeHtml(source.src)}" width="${size.width}" height="${size.height}" title="${escapeHtml(comparisonName(config))}" loading="lazy" style="width: 100%; max-width: ${size.width}px; border: 0"></iframe>`,
    `<script src="${escapeHtml(`${base.href}embed-resizer.js`)}" async></script>`,
  ].join('\n');
}

/**
 * amp-iframe, resizable from the embed page's height messages, with the
 * share image (or the earlier photo) as its placeholder. AMP loads it only
 * over https and from another origin than the AMP page. The AMP page runs
 * no custom elements, so notes are also written out as the figure's
 * numbered list, in the markers' order.
 */
export function ampSnippet(
  config: EmbedConfig,
  base: URL,
  width = 640
): string {
  const size = frameSize(config, width);
  const source = frameSource(config, base);
  const still = config.still ?? config.before;
  const alt = config.still ? comparisonName(config) : config['before-alt'];
  const frame = [
    ...fileComment(source),
    `<amp-iframe width="${size.width}" height="${size.height}" layout="responsive" resizable sandbox="allow-scripts allow-same-origin" title="${escapeHtml(comparisonName(config))}" src="${escapeHtml(source.src)}">`,
    '  <div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>',
    `  <amp-img placeholder layout="fill" src="${escapeHtml(still ? absolute(still, base) : '')}" alt="${escapeHtml(alt ?? '')}"></amp-img>`,
    '</amp-iframe>',
  ];
  const notes = config.notes ?? [];
  if (notes.length === 0) return frame.join('\n');
  const list: Markup = {
    tag: 'figcaption',
    attributes: [],
    children: [
      {
        tag: 'ol',
        attributes: [],
        children: notes.map(({text}) => ({
          tag: 'li',
          attributes: [],
          children: [text],
        })),
      },
    ],
  };
  const {figure} = comparison(config, base);
  return [
    `<figure${attributes(figure)}>`,
    '  <!-- AMP shows no markers on the page itself: the notes are numbered on the images inside the frame (and on a share image made with them), and listed here, in the same order, for every reader. -->',
    ...frame.map((line) => `  ${line}`),
    ...toHtml(list, '  '),
    '</figure>',
  ].join('\n');
}

export function jsonSnippet(config: EmbedConfig): string {
  return toJson(config);
}
