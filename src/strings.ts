/**
 * Every word the elements say, as one table per language. English is built
 * in; the others are in `locales/`, each fetched only by a page in that
 * language. A page changes any of them through the elements' `strings`
 * property.
 */

/**
 * A string with `{name}` placeholders, or a function given the same values.
 * Placeholders are filled once: a label that contains `{after}` stays as written.
 */
export type Template<Params = Record<never, never>> =
  string | ((params: Params) => string);

/** What the slider's value text is made of. */
export interface ValueTextParams {
  /** The divider's position, 0–100. */
  value: number;
  /** The `before` image's label (or `beforeImage`) and the share of the view it covers, formatted for the language ("62 %"). */
  before: string;
  beforePercent: string;
  /** Where the `before` image is as the reader sees it: `left`, `right` or `top`. */
  beforeSide: string;
  after: string;
  afterPercent: string;
  /** `right`, `left` or `bottom`. */
  afterSide: string;
}

export interface Strings {
  /** The slider's accessible name when both images have labels. */
  label: Template<{before: string; after: string}>;
  /** The slider's accessible name when a label is missing. */
  labelWithoutDates: Template;
  /** Stands in for a missing `before-label` in the value text. */
  beforeImage: Template;
  /** Stands in for a missing `after-label`. */
  afterImage: Template;
  /** The slider's `aria-valuetext`. */
  valueText: Template<ValueTextParams>;
  /** Where an image is, as the value text says it. */
  left: Template;
  right: Template;
  top: Template;
  bottom: Template;
  /** The caption panel's announcement when the date in view changes. */
  mostly: Template<{date: string}>;
  /** Shown in place of a missing image. */
  noBeforeImage: Template;
  noAfterImage: Template;
  /** Shown in place of an image that failed to load. */
  imageUnavailable: Template<{alt: string}>;
  /** The same, for an image without alt text. */
  imageUnavailableWithoutAlt: Template;
  /** A note's marker, as assistive technology names it: its number (in the language's digits) and its text. */
  note: Template<{number: string; text: string}>;
  /** The button that closes an open note. */
  closeNote: Template;
  /** The name of a list of notes (the caption panel's). */
  notes: Template;
  /** The zoom buttons' names. */
  zoomIn: Template;
  zoomOut: Template;
  zoomReset: Template;
  /** Said after the reader zooms: the level, formatted for the language ("200 %"). */
  zoomLevel: Template<{percent: string}>;
}

/** The built-in language, and the fallback for any string a table or override lacks. */
export const english: Strings = {
  label: 'Compare {before} with {after}',
  labelWithoutDates: 'Image comparison',
  beforeImage: 'before image',
  afterImage: 'after image',
  valueText:
    '{beforePercent} {before} {beforeSide}, {afterPercent} {after} {afterSide}',
  left: 'on the left',
  right: 'on the right',
  top: 'on top',
  bottom: 'below',
  mostly: 'Mostly {date}',
  noBeforeImage: 'No before image',
  noAfterImage: 'No after image',
  imageUnavailable: 'Image unavailable: {alt}',
  imageUnavailableWithoutAlt: 'Image unavailable',
  note: 'Note {number}: {text}',
  closeNote: 'Close note',
  notes: 'Notes',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  zoomLevel: 'Zoom {percent}',
};
