import {LitElement, css, html, isServer, nothing} from 'lit';
import {isEnglish, languageOf} from './internal/strings.js';
import {markerStyles} from './internal/marker.styles.js';
import {fromServer} from './internal/server-root.js';
import {cancelTurn, inTurn} from './internal/turns.js';
import {clamp, parseNumber, round} from './internal/value.js';

export type NoteSide = 'before' | 'after' | 'both';

/** What a comparison does for its notes (see NotesController). */
export interface NotesHost {
  /** Opens a note as the reader's press on its marker does. */
  show(note: BeforeAfterNote): void;
  /** A note's point, value, side or open state changed. */
  changed(): void;
}

/** Each comparison that shows notes, by its element. */
export const comparisons = new WeakMap<Element, NotesHost>();

/** Notes whose show() came before their comparison was ready: it opens them when it is. */
export const pendingShows = new WeakSet<Element>();

/** Notes whose comparison draws their marker: the server's, if any, can go. */
export const marked = new WeakSet<Element>();

const styles = css`
  /* The same boxes before-after.css gives the note before it is defined. */
  :host {
    display: block;
    padding-inline-start: 2em;
    margin-block-start: 0.25em;
    font-size: 0.875em;
    line-height: 1.45;
  }

  :host(:first-of-type) {
    margin-block-start: 0.5rem;
  }

  :host([hidden]) {
    display: none;
  }

  .number {
    display: inline-block;
    min-width: 2em;
    margin-inline-start: -2em;
    font-weight: 700;
  }
`;

/**
 * Only in the server's declarative shadow root: the note's marker, drawn
 * from its own x and y before any script, as a percentage of the image box
 * (the server's box has the images' shape: --before-after-aspect-ratio, or
 * 16:9). Its box is the comparison's, rebuilt above the list the note sits
 * in (the comparison's server styles make that list the containing block,
 * right under the images); numbered as the list is. The comparison's own
 * marker replaces it once drawn. A function, so browser bundles leave it out.
 */
const serverStyles = () => css`
  :host {
    counter-increment: before-after-note;
  }

  .pins {
    position: absolute;
    left: 0;
    bottom: 100%;
    width: 100%;
    aspect-ratio: var(--before-after-aspect-ratio, 16 / 9);
    overflow: clip;
    /* Over the images and labels, under the handle, as the client's are. */
    z-index: 3;
    pointer-events: none;
  }

  /* Drawn as the comparison's marker (markerStyles), without its focus states. */
  .pin {
    position: absolute;
    display: grid;
    place-items: center;
    pointer-events: auto;
  }

  .pin::before {
    content: counter(before-after-note);
  }

  @media print {
    .pins {
      display: none;
    }
  }
`;

/**
 * A note pinned to a point of a `<before-after>` comparison's images: a
 * numbered marker at that point opens it in a bubble, and moves the divider
 * to where the change is in view. Place it inside the `<before-after>`,
 * after the images. Under the images the notes read as a numbered list, also
 * before the script runs and without JavaScript (with `before-after.css`),
 * and on paper.
 *
 * Its code is fetched only by a page that has a note.
 *
 * @summary A numbered note pinned to a point of a comparison's images.
 * @tagname before-after-note
 *
 * @slot - The note: text and inline elements.
 *
 * @csspart number - The note's number in the list under the images.
 */
export class BeforeAfterNote extends LitElement {
  static override styles = isServer
    ? [styles, markerStyles, serverStyles()]
    : styles;

  static override properties = {
    x: {noAccessor: true},
    y: {noAccessor: true},
    value: {noAccessor: true},
    side: {noAccessor: true},
    zoom: {noAccessor: true},
    open: {type: Boolean, reflect: true},
    number: {attribute: false},
  };

  /**
   * Where the note points, in percent of the `before` image's width from its
   * left edge (image space: right-to-left pages and vertical comparisons
   * leave it as is). Out of 0–100 clamps; not a number is `null`: the note
   * is listed but has no marker.
   */
  get x(): number | null {
    return this.__x;
  }
  set x(next: unknown) {
    const old = this.__x;
    this.__x = coordinate(next);
    this.requestUpdate('x', old);
  }
  private __x: number | null = null;

  /** Where the note points, in percent of the `before` image's height from its top edge; as `x`. */
  get y(): number | null {
    return this.__y;
  }
  set y(next: unknown) {
    const old = this.__y;
    this.__y = coordinate(next);
    this.requestUpdate('y', old);
  }
  private __y: number | null = null;

  /**
   * Where the divider goes when the reader opens the note, 0–100, so that
   * the change is in view; out of range clamps. `null` (absent or not a
   * number) leaves the divider where it is.
   */
  get value(): number | null {
    return this.__value;
  }
  set value(next: unknown) {
    const old = this.__value;
    this.__value = coordinate(next);
    this.requestUpdate('value', old);
  }
  private __value: number | null = null;

  /** On which image the marker shows: `before`, `after` or `both` (the default, also for anything else). */
  get side(): NoteSide {
    return this.__side;
  }
  set side(next: unknown) {
    const old = this.__side;
    this.__side = next === 'before' || next === 'after' ? next : 'both';
    this.requestUpdate('side', old);
  }
  private __side: NoteSide = 'both';

  /**
   * How far opening the note zooms in on its point, when its comparison has
   * `zoom` (up to the comparison's `max-zoom`). Not a number, or 1 and
   * below, is `null`: opening it leaves the zoom as it is.
   */
  get zoom(): number | null {
    return this.__zoom;
  }
  set zoom(next: unknown) {
    const old = this.__zoom;
    const n = typeof next === 'number' ? next : parseNumber(String(next ?? ''));
    this.__zoom = n > 1 ? Math.min(n, 8) : null;
    this.requestUpdate('zoom', old);
  }
  private __zoom: number | null = null;

  /**
   * Whether the note is open in its comparison's bubble; one note is open at
   * a time. Setting it from script opens or closes the bubble without moving
   * the divider or firing events; `show()` does what a reader's press does.
   */
  open = false;

  /** The note's number, 1, 2, … in document order among its comparison's notes; set by the comparison (0 before). */
  number = 0;

  /**
   * Opens the note as a reader's press on its marker does: focuses the
   * marker and moves the divider to `value`, firing `input` and `change`.
   */
  show(): void {
    const comparison = comparisons.get(this.parentElement!);
    if (comparison) comparison.show(this);
    else pendingShows.add(this);
  }

  private __fromServer = false;

  /**
   * Whether the server's marker is drawn: on the server, and after
   * hydration until the comparison draws its own (`marked`).
   */
  private __pinned = isServer;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const [root, hydrating] = fromServer(this, () => super.createRenderRoot());
    this.__fromServer = this.__pinned = hydrating;
    return root;
  }

  private __started = false;

  /** Rendered in turns, as its comparison (see BeforeAfter's connectedCallback). */
  override connectedCallback(): void {
    if (this.__started) super.connectedCallback();
    else inTurn(this, this.__start);
  }

  override disconnectedCallback(): void {
    if (this.__started) super.disconnectedCallback();
    else cancelTurn(this);
  }

  private __start = (): void => {
    if (this.__started || !this.isConnected) return;
    this.__started = true;
    super.connectedCallback();
    this.performUpdate();
  };

  protected override firstUpdated(): void {
    // Numbered now: the page's number for it (before-after.css) goes. Not on
    // the server, whose markup has none until the comparison's script runs.
    this.setAttribute('rendered', '');
    // Hydrated as the server drew it (no number): now the number.
    if (this.__fromServer) {
      this.__fromServer = false;
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  protected override updated(): void {
    comparisons.get(this.parentElement!)?.changed();
  }

  protected override render() {
    return html`<span class="number" part="number" aria-hidden="true"
        >${this.number && !this.__fromServer ? `${formatNumber(languageOf(this), this.number)}.` : nothing}</span
      ><slot></slot>${
        // Hydrating, as the server drew it, even if the comparison marks it already.
        this.__pinned &&
        (this.__fromServer || !marked.has(this)) &&
        this.x !== null &&
        this.y !== null
          ? html`<span class="pins" aria-hidden="true"
              ><span
                class="marker pin"
                style="left: ${this.x}%; top: ${this.y}%"
              ></span
            ></span>`
          : nothing
      }`;
  }
}

/** A point or value as the attributes give it: clamped to 0–100, or `null` when it is not a number. */
function coordinate(input: unknown): number | null {
  const n =
    typeof input === 'number'
      ? input
      : input === null || input === undefined
        ? NaN
        : parseNumber(String(input));
  return Number.isNaN(n) ? null : round(clamp(n));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A note's number in the language's own digits (Arabic-Indic for `ar`). */
export function formatNumber(lang: string, n: number): string {
  if (isEnglish(lang)) return String(n);
  let format = numberFormats.get(lang);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang || 'en');
    } catch {
      format = new Intl.NumberFormat('en');
    }
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

declare global {
  interface HTMLElementTagNameMap {
    'before-after-note': BeforeAfterNote;
  }
}
