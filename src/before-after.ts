import {LitElement, html, type PropertyValues} from 'lit';
import {property, query} from 'lit/decorators.js';
import {styles} from './before-after.styles.js';
import {DragController} from './internal/drag-controller.js';
import {isRtl} from './internal/geometry.js';
import {HintController} from './internal/hint-controller.js';
import {
  ImageSlotsController,
  type Side,
} from './internal/image-slots-controller.js';
import {valueForKey} from './internal/keys.js';
import {adoptLightDomStyles} from './internal/light-dom.js';
import {
  DEFAULT_STEP,
  DEFAULT_VALUE,
  MAX,
  MIN,
  sanitizeStep,
  sanitizeValue,
} from './internal/value.js';

export type Orientation = 'horizontal' | 'vertical';

/**
 * Compares two images of the same scene: the reader drags a divider (or uses
 * the keyboard) to reveal the `before` image on the inline-start side (top
 * when vertical) and the `after` image on the other.
 *
 * @summary A before/after image comparison slider.
 *
 * @slot before - The earlier image: an `<img>` or `<picture>`. Give it `width` and `height` so its box is reserved before it loads.
 * @slot after - The later image, fitted to the same box (`object-fit: cover` by default).
 *
 * @csspart base - The box that holds both images; its aspect ratio comes from the `before` image's `width`/`height`.
 * @csspart before - The layer holding the `before` image, clipped at the divider.
 * @csspart after - The layer holding the `after` image.
 * @csspart label - Both on-image labels.
 * @csspart before-label - The label on the `before` image.
 * @csspart after-label - The label on the `after` image.
 * @csspart divider - The line between the images.
 * @csspart handle - The round grip on the divider; it is the focusable `role="slider"`.
 * @csspart error - The message shown in place of a missing, broken or refused image.
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
 *
 * @cssstate dragging - While a pointer drags the divider.
 *
 * @fires input - Each time the reader moves the divider (drag move or key press). Bubbles, composed.
 * @fires change - When the reader is done: the pointer is released or cancelled (if the value changed), or a key press moved the divider. Bubbles, composed.
 */
export class BeforeAfter extends LitElement {
  static override styles = styles;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /**
   * Position of the divider in percent from the inline-start (or top) edge,
   * 0–100. Text that is not a number means 50; numbers out of range clamp.
   * Setting it fires no event.
   */
  @property({noAccessor: true, converter: {fromAttribute: (text) => text}})
  get value(): number {
    return this.current;
  }
  set value(next: unknown) {
    // The one place a value is checked: everything downstream trusts it.
    const old = this.current;
    this.current = sanitizeValue(next);
    this.requestUpdate('value', old);
  }
  private current = DEFAULT_VALUE;

  /** How far an arrow key moves the divider, in percent. Zero, negative or not a number means 1. */
  @property({noAccessor: true, converter: {fromAttribute: (text) => text}})
  get step(): number {
    return this.currentStep;
  }
  set step(next: unknown) {
    const old = this.currentStep;
    this.currentStep = sanitizeStep(next);
    this.requestUpdate('step', old);
  }
  private currentStep = DEFAULT_STEP;

  /** `horizontal` (default) or `vertical` (the `before` image on top). Anything else means horizontal. */
  @property({reflect: true})
  orientation: Orientation = 'horizontal';

  /** What the `before` image shows, e.g. its date. Shown on the image and read in the slider's value text. */
  @property({attribute: 'before-label', reflect: true})
  beforeLabel = '';

  /** What the `after` image shows, e.g. its date. */
  @property({attribute: 'after-label', reflect: true})
  afterLabel = '';

  /** The slider's accessible name. Default: "Compare {before-label} with {after-label}". */
  @property()
  label = '';

  /**
   * Nudges the divider once, when the comparison first comes into view, to
   * show that it can be dragged. Skipped under `prefers-reduced-motion`, and
   * once the reader has touched the slider. Fires no event.
   */
  @property({type: Boolean})
  hint = false;

  /**
   * Builds the slider's `aria-valuetext`, for other languages or wording.
   * Default: "62% June 6, 2016 on the left, 38% February 5, 2017 on the right".
   */
  @property({attribute: false})
  formatValueText?: (value: number, element: BeforeAfter) => string;

  @query('.track', true) private track!: HTMLElement | null;
  @query('.handle', true) private handle!: HTMLElement | null;

  private readonly internals = this.attachInternals();
  private readonly images = new ImageSlotsController(this);
  private readonly nudge = new HintController(this, {
    wanted: () => this.hint,
    value: () => this.value,
  });

  constructor() {
    super();
    new DragController(this, {
      track: () => this.track,
      handle: () => this.handle,
      vertical: () => this.vertical,
      value: () => this.value,
      onStart: () => setState(this.internals, 'dragging', true),
      onMove: (value) => this.moveByReader(value),
      onEnd: ({changed}) => {
        setState(this.internals, 'dragging', false);
        if (changed) this.emit('change');
      },
    });
  }

  private get vertical(): boolean {
    return this.orientation === 'vertical';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightDomStyles(this.getRootNode(), this.localName);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('orientation') &&
      this.orientation !== 'vertical' &&
      this.orientation !== 'horizontal'
    ) {
      this.orientation = 'horizontal';
    }
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute: a page whose CSP forbids inline styles allows this.
    const style = this.track!.style;
    style.setProperty('--_v', String(this.value + this.nudge.offset));
    if (this.images.ratio) style.setProperty('--_ratio', this.images.ratio);
    else style.removeProperty('--_ratio');
  }

  protected override render() {
    const rtl = isRtl(this);
    const before = this.beforeLabel || 'before image';
    const after = this.afterLabel || 'after image';
    const label =
      this.label ||
      (this.beforeLabel && this.afterLabel
        ? `Compare ${this.beforeLabel} with ${this.afterLabel}`
        : 'Image comparison');
    return html`
      <div class="track" part="base">
        ${this.renderLayer('before', this.beforeLabel)}
        ${this.renderLayer('after', this.afterLabel)}
        <div class="mover"><div class="divider" part="divider"></div></div>
        <div
          class="handle"
          part="handle"
          role="slider"
          tabindex="0"
          aria-label=${label}
          aria-orientation=${this.orientation}
          aria-valuemin=${MIN}
          aria-valuemax=${MAX}
          aria-valuenow=${this.value}
          aria-valuetext=${
            this.formatValueText?.(this.value, this) ??
            defaultValueText(this.value, before, after, this.vertical, rtl)
          }
          @keydown=${this.handleKeyDown}
          @focus=${this.handleFocus}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M9 6 3 12l6 6zm6 0v12l6-6z" />
          </svg>
        </div>
      </div>
    `;
  }

  private renderLayer(side: Side, text: string) {
    const error = this.images.errors[side];
    return html`
      <div class="layer ${side} ${error ? 'broken' : ''}" part=${side}>
        <slot name=${side} @slotchange=${this.images.handleSlotChange}></slot>
        ${error ? html`<div class="error" part="error">${error}</div>` : null}
        <span class="label" part="label ${side}-label" aria-hidden="true"
          >${text}</span
        >
      </div>
    `;
  }

  /** The spoken sides follow the page's direction, which may have flipped since the last render. */
  private handleFocus = (): void => this.requestUpdate();

  private handleKeyDown = (event: KeyboardEvent): void => {
    const next = valueForKey(event.key, event.shiftKey, {
      value: this.value,
      step: this.step,
      vertical: this.vertical,
      rtl: isRtl(this),
    });
    if (next === null || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // A key press is a whole move: it is done as soon as it is made.
    if (this.moveByReader(next)) this.emit('change');
  };

  /**
   * The event rule, in one place: a move the reader makes fires `input` if
   * it moved the divider (and is reported as such, so the caller can fire
   * `change` when the reader is done); values set from script fire nothing.
   */
  private moveByReader(next: number): boolean {
    // Not at the press: a touch that turns into a page scroll leaves the hint alone.
    this.nudge.cancel();
    const old = this.value;
    this.value = next;
    if (this.value === old) return false;
    this.emit('input');
    return true;
  }

  private emit(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, {bubbles: true, composed: true}));
  }
}

function defaultValueText(
  value: number,
  before: string,
  after: string,
  vertical: boolean,
  rtl: boolean
): string {
  const shown = Math.round(value);
  const [start, end] = vertical
    ? ['on top', 'below']
    : rtl
      ? ['on the right', 'on the left']
      : ['on the left', 'on the right'];
  return `${shown}% ${before} ${start}, ${100 - shown}% ${after} ${end}`;
}

/** Custom states are new (and older Chromium wanted `--dragging`): failing quietly only loses the styling hook. */
function setState(
  internals: ElementInternals,
  name: string,
  on: boolean
): void {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // unsupported
  }
}
