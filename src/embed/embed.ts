/**
 * The embed page: one comparison and its caption panel, configured by the
 * page's baked-in JSON, a same-origin `config=` JSON file, or the query
 * string. The configuration is untrusted, so it goes through checkConfig()
 * and into the DOM as text and attributes only, never as markup.
 */
import {BeforeAfterCaption} from '../before-after-caption.js';
import '../define.js';
import {comparisonMarkup, comparisonName, toDom} from './comparison.js';
import {
  checkConfig,
  type Checked,
  type EmbedConfig,
  type FieldError,
} from './config.js';
import {startSizing} from './size.js';

// An embed shows its caption panel from the start: its code comes in the
// page's script, not in a chunk fetched after it.
if (!customElements.get('before-after-caption'))
  customElements.define('before-after-caption', BeforeAfterCaption);

/** Larger than any real configuration (the text limits add up to ~6 KB, and 20 notes' to ~6 KB more). */
const MAX_CONFIG_BYTES = 64 * 1024;
const DATA_BLOCK_ID = 'before-after-config';

type Source = {input: unknown} | {error: string};

main();

async function main(): Promise<void> {
  const source = await readSource();
  const {config, errors}: Checked =
    'input' in source
      ? checkConfig(source.input)
      : {config: {}, errors: [{field: 'config', message: source.error}]};
  // A partly valid embed would quietly drop a credit or a caption: show what to fix instead.
  document.body.replaceChildren(
    errors.length ? renderErrors(errors) : renderFigure(config)
  );
  applyDocumentFields(config);
  startSizing();
}

/** The configuration as given: the page's data block, else `config=`, else the query itself. */
async function readSource(): Promise<Source> {
  const block = document.getElementById(DATA_BLOCK_ID);
  if (block instanceof HTMLScriptElement && block.type === 'application/json')
    return parseJson(block.text, 'The configuration in this page');
  const params = new URLSearchParams(location.search);
  const address = params.get('config');
  return address === null ? {input: params} : fetchConfig(address);
}

async function fetchConfig(address: string): Promise<Source> {
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return {error: 'config must be the address of a JSON file.'};
  }
  if (url.origin !== location.origin)
    return {
      error: `config must be on this site (${location.origin}), not ${url.origin}.`,
    };
  try {
    // mode same-origin: a redirect to another site fails instead of being followed there.
    const response = await fetch(url, {
      mode: 'same-origin',
      credentials: 'omit',
    });
    if (!response.ok)
      return {error: `config could not be loaded (HTTP ${response.status}).`};
    const text = await readLimited(response, MAX_CONFIG_BYTES);
    if (text === null)
      return {
        error: `config is too large (at most ${MAX_CONFIG_BYTES / 1024} KB).`,
      };
    return parseJson(text, 'config');
  } catch {
    return {error: 'config could not be loaded.'};
  }
}

/** The body as text, or null as soon as it passes `limit` bytes. */
async function readLimited(
  response: Response,
  limit: number
): Promise<string | null> {
  if (Number(response.headers.get('content-length')) > limit) return null;
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(concat(chunks, size));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function parseJson(text: string, what: string): Source {
  try {
    return {input: JSON.parse(text)};
  } catch {
    return {error: `${what} is not valid JSON.`};
  }
}

function applyDocumentFields(config: EmbedConfig): void {
  const root = document.documentElement;
  if (config.lang) root.lang = config.lang;
  if (config.dir) root.dir = config.dir;
  // The page's name is the comparison's, as the frame's and the slider's are.
  document.title = comparisonName(config);
}

/** What to fix, one line per field, as text: a message may quote the configuration. */
function renderErrors(errors: FieldError[]): HTMLElement {
  return toDom({
    tag: 'div',
    attributes: [
      ['class', 'errors'],
      ['role', 'alert'],
    ],
    children: [
      {
        tag: 'p',
        attributes: [['class', 'errors-title']],
        children: ['This comparison cannot be shown:'],
      },
      {
        tag: 'ul',
        attributes: [],
        children: errors.map(({field, message}) => ({
          tag: 'li',
          attributes: [['data-field', field]],
          children: [message],
        })),
      },
    ],
  });
}

/** The comparison the snippets describe, as DOM: the same name, notes and panel. */
function renderFigure(config: EmbedConfig): HTMLElement {
  const figure = toDom(comparisonMarkup(config, {id: 'comparison'}));
  figure.classList.add('embed');
  return figure;
}
