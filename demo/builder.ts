/**
 * The embed builder: a form whose fields carry the embed's own attribute
 * names, a live preview made by the real elements, and the code to paste.
 * All checking is checkConfig's; all code comes from snippets.ts. Input
 * reaches the page only through textContent, setAttribute and form values.
 */
import '../src/define.js';
import {
  checkConfig,
  FIELDS,
  toQuery,
  type Checked,
  type EmbedConfig,
} from '../src/embed/config.js';
import {
  ampSnippet,
  baseUrl,
  comparison,
  iframeSnippet,
  jsonSnippet,
  scriptSnippet,
  type Attributes,
} from '../src/embed/snippets.js';
import {makeStill} from '../src/embed/still.js';

type Snippet = 'script' | 'iframe' | 'amp' | 'json';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const baseInput = form.elements.namedItem('base') as HTMLInputElement;
const preview = document.querySelector('before-after')!;
const panel = document.querySelector('before-after-caption')!;
const figure = document.querySelector<HTMLElement>('#preview-figure')!;
const codes = new Map(
  [...document.querySelectorAll<HTMLElement>('[data-snippet]')].map((el) => [
    el.dataset.snippet as Snippet,
    el,
  ])
);
const snippets = document.querySelector<HTMLElement>('#snippets')!;
const pending = document.querySelector<HTMLElement>('#code-pending')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const jsonLink = document.querySelector<HTMLAnchorElement>('#json-download')!;
const useSize = document.querySelector<HTMLButtonElement>('#use-size')!;
const stillButton = document.querySelector<HTMLButtonElement>('#make-still')!;
const stillStatus = document.querySelector<HTMLElement>('#still-status')!;
const stillLink = document.querySelector<HTMLAnchorElement>('#still-download')!;
const stillImage = document.querySelector<HTMLImageElement>('#still-image')!;

/** The builder deployed next to dist/. */
const defaultBase = new URL('../dist/', location.href).href;
/** Fields whose "missing" message may show: the editor has been there, or the URL prefilled them. */
const touched = new Set<string>();
/** Each field's own hint, kept while its error comes and goes. */
const hints = new Map<string, string>();
let checked: Checked = {config: {}, errors: []};
let jsonUrl = '';
let stillUrl = '';

function read(field: string): string {
  const item = form.elements.namedItem(field) as
    | HTMLInputElement
    | HTMLTextAreaElement
    | HTMLSelectElement
    | RadioNodeList
    | null;
  return item?.value ?? '';
}

function write(field: string, value: string): void {
  const item = form.elements.namedItem(field) as HTMLInputElement | null;
  if (item) item.value = value;
}

function control(field: string): HTMLElement | null {
  return document.getElementById(`f-${field}`);
}

/** Shows a field's message next to it, and links it for assistive technology. */
function showError(field: string, message: string | undefined): void {
  const input = control(field);
  const error = document.getElementById(`e-${field}`);
  if (!input || !error) return;
  error.textContent = message ?? '';
  error.hidden = !message;
  if (!hints.has(field))
    hints.set(field, input.getAttribute('aria-describedby') ?? '');
  const ids = [hints.get(field), message && error.id].filter(Boolean);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function setAttributes(el: Element, pairs: Attributes, names: string[]): void {
  const given = new Map(pairs);
  for (const name of names) {
    const value = given.get(name);
    if (value === undefined) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

function image(slot: 'before' | 'after'): HTMLImageElement {
  let img = preview.querySelector<HTMLImageElement>(`img[slot="${slot}"]`);
  if (!img) {
    img = document.createElement('img');
    img.slot = slot;
    preview.append(img);
  }
  return img;
}

/** Updates the preview in place, so the images are not fetched again on every key. */
function renderPreview(config: EmbedConfig, base: URL): void {
  const parts = comparison(config, base);
  setAttributes(figure, parts.figure, ['lang', 'dir']);
  setAttributes(preview, parts.element, [
    'value',
    'orientation',
    'before-label',
    'after-label',
    'label',
  ]);
  const imageAttributes = ['src', 'alt', 'width', 'height'];
  setAttributes(image('before'), parts.before, imageAttributes);
  setAttributes(image('after'), parts.after, imageAttributes);
  const children: (Node | string)[] = [];
  for (const {slot, text} of parts.caption ?? []) {
    if (!slot) {
      children.push(text);
      continue;
    }
    const span = document.createElement('span');
    span.slot = slot;
    span.textContent = text;
    children.push(span);
  }
  panel.replaceChildren(...children);
  panel.hidden = parts.caption === null;
}

function renderCode(config: EmbedConfig, base: URL | null): void {
  const problems = checked.errors.length + (base ? 0 : 1);
  pending.hidden = problems === 0;
  snippets.hidden = problems > 0;
  pending.textContent = problems
    ? `The code appears here once the form is complete: ${problems === 1 ? 'one field needs' : `${problems} fields need`} attention above.`
    : '';
  const text: Record<Snippet, string> =
    base && !problems
      ? {
          script: scriptSnippet(config, base),
          iframe: iframeSnippet(config, base),
          amp: ampSnippet(config, base),
          json: jsonSnippet(config),
        }
      : {script: '', iframe: '', amp: '', json: ''};
  for (const [name, el] of codes) el.textContent = text[name];
  if (jsonUrl) URL.revokeObjectURL(jsonUrl);
  jsonUrl = URL.createObjectURL(
    new Blob([text.json], {type: 'application/json'})
  );
  jsonLink.href = jsonUrl;
}

/** The builder's own address: the embed's query, plus the base when it is not the default. */
function builderQuery(config: EmbedConfig): string {
  const params = new URLSearchParams(toQuery(config));
  const base = baseInput.value.trim();
  if (base && base !== defaultBase) params.set('base', base);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

function update({keepUrl = false} = {}): void {
  const params = new URLSearchParams();
  for (const field of FIELDS) params.set(field, read(field));
  checked = checkConfig(params);
  const base = baseUrl(baseInput.value || defaultBase, location.href);
  const messages = new Map<string, string>();
  for (const {field, message} of checked.errors)
    if (!messages.has(field)) messages.set(field, message);
  for (const field of FIELDS) {
    const shown = touched.has(field) || read(field).trim() !== '';
    showError(field, shown ? messages.get(field) : undefined);
  }
  showError(
    'base',
    base ? undefined : 'Give the http: or https: address of the dist/ folder.'
  );
  renderPreview(checked.config, base ?? new URL(defaultBase));
  renderCode(checked.config, base);
  offerSize();
  // Not on every key: Safari refuses more than 100 history changes in 10 seconds.
  if (!keepUrl) history.replaceState(null, '', builderQuery(checked.config));
}

function prefill(): void {
  const params = new URLSearchParams(location.search);
  let given = false;
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value === null) continue;
    write(field, value);
    given = true;
  }
  baseInput.value = params.get('base') ?? defaultBase;
  // Reopened for editing: say at once what is missing.
  if (given) for (const field of FIELDS) touched.add(field);
}

async function copy(name: Snippet): Promise<void> {
  const code = codes.get(name)!;
  const text = code.textContent ?? '';
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    // No clipboard API, or no permission: select the text and try the old way.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
  }
  announce(
    copyStatus,
    done ? 'Copied' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy'
  );
}

/** Emptied first, so the same words said twice are announced twice. */
function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

const STILL_MESSAGES = {
  cors: 'The images’ server does not allow other sites to copy them (no CORS), so the share image can’t be made here. Make it from copies of the images on your own server.',
  encode: 'This browser could not make the JPEG. Try another browser.',
};

async function makeShareImage(): Promise<void> {
  const {config} = checked;
  const base = baseUrl(baseInput.value || defaultBase, location.href);
  if (!config.before || !config.after || !base) {
    announce(stillStatus, 'Give the addresses of both images first.');
    return;
  }
  const parts = comparison(config, base);
  const src = (attrs: Attributes) => new Map(attrs).get('src')!;
  stillButton.disabled = true;
  stillStatus.textContent = 'Making the share image…';
  const result = await makeStill(src(parts.before), src(parts.after), {
    beforeLabel: config['before-label'],
    afterLabel: config['after-label'],
    vertical: config.orientation === 'vertical',
    rtl: getComputedStyle(preview).direction === 'rtl',
  });
  stillButton.disabled = false;
  if (stillUrl) URL.revokeObjectURL(stillUrl);
  stillUrl = result.ok ? URL.createObjectURL(result.blob) : '';
  stillLink.hidden = stillImage.hidden = !result.ok;
  if (result.ok) {
    stillLink.href = stillImage.src = stillUrl;
    stillStatus.textContent =
      'Done. Download it, put it on your server with the images, and give its address above.';
  } else
    stillStatus.textContent =
      result.reason === 'load'
        ? `The ${result.side === 'before' ? 'earlier' : 'later'} image could not be loaded: check its address.`
        : STILL_MESSAGES[result.reason];
}

/** Offers the earlier image's own size when none is given yet. */
function offerSize(): void {
  const img = image('before');
  const {naturalWidth: w, naturalHeight: h} = img;
  useSize.hidden = !(w && h && !read('width') && !read('height'));
  useSize.textContent = `Use the earlier image’s size, ${w} × ${h}.`;
}

prefill();
update({keepUrl: true});
form.addEventListener('input', () => update({keepUrl: true}));
form.addEventListener('change', (event) => {
  const name = (event.target as HTMLInputElement).name;
  if (name) touched.add(name);
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
preview.addEventListener('change', () => {
  write('value', String(Math.round(preview.value)));
  update();
});
image('before').addEventListener('load', offerSize);
useSize.addEventListener('click', () => {
  const img = image('before');
  write('width', String(img.naturalWidth));
  write('height', String(img.naturalHeight));
  useSize.hidden = true;
  update();
});
stillButton.addEventListener('click', () => void makeShareImage());
for (const button of document.querySelectorAll<HTMLButtonElement>(
  '[data-copy]'
))
  button.addEventListener(
    'click',
    () => void copy(button.dataset.copy as Snippet)
  );
