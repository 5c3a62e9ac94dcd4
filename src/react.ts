/**
 * JSX typings for React 19 apps: `<before-after>`, `<before-after-caption>`
 * and `<before-after-note>` with their attributes, properties and events. Types only (the module is
 * empty at run time); register the elements with `define.js`:
 *
 *   import 'before-after-compare/define.js';
 *   import type {} from 'before-after-compare/react';
 *
 * React 19 sets a prop as a property when the element has one (`value`,
 * `strings`), else as an attribute, so strings with an attribute are typed by
 * their attribute name (`before-label`), which works even before the element
 * is defined. `onInput` and `onChange` get the `input` and `change` events.
 *
 * @module
 */
import type {DetailedHTMLProps, HTMLAttributes, SyntheticEvent} from 'react';
import type {BeforeAfterCaption} from './before-after-caption.js';
import type {BeforeAfterNote} from './before-after-note.js';
import type {BeforeAfter} from './before-after.js';

/** What `onInput` and `onChange` get: React's event, from the element itself. */
export interface BeforeAfterEvent extends SyntheticEvent<BeforeAfter> {
  target: EventTarget & BeforeAfter;
}

/** The standard HTML props (`className`, `style`, `ref`, `key`, `lang`, `dir` …) of element `E`, without React's form events. */
type HtmlProps<E extends HTMLElement> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  'onInput' | 'onChange'
>;

/** The props of `<before-after>`: see the element's attributes and properties. */
export interface BeforeAfterProps extends HtmlProps<BeforeAfter> {
  /** Divider position, 0–100 (a number, or text as in the attribute). */
  value?: number | string;
  /** How far an arrow key moves the divider. */
  step?: number | string;
  orientation?: BeforeAfter['orientation'];
  'before-label'?: string;
  'after-label'?: string;
  /** The slider's accessible name. */
  label?: string;
  /** Nudge the divider once when it comes into view. */
  hint?: boolean;
  /** Only the handle drags; a finger elsewhere scrolls the page. */
  'handle-only'?: boolean;
  /** The reader may zoom and pan both images. */
  zoom?: boolean;
  /** The highest zoom level, 1–8 (default 4). */
  'max-zoom'?: number | string;
  /** The divider follows the reader's scroll through the viewport, holding at each note with a value. */
  'scroll-reveal'?: boolean;
  /** The page's own wording (a property). */
  strings?: BeforeAfter['strings'];
  /** @deprecated Use `strings.valueText`. */
  formatValueText?: BeforeAfter['formatValueText'];
  /** Each move the reader makes. */
  onInput?: (event: BeforeAfterEvent) => void;
  /** When the reader is done. */
  onChange?: (event: BeforeAfterEvent) => void;
}

/** The props of `<before-after-caption>`. */
export interface BeforeAfterCaptionProps extends HtmlProps<BeforeAfterCaption> {
  /** The id of the `<before-after>` it belongs to (attribute). */
  for?: string;
  /** The same, as the property. */
  htmlFor?: string;
  /** The page's own wording for the announcement (a property). */
  strings?: BeforeAfterCaption['strings'];
}

/** The props of `<before-after-note>`, a child of `<before-after>`. */
export interface BeforeAfterNoteProps extends HtmlProps<BeforeAfterNote> {
  /** The point, in percent of the `before` image's width and height. */
  x?: number | string;
  y?: number | string;
  /** Where the divider goes when the reader opens the note. */
  value?: number | string;
  /** On which image the marker shows. */
  side?: BeforeAfterNote['side'];
  /** How far opening the note zooms in on its point (with `zoom` on the comparison). */
  zoom?: number | string;
  /** Whether the note is open. */
  open?: boolean;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'before-after': BeforeAfterProps;
      'before-after-caption': BeforeAfterCaptionProps;
      'before-after-note': BeforeAfterNoteProps;
    }
  }
}
