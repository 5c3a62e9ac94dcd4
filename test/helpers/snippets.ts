import {expect} from '@open-wc/testing';
import {checkConfig, type EmbedConfig} from '../../src/embed/config.js';

/*
 * The four snippets as the tests read them (test/snippets*.test.ts, which
 * make them, and test/builder.snippets.test.ts, which copies them from the
 * builder): a base address, a hostile string, and the elements and
 * attributes each snippet's markup must build, written out here rather than
 * taken from src/.
 */

/** Where a newsroom hosts the built files. */
export const BASE = new URL('https://cdn.example/before-after/dist/');

/** Markup that would run if any snippet let it through as markup. */
export const HOSTILE = `"><script>window.top.pwned=1</script><img src=x onerror="window.top.pwned=1">`;

/** The configuration checkConfig makes of `input`, which it must take whole. */
export function checked(input: Record<string, string>): EmbedConfig {
  const {config, errors} = checkConfig(input);
  expect(errors).to.deep.equal([]);
  return config;
}

/** Parsed, never run. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body>${html}`,
    'text/html'
  );
}

/** Tag names and attribute names in document order: what the markup built. */
export function shape(doc: Document): string[] {
  return [...doc.body.querySelectorAll('*')].map(
    (el) =>
      `${el.localName}[${[...el.attributes].map((a) => a.name).join(',')}]`
  );
}

/**
 * The script snippet's shape: the page rules and the script-tag build, the
 * figure, the element and its two images with the attributes given, and,
 * when there are `slots`, the caption panel with that many slotted spans.
 */
export const scriptShape = (
  figure: string,
  element: string,
  image: string,
  slots: number
): string[] => [
  'link[rel,href]',
  'script[type,src]',
  `figure[${figure}]`,
  `before-after[${element}]`,
  `img[${image}]`,
  `img[${image}]`,
  ...(slots
    ? [
        'figcaption[]',
        'before-after-caption[]',
        ...Array<string>(slots).fill('span[slot]'),
      ]
    : []),
];

/** The script snippet of a configuration with every field. */
export const SCRIPT_SHAPE = scriptShape(
  'lang,dir',
  'value,orientation,before-label,after-label,label',
  'slot,src,alt,width,height',
  5
);

/** The iframe snippet: the frame and the host page's resizer. */
export const IFRAME_SHAPE = [
  'iframe[data-before-after,src,width,height,title,loading,style]',
  'script[src,async]',
];

/** The AMP snippet: the frame, its overflow button and its placeholder. */
export const AMP_SHAPE = [
  'amp-iframe[width,height,layout,resizable,sandbox,title,src]',
  'div[overflow,tabindex,role,aria-label]',
  'amp-img[placeholder,layout,src,alt]',
];

/** The text the markup shows, node by node, trimmed. */
export function texts(doc: Document): string[] {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent!.trim();
    if (text) found.push(text);
  }
  return found;
}
