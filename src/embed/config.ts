/**
 * The embed's configuration: the element's own attribute names, checked
 * once here for the embed page, the builder and the publish command alike.
 * A configuration comes from outside the page (a URL, a JSON file), so it is
 * untrusted: image URLs must be http(s) or relative, text stays text and has
 * a length limit, and unknown fields are dropped.
 */
import {isSafeImageUrl} from '../internal/url.js';

/** Every field, in the order the builder, query strings and JSON write them. */
export const FIELDS = [
  'before',
  'after',
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
  'value',
  'orientation',
  'dir',
  'lang',
  'title',
  'width',
  'height',
  'still',
  'zoom',
  'max-zoom',
  'scroll-reveal',
] as const;

export type Field = (typeof FIELDS)[number];

/**
 * The element's boolean attributes: on when present, so `?zoom` (empty) is
 * on, and off is `false` or no field at all.
 */
export const SWITCHES: readonly Field[] = ['zoom', 'scroll-reveal'];

/** A note pinned to a point of the images, as `<before-after-note>` takes it. */
export interface Note {
  /** Percent of the `before` image's width, from its left edge. */
  x: number;
  /** Percent of the `before` image's height, from its top edge. */
  y: number;
  /** Plain text, never markup. */
  text: string;
  /** Where the divider goes when the note is opened. */
  value?: number;
  /** The image the marker shows on; absent means both. */
  side?: 'before' | 'after';
  /** The zoom level opening the note goes to (above 1, at most 8), when the comparison has `zoom`. */
  zoom?: number;
}
export type NoteKey = keyof Note;

/** The text fields as attribute strings, and the notes. */
export type EmbedConfig = Partial<Record<Field, string>> & {notes?: Note[]};

/** What an error names: a field, a note (`notes[2]`) or a note's field (`notes[2].x`). */
export type ErrorField =
  | Field
  | 'config'
  | 'notes'
  | `notes[${number}]`
  | `notes[${number}].${NoteKey}`;
export interface FieldError {
  field: ErrorField;
  message: string;
}
export interface Checked {
  config: EmbedConfig;
  errors: FieldError[];
}

export const REQUIRED: readonly Field[] = [
  'before',
  'after',
  'before-alt',
  'after-alt',
];
export const URL_FIELDS: readonly Field[] = ['before', 'after', 'still'];
/** Longest accepted text, in characters: a tweet-sized label, a paragraph-sized caption. */
export const TEXT_LIMITS: Partial<Record<Field, number>> = {
  'before-alt': 300,
  'after-alt': 300,
  'before-label': 80,
  'after-label': 80,
  'before-caption': 1000,
  'after-caption': 1000,
  caption: 2000,
  'before-credit': 200,
  'after-credit': 200,
  credit: 200,
  title: 200,
};
export const MAX_URL_LENGTH = 2048;
/** Notes: at most this many, each at most this long. */
export const MAX_NOTES = 20;
export const NOTE_TEXT_LIMIT = 300;
/**
 * The query parameter that carries one note (repeated, in order):
 * `x,y[,value][,side][,zoom]:text`, the zoom written with an x (`3x`).
 */
export const NOTE_PARAM = 'note';
/** The highest zoom a comparison or a note may ask for, as the element allows. */
export const MAX_ZOOM = 8;
const SIDES = ['before', 'after', 'both'] as const;
/** Image sizes are only used for the aspect ratio; this keeps them plausible. */
export const MAX_IMAGE_SIDE = 20000;

const LANG = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i;
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\x00-\x1f\x7f]/;
/** Control characters but newline and tab, and the bidirectional overrides that could make text read otherwise than it is. */
const CONTROL_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are what it strips
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const SCHEME = /^\s*([a-z][a-z\d+.-]*)\s*:/i;
const WHAT: Partial<Record<Field, string>> = {
  before: 'the address of the earlier image',
  after: 'the address of the later image',
  'before-alt':
    'a description of the earlier image for readers who cannot see it',
  'after-alt': 'a description of the later image for readers who cannot see it',
};

/**
 * Checks a configuration (a parsed JSON object or a query string) and
 * returns the fields that passed, as strings ready to be set as attributes,
 * and one message per field that did not.
 */
export function checkConfig(input: unknown): Checked {
  const errors: FieldError[] = [];
  const raw = toRecord(input);
  const config: EmbedConfig = {};
  if (raw === null) {
    errors.push({
      field: 'config',
      message: 'The configuration must be a JSON object.',
    });
    return {config, errors};
  }
  for (const field of FIELDS) {
    const given = raw[field];
    // An empty switch is given: a boolean attribute is on when present.
    if (
      given === undefined ||
      given === null ||
      (given === '' && !SWITCHES.includes(field))
    ) {
      if (REQUIRED.includes(field))
        errors.push({
          field,
          message: `${field} is missing: give ${WHAT[field]}.`,
        });
      continue;
    }
    const result = checkField(field, given);
    if (typeof result !== 'string') errors.push({field, message: result.error});
    // zoom=false is no attribute at all.
    else if (result || !SWITCHES.includes(field)) config[field] = result;
  }
  const sizeRefused = errors.some(
    (e) => e.field === 'width' || e.field === 'height'
  );
  if (!sizeRefused && Boolean(config.width) !== Boolean(config.height)) {
    const missing: Field = config.width ? 'height' : 'width';
    errors.push({
      field: missing,
      message: `${missing} is missing: give both width and height, or neither.`,
    });
  }
  if (!config.width || !config.height) {
    delete config.width;
    delete config.height;
  }
  const given = raw.notes;
  if (given !== undefined && given !== null) {
    const notes = checkNotes(given, errors, input instanceof URLSearchParams);
    if (notes.length > 0) config.notes = notes;
  }
  return {config, errors};
}

/**
 * The notes, each checked as a whole: a note with any bad field is left out
 * and its error names that field (`notes[2].x`). From a query string, each
 * is first read from its `note` parameter.
 */
export function checkNotes(
  given: unknown,
  errors: FieldError[],
  fromQuery = false
): Note[] {
  if (!Array.isArray(given)) {
    errors.push({
      field: 'notes',
      message: 'notes must be a list of notes, each {x, y, text}.',
    });
    return [];
  }
  if (given.length > MAX_NOTES) {
    errors.push({
      field: 'notes',
      message: `notes has too many notes (${given.length}; at most ${MAX_NOTES}).`,
    });
    return [];
  }
  const notes: Note[] = [];
  for (const [i, item] of given.entries()) {
    // A query parameter not in the note's shape is reported once, by noteFromQuery.
    const fields = fromQuery ? noteFromQuery(String(item), i, errors) : item;
    const note =
      fromQuery && fields === null ? null : checkNote(fields, i, errors);
    if (note) notes.push(note);
  }
  return notes;
}

function checkNote(
  item: unknown,
  i: number,
  errors: FieldError[]
): Note | null {
  const at = `notes[${i}]` as const;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    errors.push({
      field: at,
      message: `${at} must be a note: {x, y, text}, with value, side and zoom if wanted.`,
    });
    return null;
  }
  const {x, y, text, value, side, zoom} = item as Record<string, unknown>;
  const count = errors.length;
  const fail = (key: NoteKey, message: string) =>
    errors.push({field: `${at}.${key}`, message: `${at}.${key} ${message}`});
  const point = (key: 'x' | 'y' | 'value', input: unknown) => {
    if (input === undefined || input === null || input === '') {
      if (key !== 'value')
        fail(
          key,
          `is missing: give a number from 0 to 100 (percent of the earlier image's ${key === 'x' ? 'width' : 'height'}).`
        );
      return undefined;
    }
    const n = toNumber(input);
    if (Number.isFinite(n) && n >= 0 && n <= 100)
      return Math.round(n * 100) / 100;
    fail(key, 'must be a number from 0 to 100.');
    return undefined;
  };
  const note: Note = {x: point('x', x)!, y: point('y', y)!, text: ''};
  if (typeof text !== 'string') {
    fail(
      'text',
      text === undefined || text === null
        ? 'is missing: give the note as plain text.'
        : 'must be text.'
    );
  } else {
    note.text = text.replace(CONTROL_IN_TEXT, '').trim();
    if (note.text === '')
      fail('text', 'is empty: give the note as plain text.');
    else if (note.text.length > NOTE_TEXT_LIMIT)
      fail(
        'text',
        `is too long (${note.text.length} characters; at most ${NOTE_TEXT_LIMIT}).`
      );
  }
  const divider = point('value', value);
  if (divider !== undefined) note.value = divider;
  if (side !== undefined && side !== null && side !== '') {
    if (
      typeof side === 'string' &&
      (SIDES as readonly string[]).includes(side.trim())
    ) {
      const word = side.trim();
      if (word !== 'both') note.side = word as 'before' | 'after';
    } else fail('side', 'must be before, after or both.');
  }
  if (zoom !== undefined && zoom !== null && zoom !== '') {
    // Not above 1 is no zoom at all for the element, so it is refused rather than ignored.
    const n = toNumber(zoom);
    if (n > 1 && n <= MAX_ZOOM) note.zoom = n;
    else fail('zoom', `must be a number above 1, at most ${MAX_ZOOM}.`);
  }
  return errors.length === count ? note : null;
}

/**
 * One `note` query parameter split into its fields, unchecked: `x,y:text`,
 * or with the value, side and zoom after y, `x,y,value,side,3x:text` (any
 * may be left out). The zoom is the last part, and the only one ending in
 * `x` (a value is a number, a side a word), so it cannot be read as either.
 * The text is everything after the first colon, so it may hold colons and
 * commas. `shaped` is false when it is not in that shape. The builder fills
 * its fields from it, so that a bad note shows where it is.
 */
export function splitNoteParam(param: string): {
  fields: Record<string, string>;
  shaped: boolean;
} {
  const colon = param.indexOf(':');
  const head = (colon < 0 ? param : param.slice(0, colon)).split(',');
  const [x = '', y = '', ...rest] = head.map((part) => part.trim());
  const fields: Record<string, string> = {x, y};
  if (colon >= 0) fields.text = param.slice(colon + 1);
  if (/.x$/i.test(rest[rest.length - 1] ?? ''))
    fields.zoom = rest.pop()!.slice(0, -1);
  if (rest.length === 2 && rest[0] === '') rest.shift();
  if (rest.length === 1 && !/^[\d.+-]/.test(rest[0]!)) rest.unshift('');
  const [value, side] = rest;
  if (value) fields.value = value;
  if (side) fields.side = side;
  return {fields, shaped: colon >= 0 && rest.length <= 2};
}

/** One `note` query parameter as a note to check; null, and an error naming the note, when it is not in shape. */
function noteFromQuery(
  param: string,
  i: number,
  errors: FieldError[]
): Record<string, string> | null {
  const {fields, shaped} = splitNoteParam(param);
  if (shaped) return fields;
  errors.push({
    field: `notes[${i}]`,
    message: `notes[${i}] must read x,y:text or x,y,value,side,3x:text.`,
  });
  return null;
}

/** One field's value, cleaned, or why it was refused. */
export function checkField(
  field: Field,
  given: unknown
): string | {error: string} {
  if (SWITCHES.includes(field)) {
    // As the attribute: on when present (`?zoom`), so off must be said.
    const word = typeof given === 'string' ? given.trim() : given;
    if (word === true || word === 'true' || word === '') return 'true';
    if (word === false || word === 'false') return '';
    return {error: `${field} must be true or false.`};
  }
  const numeric =
    field === 'value' ||
    field === 'width' ||
    field === 'height' ||
    field === 'max-zoom';
  if (typeof given === 'number' && numeric && Number.isFinite(given))
    given = String(given);
  if (typeof given !== 'string') return {error: `${field} must be text.`};
  if (URL_FIELDS.includes(field)) {
    if (given.length > MAX_URL_LENGTH)
      return {
        error: `${field} is too long (${given.length} characters; at most ${MAX_URL_LENGTH}).`,
      };
    return isSafeConfigUrl(given)
      ? given.trim()
      : {error: `${field} must be an http:, https: or relative address.`};
  }
  const limit = TEXT_LIMITS[field];
  if (limit !== undefined) {
    const text = given.replace(CONTROL_IN_TEXT, '').trim();
    return text.length > limit
      ? {
          error: `${field} is too long (${text.length} characters; at most ${limit}).`,
        }
      : text;
  }
  const text = given.trim();
  switch (field) {
    case 'value':
    case 'max-zoom': {
      const [min, max] = field === 'value' ? [0, 100] : [1, MAX_ZOOM];
      const n = text === '' ? NaN : Number(text);
      return n >= min && n <= max
        ? String(Math.round(n * 100) / 100)
        : {error: `${field} must be a number from ${min} to ${max}.`};
    }
    case 'width':
    case 'height': {
      const n = Number(text);
      return /^\d+$/.test(text) && n >= 1 && n <= MAX_IMAGE_SIDE
        ? String(n)
        : {
            error: `${field} must be a whole number of pixels from 1 to ${MAX_IMAGE_SIDE}.`,
          };
    }
    case 'orientation':
      return text === 'horizontal' || text === 'vertical'
        ? text
        : {error: 'orientation must be horizontal or vertical.'};
    case 'dir':
      return text === 'ltr' || text === 'rtl' || text === 'auto'
        ? text
        : {error: 'dir must be ltr, rtl or auto.'};
    case 'lang':
      return LANG.test(text) && text.length <= 35
        ? text
        : {error: 'lang must be a language tag such as en, fr or ar-SY.'};
    default:
      return {error: `${field} is not a known field.`};
  }
}

/**
 * Stricter than `isSafeImageUrl` alone: no control characters at all, and the
 * address must still be http(s) or relative once percent- and
 * entity-escapes are undone, so `javascript%3A…` or `&#106;avascript:` cannot
 * pass for a relative path in some later, decoding step.
 */
export function isSafeConfigUrl(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed === '' || CONTROL.test(trimmed) || !isSafeImageUrl(trimmed))
    return false;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, 'https://relative.invalid/');
  } catch {
    return false;
  }
  if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:')
    return false;
  let text = trimmed;
  for (let i = 0; i < 3; i++) {
    const decoded = unescapeOnce(text);
    if (decoded === text) break;
    text = decoded;
    if (CONTROL.test(text)) return false;
    const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
      return false;
  }
  return true;
}

function unescapeOnce(text: string): string {
  let out = text.replace(
    /&#x([\da-f]+);?|&#(\d+);?|&colon;/gi,
    (_, hex, dec) =>
      hex || dec
        ? String.fromCodePoint(
            Math.min(parseInt(hex ?? dec, hex ? 16 : 10), 0x10ffff)
          )
        : ':'
  );
  try {
    out = decodeURIComponent(out);
  } catch {
    out = out.replace(/%([\da-f]{2})/gi, (_, hex) =>
      String.fromCharCode(parseInt(hex, 16))
    );
  }
  return out;
}

/** A number given as a number or as text; NaN for anything else. */
function toNumber(input: unknown): number {
  return typeof input === 'number'
    ? input
    : typeof input === 'string' && input.trim() !== ''
      ? Number(input)
      : NaN;
}

function toRecord(input: unknown): Record<string, unknown> | null {
  if (input instanceof URLSearchParams) {
    const record: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = input.get(field);
      if (value !== null) record[field] = value;
    }
    const notes = input.getAll(NOTE_PARAM);
    if (notes.length > 0) record.notes = notes;
    return record;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return null;
  return input as Record<string, unknown>;
}

/**
 * The configuration as a query string, fields in their usual order, then
 * one `note` parameter per note, encoded as URLSearchParams does. `compact`
 * leaves as they are the characters a query may hold unescaped
 * (`, : / @ ! ' ( ) * ~`), so an embed's address stays short and readable.
 */
export function toQuery(config: EmbedConfig, compact = false): string {
  const pairs: [string, string][] = [];
  for (const field of FIELDS) {
    const value = config[field];
    if (value) pairs.push([field, value]);
  }
  for (const note of config.notes ?? [])
    pairs.push([NOTE_PARAM, noteParam(note)]);
  if (!compact) return new URLSearchParams(pairs).toString();
  return pairs
    .map(([name, value]) => `${name}=${encodeQueryValue(value)}`)
    .join('&');
}

/** A note as its query parameter: `x,y[,value][,side][,zoom]:text`, the zoom as `3x`. */
export function noteParam({x, y, value, side, zoom, text}: Note): string {
  const head = [
    x,
    y,
    value,
    side,
    zoom === undefined ? undefined : `${zoom}x`,
  ].filter((part) => part !== undefined);
  return `${head.join(',')}:${text}`;
}

function encodeQueryValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/%(2C|3A|2F|40)/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16))
    )
    .replace(/%20/g, '+');
}

/** The configuration as JSON, fields in their usual order, then the notes. */
export function toJson(config: EmbedConfig): string {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELDS) if (config[field]) ordered[field] = config[field];
  // A switch reads best as one in JSON.
  for (const field of SWITCHES) if (config[field]) ordered[field] = true;
  if (config.notes?.length)
    ordered.notes = config.notes.map(({x, y, text, value, side, zoom}) => ({
      x,
      y,
      text,
      ...(value !== undefined && {value}),
      ...(side && {side}),
      ...(zoom !== undefined && {zoom}),
    }));
  return JSON.stringify(ordered, null, 2);
}

/** Room the caption panel below the comparison is given before the frame has measured itself. */
export const CAPTION_ALLOWANCE = 160;
/** And each note, listed under the images: two lines of its text. */
export const NOTE_ALLOWANCE = 48;

/**
 * The iframe's size before it can tell its host: the images' aspect ratio
 * (16:9 when unknown) at `width`, plus room for the caption and the notes.
 * Without the resizer the frame scrolls if this is short, rather than
 * clipping.
 */
export function frameSize(
  config: EmbedConfig,
  width = 640
): {width: number; height: number} {
  const ratio =
    config.width && config.height
      ? Number(config.height) / Number(config.width)
      : 9 / 16;
  const notes = (config.notes?.length ?? 0) * NOTE_ALLOWANCE;
  return {
    width,
    height: Math.round(width * ratio) + CAPTION_ALLOWANCE + notes,
  };
}
