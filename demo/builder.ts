/**
 * The embed builder: a form whose fields carry the embed's own attribute
 * names, a live preview made by the real elements, and the code to paste.
 * All checking is checkConfig's; all code comes from snippets.ts. Input
 * reaches the page only through textContent, setAttribute and form values.
 *
 * Notes: one fieldset each (names `notes[2].x`, as checkConfig names its
 * errors), placed by a press on the preview in "add a note" mode, moved by
 * dragging their markers or by typing x and y. The preview shows every note
 * as the form holds it; the code waits, as for any field, until all check.
 *
 * Zoom: a checkbox, and the maximum and each note's zoom, enabled only with
 * it. A disabled field is left out of the configuration, as a form leaves
 * it out of what it sends.
 *
 * Scroll-reveal: a checkbox that also puts the preview in a box of its own
 * height that scrolls, with room above and below the comparison, so that
 * scrolling the box tells the story as scrolling the article will.
 */
import '../src/define.js';
import type {BeforeAfterNote} from '../src/before-after-note.js';
import {
  checkConfig,
  checkField,
  FIELDS,
  splitNoteParam,
  SWITCHES,
  MAX_NOTES,
  NOTE_PARAM,
  toQuery,
  type Checked,
  type EmbedConfig,
  type Field,
} from '../src/embed/config.js';
import {
  ampSnippet,
  baseUrl,
  comparison,
  frameSource,
  iframeSnippet,
  jsonSnippet,
  scriptSnippet,
  type Attributes,
} from '../src/embed/snippets.js';
import {makeStill} from '../src/embed/still.js';
import {boxPointInImage} from '../src/internal/image-point.js';

type Snippet = 'script' | 'iframe' | 'amp' | 'json';

/** A note as its fieldset holds it: the controls' values, unchecked. */
interface FormNote {
  text: string;
  x: string;
  y: string;
  value: string;
  side: string;
  zoom: string;
}
type NoteKey = keyof FormNote;
const NOTE_KEYS: readonly NoteKey[] = [
  'text',
  'x',
  'y',
  'value',
  'side',
  'zoom',
];
/** How far a press on a marker moves, in px, before it is a drag rather than a click. */
const DRAG_SLOP = 4;

const form = document.querySelector<HTMLFormElement>('#builder')!;
const baseInput = form.elements.namedItem('base') as HTMLInputElement;
const zoomInput = form.elements.namedItem('zoom') as HTMLInputElement;
const maxZoomInput = form.elements.namedItem('max-zoom') as HTMLInputElement;
const preview = document.querySelector('before-after')!;
const panel = document.querySelector('before-after-caption')!;
const figure = document.querySelector<HTMLElement>('#preview-figure')!;
const stage = document.querySelector<HTMLElement>('#preview-stage')!;
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
const addNote = document.querySelector<HTMLButtonElement>(
  '[data-action="add-note"]'
)!;
const noteMiddle = document.querySelector<HTMLButtonElement>('#note-middle')!;
const noteStatus = document.querySelector<HTMLElement>('#note-status')!;
const noteList = document.querySelector<HTMLElement>('#notes')!;
const noteTemplate =
  document.querySelector<HTMLTemplateElement>('#note-template')!;

/** The builder deployed next to dist/. */
const defaultBase = new URL('../dist/', location.href).href;
/** Fields whose "missing" message may show: the editor has been there, or the URL prefilled them. */
const touched = new Set<string>();
let checked: Checked = {config: {}, errors: []};
let jsonUrl = '';
let stillUrl = '';

/** A field's value as the configuration takes it: the checkbox says true or false; a disabled field is empty. */
function read(field: string): string {
  const item = form.elements.namedItem(field) as
    | HTMLInputElement
    | HTMLTextAreaElement
    | HTMLSelectElement
    | RadioNodeList
    | null;
  if (isSwitch(item)) return String(item.checked);
  if (item && 'disabled' in item && item.disabled) return '';
  return item?.value ?? '';
}

function write(field: string, value: string): void {
  const item = form.elements.namedItem(field) as
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  if (isSwitch(item))
    item.checked = checkField(item.name as Field, value) === 'true';
  else if (item) item.value = value;
}

/** A checkbox of a boolean attribute (`zoom`, `scroll-reveal`). */
function isSwitch(item: unknown): item is HTMLInputElement {
  return (
    item instanceof HTMLInputElement &&
    item.type === 'checkbox' &&
    SWITCHES.includes(item.name as Field)
  );
}

/** A field's ids: `before` is f-before and e-before; `notes[2].x` is f-notes-2-x and e-notes-2-x. */
function idOf(field: string): string {
  return field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

/** Shows a field's message next to it, and links it for assistive technology. */
function showError(field: string, message: string | undefined): void {
  const input = document.getElementById(`f-${idOf(field)}`);
  const error = document.getElementById(`e-${idOf(field)}`);
  if (!input || !error) return;
  error.textContent = message ?? '';
  error.hidden = !message;
  // Its hints stay; its message comes and goes.
  const ids = (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id && id !== error.id);
  if (message) ids.push(error.id);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
  // A group (the notes as a whole) is described, not marked invalid.
  if (input instanceof HTMLFieldSetElement) return;
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
    'zoom',
    'max-zoom',
    'scroll-reveal',
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

/**
 * The preview's notes, one per fieldset and in its order (so the numbers
 * match), as the form holds them: a note being written shows its marker
 * before its text passes the check.
 */
function renderNotes(notes: FormNote[]): void {
  const shown = [
    ...preview.querySelectorAll<BeforeAfterNote>(':scope > before-after-note'),
  ];
  for (const extra of shown.splice(notes.length)) extra.remove();
  notes.forEach((note, i) => {
    let el = shown[i];
    if (!el) {
      el = document.createElement('before-after-note');
      preview.append(el);
    }
    const pairs: Attributes = [];
    for (const key of ['x', 'y', 'value', 'zoom'] as const)
      if (note[key].trim()) pairs.push([key, note[key].trim()]);
    if (note.side === 'before' || note.side === 'after')
      pairs.push(['side', note.side]);
    setAttributes(el, pairs, ['x', 'y', 'value', 'side', 'zoom']);
    if (el.textContent !== note.text) el.textContent = note.text;
  });
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
  // Too long for an address, the frame reads the file the snippet names: save it under that name.
  const file =
    (base && !problems && frameSource(config, base).file) ||
    'before-after.json';
  jsonLink.download = file;
  jsonLink.textContent = `Download ${file}`;
}

/** The builder's own address: the embed's query, plus the base when it is not the default. */
function builderQuery(config: EmbedConfig): string {
  const params = new URLSearchParams(toQuery(config));
  const base = baseInput.value.trim();
  if (base && base !== defaultBase) params.set('base', base);
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** The maximum and the notes' zoom take effect only with zoom: editable only then. */
function enableZoomFields(): void {
  maxZoomInput.disabled = !zoomInput.checked;
  for (const box of noteBoxes())
    noteControl(box, 'zoom').disabled = !zoomInput.checked;
}

/** Keeps the scrolling stage as tall as the figure, so the builder around it does not move. */
const stageFit = new ResizeObserver(() => {
  stage.style.height = `${figure.getBoundingClientRect().height}px`;
});

/**
 * With scroll-reveal, the preview scrolls in a box of the height it had
 * (half a box of room above it and below it, and no scroll bar to narrow
 * it), so that scrolling the box tells the story: the element's timeline
 * follows its nearest scroll container. Without, it is as it always was.
 */
function setStage(story: boolean): void {
  if (stage.classList.contains('story') === story) return;
  if (story) {
    stage.style.height = `${figure.getBoundingClientRect().height}px`;
    stage.classList.add('story');
    stage.tabIndex = 0;
    stage.setAttribute('role', 'region');
    stage.setAttribute(
      'aria-label',
      'Preview: scroll it as a reader scrolls the page'
    );
    // The story's start: the comparison comes in from below.
    stage.scrollTop = 0;
    stageFit.observe(figure);
  } else {
    stageFit.disconnect();
    stage.classList.remove('story');
    stage.removeAttribute('style');
    for (const name of ['tabindex', 'role', 'aria-label'])
      stage.removeAttribute(name);
  }
}

function update({keepUrl = false} = {}): void {
  enableZoomFields();
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS) fields[field] = read(field);
  const notes = readNotes();
  checked = checkConfig({...fields, notes});
  const base = baseUrl(baseInput.value || defaultBase, location.href);
  const messages = new Map<string, string>();
  for (const {field, message} of checked.errors)
    if (!messages.has(field)) messages.set(field, message);
  for (const field of FIELDS) {
    const shown = touched.has(field) || read(field).trim() !== '';
    showError(field, shown ? messages.get(field) : undefined);
  }
  notes.forEach((note, i) => {
    for (const key of NOTE_KEYS) {
      const field = noteField(i, key);
      const shown = touched.has(field) || note[key].trim() !== '';
      showError(field, shown ? messages.get(field) : undefined);
    }
  });
  showError('notes', messages.get('notes'));
  showError(
    'base',
    base ? undefined : 'Give the http: or https: address of the dist/ folder.'
  );
  // The box first, so that the story starts in the container it scrolls with.
  setStage(Boolean(checked.config['scroll-reveal']));
  renderPreview(checked.config, base ?? new URL(defaultBase));
  renderNotes(notes);
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
  // Each `note` parameter as its fields, so a bad one shows next to its field rather than vanishing.
  for (const param of params.getAll(NOTE_PARAM)) {
    appendNote(noteFromParam(param));
    given = true;
  }
  baseInput.value = params.get('base') ?? defaultBase;
  // Reopened for editing: say at once what is missing.
  if (given) {
    for (const field of FIELDS) touched.add(field);
    noteBoxes().forEach((_, i) => {
      for (const key of NOTE_KEYS) touched.add(noteField(i, key));
    });
  }
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
    notes: config.notes,
    lang: config.lang ?? document.documentElement.lang,
  });
  stillButton.disabled = false;
  if (stillUrl) URL.revokeObjectURL(stillUrl);
  stillUrl = result.ok ? URL.createObjectURL(result.blob) : '';
  stillLink.hidden = stillImage.hidden = !result.ok;
  if (result.ok) {
    stillLink.href = stillImage.src = stillUrl;
    stillImage.alt = `The share image: both pictures split at the middle, with their dates${config.notes ? ' and the notes’ numbered markers' : ''}.`;
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

// ---- Notes: their fieldsets --------------------------------------------

/** `notes[2].x`: the name of a note's control, and of its errors. */
function noteField(i: number, key: NoteKey): string {
  return `notes[${i}].${key}`;
}

function noteBoxes(): HTMLFieldSetElement[] {
  return [...noteList.querySelectorAll<HTMLFieldSetElement>(':scope > .note')];
}

function noteControl(
  box: Element,
  key: NoteKey
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return box.querySelector(`[data-key="${key}"]`)!;
}

function readNotes(): FormNote[] {
  return noteBoxes().map(
    (box) =>
      Object.fromEntries(
        NOTE_KEYS.map((key) => {
          const control = noteControl(box, key);
          return [key, control.disabled ? '' : control.value];
        })
      ) as unknown as FormNote
  );
}

/**
 * One `note` parameter as the values of its fields, unchecked (config.ts
 * splits it), so that a bad one is shown in its field with checkConfig's
 * message.
 */
function noteFromParam(param: string): Partial<FormNote> {
  const {fields} = splitNoteParam(param);
  return {value: '', side: 'both', text: '', zoom: '', ...fields};
}

/** Adds a note's fieldset at the end, with these values. */
function appendNote(values: Partial<FormNote>): HTMLFieldSetElement {
  const box = (noteTemplate.content.cloneNode(true) as DocumentFragment)
    .firstElementChild as HTMLFieldSetElement;
  noteList.append(box);
  for (const key of NOTE_KEYS) {
    const given = values[key];
    if (given !== undefined) noteControl(box, key).value = given;
  }
  renumberNotes();
  return box;
}

/** Names, ids and words of each note's fieldset from its place: the second is "Note 2", its x notes[1].x. */
function renumberNotes(): void {
  noteBoxes().forEach((box, i) => {
    const number = i + 1;
    box.querySelector('legend')!.textContent = `Note ${number}`;
    for (const key of NOTE_KEYS) {
      const input = noteControl(box, key);
      const id = idOf(noteField(i, key));
      input.name = noteField(i, key);
      input.id = `f-${id}`;
      box.querySelector<HTMLLabelElement>(`[data-for="${key}"]`)!.htmlFor =
        input.id;
      box.querySelector(`[data-error="${key}"]`)!.id = `e-${id}`;
      input.removeAttribute('aria-describedby');
    }
    for (const hint of box.querySelectorAll<HTMLElement>('[data-hint]')) {
      const keys = hint.dataset.hint!.split(' ') as NoteKey[];
      hint.id = `h-${idOf(noteField(i, keys[0]!))}`;
      for (const key of keys)
        noteControl(box, key).setAttribute('aria-describedby', hint.id);
    }
    box.querySelector('[data-note-action="delete"]')!.textContent =
      `Delete note ${number}`;
  });
  const full = noteBoxes().length >= MAX_NOTES;
  addNote.disabled = full;
  if (full) setAddMode(false);
}

/** Removes a note; the notes after it move up a number, and what was touched with them. */
function deleteNote(box: HTMLFieldSetElement): void {
  const boxes = noteBoxes();
  const index = boxes.indexOf(box);
  const moved = [...touched].filter((field) => field.startsWith('notes['));
  for (const field of moved) touched.delete(field);
  for (const field of moved) {
    const [, n, key] = /^notes\[(\d+)\]\.(\w+)$/.exec(field) ?? [];
    const at = Number(n);
    if (at !== index && key)
      touched.add(noteField(at > index ? at - 1 : at, key as NoteKey));
  }
  box.remove();
  renumberNotes();
  update();
  announce(noteStatus, `Note ${index + 1} deleted.`);
  const next = boxes[index + 1] ?? boxes[index - 1];
  if (next) noteControl(next, 'text').focus();
  else addNote.focus();
}

// ---- Notes: placing one with a press on the preview --------------------

let adding = false;

function setAddMode(on: boolean, message?: string): void {
  if (adding === on && message === undefined) return;
  adding = on;
  addNote.setAttribute('aria-pressed', String(on));
  noteMiddle.hidden = !on;
  figure.classList.toggle('placing', on);
  if (on) document.addEventListener('keydown', handleEscape);
  else document.removeEventListener('keydown', handleEscape);
  noteStatus.textContent =
    message ??
    (on ? 'Press the picture where the note goes. Escape cancels.' : '');
}

function handleEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  setAddMode(false, 'No note added.');
}

/** The point of an image (percent, 1 decimal, within 0–100) drawn under a point of the viewport. */
function imagePointAt(
  clientX: number,
  clientY: number,
  side: 'before' | 'after' = 'before'
): {x: number; y: number} {
  const img = image(side);
  // The image's own box is the comparison's, scaled and moved while zoomed.
  const box = img.getBoundingClientRect();
  const style = getComputedStyle(img);
  const size = img.naturalWidth
    ? {width: img.naturalWidth, height: img.naturalHeight}
    : {width: Number(img.width) || 0, height: Number(img.height) || 0};
  const point = boxPointInImage(
    clientX - box.left,
    clientY - box.top,
    size,
    {width: box.width, height: box.height},
    {fit: style.objectFit, position: style.objectPosition}
  );
  const tidy = (n: number) =>
    Math.round(Math.min(100, Math.max(0, n)) * 10) / 10;
  return {x: tidy(point.x), y: tidy(point.y)};
}

/** Ends the mode with a new note there, and takes the editor to its text. */
function placeNote(x: number, y: number): void {
  const box = appendNote({x: String(x), y: String(y), side: 'both'});
  update();
  const number = noteBoxes().length;
  setAddMode(false, `Note ${number} placed. Write its text in the form.`);
  noteControl(box, 'text').focus();
}

/** Set after a press that placed or dragged, so its click opens no note. */
let swallowClick = false;
let swallowTimer = 0;

function swallowNextClick(): void {
  swallowClick = true;
  clearTimeout(swallowTimer);
  // A click that never comes (released elsewhere) must not eat a later one.
  swallowTimer = window.setTimeout(() => (swallowClick = false), 600);
}

/** On the preview's parent, capturing: the comparison never sees a press that places a note. */
function handlePreviewPress(event: PointerEvent): void {
  swallowClick = false;
  if (!event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0))
    return;
  const path = event.composedPath();
  if (!path.includes(preview)) return;
  if (adding) {
    const base = preview
      .shadowRoot!.querySelector('[part~="base"]')!
      .getBoundingClientRect();
    const {clientX, clientY} = event;
    if (
      clientX < base.left ||
      clientX > base.right ||
      clientY < base.top ||
      clientY > base.bottom
    )
      return;
    event.stopPropagation();
    event.preventDefault();
    swallowNextClick();
    const {x, y} = imagePointAt(clientX, clientY);
    placeNote(x, y);
    return;
  }
  const marker = path.find(
    (target): target is HTMLElement =>
      target instanceof HTMLElement && target.part.contains('marker')
  );
  if (marker) startMarkerDrag(event, marker);
}

function handlePreviewClick(event: MouseEvent): void {
  if (!swallowClick) return;
  swallowClick = false;
  event.stopPropagation();
  event.preventDefault();
}

// ---- Notes: dragging a marker ------------------------------------------

interface MarkerDrag {
  pointerId: number;
  marker: HTMLElement;
  box: HTMLFieldSetElement;
  side: 'before' | 'after';
  from: [number, number];
  /** From the pointer to the marker's centre, so the marker does not jump to the pointer. */
  grab: [number, number];
  moving: boolean;
  frame: number;
  at: [number, number];
}

let markerDrag: MarkerDrag | null = null;

/** The note whose marker this is: markers are drawn in note order, for notes with a point. */
function noteOfMarker(marker: HTMLElement): number {
  const markers = [...preview.shadowRoot!.querySelectorAll('[part~="marker"]')];
  const located = [
    ...preview.querySelectorAll<BeforeAfterNote>(':scope > before-after-note'),
  ]
    .map((note, i) => ({note, i}))
    .filter(({note}) => note.x !== null && note.y !== null);
  return located[markers.indexOf(marker)]?.i ?? -1;
}

function startMarkerDrag(event: PointerEvent, marker: HTMLElement): void {
  const index = noteOfMarker(marker);
  const box = noteBoxes()[index];
  if (!box) return;
  const centre = marker.getBoundingClientRect();
  markerDrag = {
    pointerId: event.pointerId,
    marker,
    box,
    side: noteControl(box, 'side').value === 'after' ? 'after' : 'before',
    from: [event.clientX, event.clientY],
    grab: [
      centre.left + centre.width / 2 - event.clientX,
      centre.top + centre.height / 2 - event.clientY,
    ],
    moving: false,
    frame: 0,
    at: [event.clientX, event.clientY],
  };
  listenToMarkerDrag(true);
}

function listenToMarkerDrag(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method]('pointermove', handleMarkerMove as EventListener);
  document[method]('pointerup', handleMarkerUp as EventListener);
  document[method]('pointercancel', handleMarkerUp as EventListener);
}

function handleMarkerMove(event: PointerEvent): void {
  const drag = markerDrag;
  if (!drag || event.pointerId !== drag.pointerId) return;
  drag.at = [event.clientX, event.clientY];
  if (!drag.moving) {
    const [x0, y0] = drag.from;
    if (Math.hypot(event.clientX - x0, event.clientY - y0) < DRAG_SLOP) return;
    drag.moving = true;
    try {
      drag.marker.setPointerCapture(drag.pointerId);
    } catch {
      // Not an active pointer: moves still arrive while over the page.
    }
  }
  event.preventDefault();
  drag.frame ||= requestAnimationFrame(() => moveMarker(drag));
}

/** Writes the dragged note's point into its fields; the preview and code follow from the form. */
function moveMarker(drag: MarkerDrag): void {
  drag.frame = 0;
  const [left, top] = drag.at;
  const {x, y} = imagePointAt(
    left + drag.grab[0],
    top + drag.grab[1],
    drag.side
  );
  noteControl(drag.box, 'x').value = String(x);
  noteControl(drag.box, 'y').value = String(y);
  update({keepUrl: true});
}

function handleMarkerUp(event: PointerEvent): void {
  const drag = markerDrag;
  if (!drag || event.pointerId !== drag.pointerId) return;
  markerDrag = null;
  listenToMarkerDrag(false);
  cancelAnimationFrame(drag.frame);
  if (!drag.moving) return;
  swallowNextClick();
  if (event.type === 'pointerup') moveMarker(drag);
  update();
  const number = noteBoxes().indexOf(drag.box) + 1;
  announce(
    noteStatus,
    `Note ${number} moved to ${noteControl(drag.box, 'x').value} % across, ${noteControl(drag.box, 'y').value} % down.`
  );
}

/** A divider move made by opening a note in the preview: the note's value, not a new start. */
function openedNote(): boolean {
  const notes = [
    ...preview.querySelectorAll<BeforeAfterNote>(':scope > before-after-note'),
  ];
  const open = notes.find((note) => note.open);
  return Boolean(open && open.value !== null && open.value === preview.value);
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
  if (openedNote()) return;
  write('value', String(Math.round(preview.value)));
  update();
});
figure.addEventListener('pointerdown', handlePreviewPress, true);
figure.addEventListener('click', handlePreviewClick, true);
addNote.addEventListener('click', () => setAddMode(!adding));
noteMiddle.addEventListener('click', () => placeNote(50, 50));
noteList.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>(
    '[data-note-action]'
  );
  const box = button?.closest<HTMLFieldSetElement>('.note');
  if (!button || !box) return;
  const value = noteControl(box, 'value');
  switch (button.dataset.noteAction) {
    case 'delete':
      deleteNote(box);
      return;
    case 'value':
      value.value = String(Math.round(preview.value));
      break;
    case 'clear-value':
      value.value = '';
      break;
  }
  touched.add(value.name);
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
