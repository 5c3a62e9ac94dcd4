import {LitElement, html, isServer, nothing} from 'lit';
import {serverStyles, styles} from './before-after.styles.js';
import {BoxController} from './internal/box-controller.js';
import {DragController} from './internal/drag-controller.js';
import {Features} from './internal/features.js';
import {handleStop, isRtl} from './internal/geometry.js';
import {
  ImageSlotsController,
  type Side,
} from './internal/image-slots-controller.js';
import {valueForKey} from './internal/keys.js';
import {layer} from './internal/layer.js';
import {nameText, problemText, valueText} from './internal/spoken.js';
import {InTurns} from './internal/start.js';
import {setState} from './internal/states.js';
import {StringsController} from './internal/strings-controller.js';
import {
  asText,
  DEFAULT_STEP,
  DEFAULT_VALUE,
  MAX_ZOOM,
  sanitizeMaxZoom,
  sanitizeStep,
  sanitizeValue,
} from './internal/value.js';
import type {Strings} from './strings.js';

export type Orientation = 'horizontal' | 'vertical';

/**
 * Compares two images of the same scene: the reader drags a divider (or uses
 * the keyboard) to reveal the `before` image on the inline-start side (top
 * when vertical) and the `after` image on the other.
 *
 * On a page of many, comparisons draw themselves in turns, in page order (one
 * on screen at once: scrolled to, or there when the page opened), and each
 * sets the `rendered` attribute once it has drawn.
 *
 * @summary A before/after image comparison slider.
 *
 * @slot before - The earlier image: an `<img>` or `<picture>`. Give it `width` and `height` so its box is reserved before it loads.
 * @slot after - The later image, fitted to the same box (`object-fit: cover` by default).
 * @slot - `<before-after-note>` elements: notes pinned to points of the images, listed under them. Their code is fetched only when one is there.
 *
 * @csspart base - The box that holds both images; its aspect ratio comes from the `before` image's `width`/`height`.
 * @csspart before - The layer holding the `before` image, clipped at the divider.
 * @csspart after - The layer holding the `after` image.
 * @csspart label - Both on-image labels. Each stays on its own side of the divider: capped at half the box (its text wraps and shrinks with the box), it fades out before the divider reaches it.
 * @csspart before-label - The label on the `before` image.
 * @csspart after-label - The label on the `after` image.
 * @csspart divider - The line between the images.
 * @csspart handle - The round grip on the divider; it is the focusable `role="slider"`.
 * @csspart notes - The numbered list of the notes under the images.
 * @csspart marker - Each note's numbered button on its point of the image; it opens the note.
 * @csspart note - The bubble that shows the open note beside its marker.
 * @csspart note-close - The button that closes the open note.
 * @csspart story-note - With `scroll-reveal`, each note's bubble shown while the scroll story holds at its value (hidden from assistive technology, which reads the notes' list).
 * @csspart zoom-in - The button that zooms in ×2 (with `zoom`), in the box's bottom inline-end corner.
 * @csspart zoom-out - The button that zooms out ×2; disabled at 1×.
 * @csspart zoom-reset - The button that shows the whole images again; disabled at 1×.
 * @csspart error - The message shown in place of a missing or broken image, in that image's half of the box (inline-start or top for `before`); the divider and its handle pass over it.
 *
 * @cssprop --before-after-divider-color - Colour of the line and of the handle's ring. Default `#fff`.
 * @cssprop --before-after-divider-width - Thickness of the line. Default `2px`.
 * @cssprop --before-after-handle-size - Diameter of the handle; never below 44px, the smallest comfortable touch target. Default `44px`.
 * @cssprop --before-after-handle-color - Fill of the handle. Default `rgb(0 0 0 / 0.55)`.
 * @cssprop --before-after-handle-icon-color - Colour of the arrows in the handle. Default `#fff`.
 * @cssprop --before-after-focus-color - Keyboard focus ring. Default `#1a73e8`.
 * @cssprop --before-after-label-color - Text of the on-image labels. Default `#fff`.
 * @cssprop --before-after-label-background - Background of the on-image labels. Default `rgb(0 0 0 / 0.7)`.
 * @cssprop --before-after-background - Shown behind the images while they load. Default `#d9d9d9`.
 * @cssprop --before-after-aspect-ratio - Overrides the box's aspect ratio (e.g. `4 / 3`). Default: the `before` image's `width / height`, else `16 / 9`.
 * @cssprop --before-after-object-fit - How each image fills the box. Default `cover`.
 * @cssprop --before-after-object-position - Where each image sits in the box. Default `center`.
 * @cssprop --before-after-marker-color - Fill of the notes' markers. Default `#b3261e`.
 * @cssprop --before-after-marker-text-color - Number on the notes' markers. Default `#fff`.
 *
 * @cssstate dragging - While a pointer drags the divider.
 *
 * @fires input - Each time the reader moves the divider (drag move or key press). Bubbles, composed.
 * @fires change - When the reader is done: the pointer is released or cancelled (if the value changed), or a key press moved the divider. Bubbles, composed.
 * @fires zoom - When the reader changes the zoom level (a button, a key, the wheel, a double tap, the end of a pinch, a note that zooms) or ends a pan; read `zoomLevel`. Not for `zoomTo()`. Bubbles, composed.
 */
export class BeforeAfter extends InTurns {
  static override styles = isServer ? [styles, serverStyles()] : styles;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  // Not decorators: the same declarations in fewer bytes (no decorator code or helper).
  static override properties = {
    value: {noAccessor: true, converter: {fromAttribute: asText}},
    step: {noAccessor: true, converter: {fromAttribute: asText}},
    orientation: {reflect: true},
    beforeLabel: {attribute: 'before-label', reflect: true},
    afterLabel: {attribute: 'after-label', reflect: true},
    label: {},
    strings: {attribute: false},
    hint: {type: Boolean},
    handleOnly: {type: Boolean, attribute: 'handle-only', reflect: true},
    formatValueText: {attribute: false},
    zoom: {type: Boolean, reflect: true},
    maxZoom: {
      attribute: 'max-zoom',
      noAccessor: true,
      converter: {fromAttribute: asText},
    },
    scrollReveal: {type: Boolean, attribute: 'scroll-reveal', reflect: true},
  };

  /** The divider's position, 0–100 from the inline-start (or top) edge; not a number means 50. Setting it fires no event. */
  get value(): number {
    return this.__current;
  }
  set value(next: unknown) {
    // The one place a value is checked: everything downstream trusts it.
    const old = this.__current;
    this.__current = sanitizeValue(next);
    this.requestUpdate('value', old);
  }
  private __current = DEFAULT_VALUE;

  /** How far an arrow key moves the divider, in percent. Zero, negative or not a number means 1. */
  get step(): number {
    return this.__currentStep;
  }
  set step(next: unknown) {
    const old = this.__currentStep;
    this.__currentStep = sanitizeStep(next);
    this.requestUpdate('step', old);
  }
  private __currentStep = DEFAULT_STEP;

  /** `horizontal` (default) or `vertical` (the `before` image on top). Anything else means horizontal. */
  orientation: Orientation = 'horizontal';

  /** What the `before` image shows, e.g. its date. Shown on the image and read in the slider's value text. */
  beforeLabel = '';

  /** What the `after` image shows, e.g. its date. */
  afterLabel = '';

  /** The slider's accessible name. Default: the `label` string, "Compare {before-label} with {after-label}" in English. */
  label = '';

  /** The page's own wording for any string, as templates (`'{before} vs {after}'`) or functions; assign a new object to change it. */
  strings: Partial<Strings> = {};

  /** Nudges the divider once, when it first comes into view (not under reduced motion, nor once touched). Fires no event. */
  hint = false;

  /** Only the handle drags: a finger elsewhere on the images scrolls the page either way. The keyboard is unchanged. */
  handleOnly = false;

  /**
   * Builds the slider's `aria-valuetext`; wins over `strings.valueText`.
   * @deprecated Use `strings.valueText`, which gets the sides and percentages in the page's language.
   */
  formatValueText?: (value: number, element: BeforeAfter) => string;

  /** The reader may zoom into both images at once and pan them (buttons, wheel, pinch, double tap, keys; see docs/zoom.md). Its code is fetched only when set. */
  zoom = false;

  /** The highest zoom level: default 4; below 1 or not a number means 4, above 8 means 8. */
  get maxZoom(): number {
    return this.__maxZoom;
  }
  set maxZoom(next: unknown) {
    const old = this.__maxZoom;
    this.__maxZoom = sanitizeMaxZoom(next);
    this.requestUpdate('maxZoom', old);
  }
  private __maxZoom = MAX_ZOOM;

  /**
   * The divider follows the reader's scroll, from `before` (100) to `after`
   * (0), holding at each note with a value, until the reader takes over (see
   * docs/scroll-story.md). Fires no event. Its code is fetched only when set.
   */
  scrollReveal = false;

  /** How far the images are zoomed: 1 shows them whole. */
  get zoomLevel(): number {
    return this.__features?.__zoom?.level ?? 1;
  }

  /** Zooms to `level` (1 to `maxZoom`) about (`x`, `y`), in percent of the `before` image. Fires no event; settles once drawn (on a page of many, a comparison not drawn yet first waits for its turn). */
  async zoomTo(level: number, x?: number, y?: number): Promise<void> {
    await this.updateComplete;
    (await this.__features.__zoomCode()).zoomTo(level, x, y);
  }

  private __lastSpoken?: string;
  // Made at the first update, not at the upgrade: a page of 300 comparisons
  // upgrades them all in one task, and each starts in a turn of its own.
  private __internals!: ElementInternals;
  private __images!: ImageSlotsController;
  private __words!: StringsController;
  private __box!: BoxController;
  private __features!: Features;
  private __drag!: DragController;

  protected override willUpdate(): void {
    // Drawn: the page's rules for a comparison not yet rendered (before-after.css) are not for it.
    if (isServer) this.setAttribute('rendered', '');
    if (this.orientation !== 'vertical') this.orientation = 'horizontal';
    if (!this.__drag) {
      this.__internals = this.attachInternals();
      this.__images = new ImageSlotsController(this);
      this.__words = new StringsController(this, () => this.__fromServer);
      this.__box = new BoxController(this, {
        vertical: () => this.orientation === 'vertical',
        value: () => this.value,
        at: () => this.__features.__at(this.value),
        measured: () => {
          this.__drag.forgetBox();
          this.__features.__story?.rebuild();
        },
      });
      this.__features = new Features(this, {
        words: this.__words,
        box: this.__box,
        move: (value) => this.__moveWhole(value),
        cancelDrag: () => this.__drag.cancel(),
      });
      this.__drag = new DragController(this, {
        // Zoomed, a press on the images pans them: the divider moves from its handle only.
        handleOnly: () => this.handleOnly || this.zoomLevel > 1,
        vertical: () => this.orientation === 'vertical',
        value: () => this.value,
        handleStop: () => handleStop(this.__box.measures),
        onStart: () => setState(this.__internals, 'dragging', true),
        onMove: (value) => this.__moveByReader(value),
        onEnd: ({changed}) => {
          // The value text waited for the end of the drag.
          this.requestUpdate();
          setState(this.__internals, 'dragging', false);
          if (changed) this.__emit('change');
        },
      });
    }
  }

  protected override updated(): void {
    this.__features.__load(this.__near);
    this.__box.draw();
  }

  protected override render() {
    const {__notes: notes, __zoom: zoom} = this.__features;
    return html`
      <div
        class="track"
        part="base"
        style=${isServer ? `--_at: ${this.value}` : nothing}
      >
        ${this.__layer('before', this.beforeLabel)}
        ${this.__layer('after', this.afterLabel)}
        <div class="mover">
          <div class="divider" part="divider"></div>
          <div
            class="handle"
            part="handle"
            role="slider"
            tabindex="0"
            aria-label=${
              this.label ||
              nameText(this.__words, this.beforeLabel, this.afterLabel)
            }
            aria-orientation=${this.orientation}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${isServer ? this.value : nothing}
            aria-valuetext=${this.__spokenValue()}
            @keydown=${this.__handleKeyDown}
            @focus=${this.__handleFocus}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M9 6 3 12l6 6zm6 0v12l6-6z" />
            </svg>
          </div>
        </div>
        ${notes?.render()} ${zoom?.render()}
      </div>
      <slot
        class="legend"
        part="notes"
        data-no-drag
        @slotchange=${this.__features.__handleNotes}
      ></slot>
    `;
  }

  private __layer(side: Side, text: string) {
    // Hydrating: as the server drew it (it sees no images); the next update tells.
    const problem = this.__fromServer ? null : this.__images.errors[side];
    const error = problem && problemText(this.__words, side, problem);
    return layer(side, text, error, this.__images.handleSlotChange);
  }

  /** The value text, rebuilt when a drag ends, not mid-drag, when nobody listens. */
  private __spokenValue(): string {
    if (!this.__drag.dragging || this.__lastSpoken === undefined)
      this.__lastSpoken =
        this.formatValueText?.(this.value, this) ??
        valueText(this.__words, this, isRtl(this, this.__fromServer));
    return this.__lastSpoken;
  }

  /** The spoken sides follow the page's direction, which may have flipped since the last render. */
  private __handleFocus = (): void => this.requestUpdate();

  private __handleKeyDown = (event: KeyboardEvent): void => {
    const next = valueForKey(event.key, event.shiftKey, {
      value: this.value,
      step: this.step,
      vertical: this.orientation === 'vertical',
      rtl: isRtl(this),
    });
    // Not ours: the zoom's, which leaves modified keys alone too.
    if (next === null || event.altKey || event.ctrlKey || event.metaKey) {
      if (this.__features.__zoom?.key(event)) event.preventDefault();
      return;
    }
    event.preventDefault();
    this.__moveWhole(next);
  };

  /**
   * The event rule, in one place: a move the reader makes fires `input` if
   * it moved the divider (and is reported as such, so the caller can fire
   * `change` when the reader is done); values set from script fire nothing.
   */
  private __moveByReader(next: number): boolean {
    // Not at the press: a touch that turns into a page scroll leaves the hint alone.
    this.__features.__cancelHint();
    const old = this.value;
    // The one check on the way from the pointer or the keys.
    const value = sanitizeValue(next);
    if (value === old) return false;
    this.__current = value;
    // A drag frame only draws (the value text waits for the end); crossing
    // the middle updates, for the caption's side in view.
    if (this.__drag.dragging && Math.sign(value - 50) === Math.sign(old - 50))
      this.__box.draw();
    else this.requestUpdate('value', old);
    this.__emit('input');
    return true;
  }

  /** A move that is done as soon as it is made (a key press, a note). */
  private __moveWhole(next: number): void {
    if (this.__moveByReader(next)) this.__emit('change');
  }

  private __emit(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, {bubbles: true, composed: true}));
  }
}
