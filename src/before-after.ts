import {LitElement, html, isServer, nothing, type PropertyValues} from 'lit';
import {serverStyles, styles} from './before-after.styles.js';
import {BoxController} from './internal/box-controller.js';
import {DragController} from './internal/drag-controller.js';
import {Features} from './internal/features.js';
import {drawing, handleStop, isRtl, UNMEASURED} from './internal/geometry.js';
import {
  ImageSlotsController,
  type Side,
} from './internal/image-slots-controller.js';
import {valueForKey} from './internal/keys.js';
import {
  type Drawn,
  movingParts,
  type MovingParts,
  paint,
} from './internal/painter.js';
import {layer} from './internal/layer.js';
import {fromServer} from './internal/server-root.js';
import {problemText, valueText} from './internal/spoken.js';
import {InTurns} from './internal/start.js';
import {setState} from './internal/states.js';
import {StringsController} from './internal/strings-controller.js';
import {
  asText,
  DEFAULT_STEP,
  DEFAULT_VALUE,
  MAX,
  MAX_ZOOM,
  MIN,
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
 * On a page of many, comparisons draw themselves in turns (those near the
 * viewport first), and each sets the `rendered` attribute once it has drawn.
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

  /**
   * Position of the divider in percent from the inline-start (or top) edge,
   * 0–100. Text that is not a number means 50; numbers out of range clamp.
   * Setting it fires no event.
   */
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

  /**
   * The page's own wording for any of the element's strings (name, value
   * text, messages), as templates (`'{before} vs {after}'`) or functions; they
   * win over the built-in languages. Assign a new object to change them.
   */
  strings: Partial<Strings> = {};

  /**
   * Nudges the divider once, when the comparison first comes into view, to
   * show that it can be dragged. Skipped under `prefers-reduced-motion`, and
   * once the reader has touched the slider. Fires no event.
   */
  hint = false;

  /**
   * Only the handle drags: a press anywhere else on the images does nothing,
   * and a finger there scrolls the page in any direction (for long articles
   * read on phones). The keyboard works as always.
   */
  handleOnly = false;

  /**
   * Builds the slider's `aria-valuetext`; wins over `strings.valueText`.
   * Default: "62% June 6, 2016 on the left, 38% February 5, 2017 on the right".
   * @deprecated Use `strings.valueText`, which gets the sides and percentages in the page's language.
   */
  formatValueText?: (value: number, element: BeforeAfter) => string;

  /**
   * The reader may zoom into both images at once, and pan them: with the
   * buttons, Ctrl/⌘ + wheel or a trackpad's pinch, a double click or tap,
   * two fingers, or the keys `+`, `-`, `0` and W, A, S, D. Its code is
   * fetched only when set. A two-finger pinch over the comparison then zooms
   * it, not the page.
   */
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
   * The divider follows the reader's scroll: it sweeps from the `before`
   * image (100) while the element's centre is at 75 % of the viewport's
   * height to the `after` image (0) at 25 %, holding at each note that has a
   * value while its bubble shows. Scroll-driven animations where the browser
   * has them, so no script runs per scrolled frame. No `input` or `change`:
   * the value follows once the scroll settles. The reader's first drag, key,
   * note or zoom ends it; under `prefers-reduced-motion` it does nothing; in
   * a frame (an iframe embed) it plays once when the comparison comes into
   * view. Its code is fetched only when set. `hint` is ignored with it.
   */
  scrollReveal = false;

  /** How far the images are zoomed: 1 shows them whole. */
  get zoomLevel(): number {
    return this.__features.__zoom?.level ?? 1;
  }

  /**
   * Zooms both images to `level` (1 to `maxZoom`), centred on the point
   * (`x`, `y`) in percent of the `before` image where the edges allow, or
   * about the centre. Out-of-range arguments clamp. Fires no event; the
   * returned promise settles once it is drawn.
   */
  async zoomTo(level: number, x?: number, y?: number): Promise<void> {
    (await this.__features.__zoomCode()).zoomTo(level, x, y);
  }

  private __lastSpoken?: string;
  private __measures = UNMEASURED;
  private __moving?: MovingParts;
  private readonly __drawn: Partial<Drawn> = {};
  private readonly __internals = this.attachInternals();
  private readonly __images = new ImageSlotsController(this);
  private readonly __words = new StringsController(
    this,
    () => this.__fromServer
  );
  private readonly __features = new Features(this, {
    words: this.__words,
    parts: () => this.__moving,
    measures: () => this.__measures,
    draw: () => this.__draw(),
    move: (value) => this.__moveWhole(value),
    cancelDrag: () => this.__drag.cancel(),
  });
  private readonly __drag: DragController;

  constructor() {
    super();
    new BoxController(this, {
      track: () => this.__part('.track'),
      divider: () => this.__part('.divider'),
      handle: () => this.__part('.handle'),
      labels: () => [this.__part('.before-label'), this.__part('.after-label')],
      vertical: () => this.__vertical,
      measured: (measures) => {
        this.__measures = measures;
        this.__drag.forgetBox();
        this.__draw();
        this.__features.__story?.rebuild();
      },
    });
    this.__drag = new DragController(this, {
      track: () => this.__part('.track'),
      handle: () => this.__part('.handle'),
      // Zoomed, a press on the images pans them: the divider moves from its handle only.
      handleOnly: () => this.handleOnly || this.zoomLevel > 1,
      vertical: () => this.__vertical,
      value: () => this.value,
      handleStop: () => handleStop(this.__measures),
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

  /**
   * Server-rendered markup (a declarative shadow root) found at upgrade. With
   * Lit's hydration support loaded, the first render must repeat the server's
   * (hydration writes no attribute): the direction from the element's own
   * `dir`, then one more update picks up the page's. Without it, the server's
   * copy is cleared, so the element renders once, not beside it.
   */
  private __fromServer = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const [root, hydrating] = fromServer(this, () => super.createRenderRoot());
    this.__fromServer = hydrating;
    return root;
  }

  protected override firstUpdated(): void {
    this.setAttribute('rendered', '');
    // Notes slotted in the server's markup: no slotchange comes for them.
    this.__features.__handleNotes();
    if (this.__fromServer) {
      this.__fromServer = false;
      // A new update, not one scheduled within this one (Lit warns of that).
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  /** An element of the template, which is rendered once and never replaced. */
  private __part(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  private get __vertical(): boolean {
    return this.orientation === 'vertical';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Drawn: the page's rules for a comparison not yet rendered (before-after.css) are not for it.
    if (isServer) this.setAttribute('rendered', '');
    if (
      changed.has('orientation') &&
      this.orientation !== 'vertical' &&
      this.orientation !== 'horizontal'
    ) {
      this.orientation = 'horizontal';
    }
  }

  protected override updated(): void {
    if (this.__near) this.__features.__load();
    this.__draw();
  }

  /**
   * Draws the position, and is all a drag frame does: it skips Lit's update
   * (see __moveByReader), so this is the one list of what the value changes,
   * and the template reads nothing of it (a test renders again mid-drag and
   * finds no difference).
   */
  private __draw(): void {
    if (!this.hasUpdated) return;
    const at = this.__features.__at(this.value);
    // Markers on one image only show or hide as the divider passes them.
    this.__features.__notes?.draw(at);
    this.__moving ??= movingParts(this.renderRoot);
    paint(this.__moving, this.__drawn, {
      ...drawing(at, this.__vertical, this.__measures),
      valueNow: String(this.value),
    });
  }

  protected override render() {
    const words = this.__words;
    const label =
      this.label ||
      (this.beforeLabel && this.afterLabel
        ? words.say('label', {before: this.beforeLabel, after: this.afterLabel})
        : words.say('labelWithoutDates'));
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
            aria-label=${label}
            aria-orientation=${this.orientation}
            aria-valuemin=${MIN}
            aria-valuemax=${MAX}
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

  /**
   * The value text, rebuilt when the drag ends rather than on every frame of
   * it: nobody listens to it mid-drag, and it reads the direction and
   * formats numbers.
   */
  private __spokenValue(): string {
    if (!this.__drag.dragging || this.__lastSpoken === undefined)
      this.__lastSpoken =
        this.formatValueText?.(this.value, this) ??
        valueText(this.__words, {
          value: this.value,
          before: this.beforeLabel,
          after: this.afterLabel,
          vertical: this.__vertical,
          rtl: isRtl(this, this.__fromServer),
        });
    return this.__lastSpoken;
  }

  /** The spoken sides follow the page's direction, which may have flipped since the last render. */
  private __handleFocus = (): void => this.requestUpdate();

  private __handleKeyDown = (event: KeyboardEvent): void => {
    const next = valueForKey(event.key, event.shiftKey, {
      value: this.value,
      step: this.step,
      vertical: this.__vertical,
      rtl: isRtl(this),
    });
    if (next === null) {
      if (this.__features.__zoom?.key(event)) event.preventDefault();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
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
      this.__draw();
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
