import {LitElement, html, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {styles} from './before-after.styles.js';
import {DragController, type DragHost} from './internal/drag-controller.js';
import {isRtl} from './internal/geometry.js';
import {valueForKey} from './internal/keys.js';
import {adoptLightDomStyles} from './internal/light-dom.js';
import {isSafeImageUrl, srcsetUrls} from './internal/url.js';
import {
  DEFAULT_STEP,
  DEFAULT_VALUE,
  MAX,
  MIN,
  clamp,
  sanitizeStep,
  sanitizeValue,
} from './internal/value.js';

export type Orientation = 'horizontal' | 'vertical';
type Side = 'before' | 'after';

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
export class BeforeAfter extends LitElement implements DragHost {
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
    return this._value;
  }
  set value(next: unknown) {
    const old = this._value;
    this._value = sanitizeValue(next);
    this.requestUpdate('value', old);
  }
  private _value = DEFAULT_VALUE;

  /** How far an arrow key moves the divider, in percent. Zero, negative or not a number means 1. */
  @property({noAccessor: true, converter: {fromAttribute: (text) => text}})
  get step(): number {
    return this._step;
  }
  set step(next: unknown) {
    const old = this._step;
    this._step = sanitizeStep(next);
    this.requestUpdate('step', old);
  }
  private _step = DEFAULT_STEP;

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

  @state() private errors: Record<Side, string> = {before: '', after: ''};
  @state() private ratio = '';
  /** The hint's offset from `value`, drawn but never reported. */
  @state() private nudge = 0;

  @query('.track', true) readonly track!: HTMLElement | null;
  @query('.handle', true) readonly handle!: HTMLElement | null;

  private readonly internals = this.attachInternals();
  private valueAtDragStart = DEFAULT_VALUE;
  private hintObserver: IntersectionObserver | undefined;
  private hintFrame = 0;
  /** Set by the first drag or key press: no hint after that. */
  private touched = false;

  constructor() {
    super();
    new DragController(this);
    // load and error do not bubble, but they do pass the host on the way down.
    this.addEventListener('load', this.handleImageEvent, true);
    this.addEventListener('error', this.handleImageEvent, true);
  }

  get vertical(): boolean {
    return this.orientation === 'vertical';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightDomStyles(this.getRootNode(), this.localName);
    // Moved in the page before the reader got to it: the hint still waits for them.
    if (this.hasUpdated) this.armHint();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHint();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // slotchange never fires for a slot that starts out empty, so look before the first render.
      for (const side of ['before', 'after'] as const) {
        this.inspect(
          side,
          [...this.children].filter((child) => child.slot === side)
        );
      }
    }
    if (
      changed.has('orientation') &&
      this.orientation !== 'vertical' &&
      this.orientation !== 'horizontal'
    ) {
      this.orientation = 'horizontal';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Through the CSSOM, not a style attribute: a page whose CSP forbids inline styles allows this.
    const style = this.track!.style;
    style.setProperty('--_v', String(clamp(this.value + this.nudge)));
    if (this.ratio) style.setProperty('--_ratio', this.ratio);
    else style.removeProperty('--_ratio');
    if (changed.has('hint')) this.armHint();
  }

  private armHint(): void {
    if (!this.hint || this.touched || this.hintObserver) return;
    this.hintObserver = new IntersectionObserver(this.handleIntersection, {
      threshold: 0.6,
    });
    this.hintObserver.observe(this);
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
    const error = this.errors[side];
    return html`
      <div class="layer ${side} ${error ? 'broken' : ''}" part=${side}>
        <slot name=${side} @slotchange=${this.handleSlotChange}></slot>
        ${error ? html`<div class="error" part="error">${error}</div>` : null}
        <span class="label" part="label ${side}-label" aria-hidden="true"
          >${text}</span
        >
      </div>
    `;
  }

  private handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.inspect(slot.name as Side, slot.assignedElements({flatten: true}));
  };

  private inspect(side: Side, slotted: Element[]): void {
    const images = slotted.flatMap(imagesIn);
    let error = '';
    if (images.length === 0) {
      error = `No ${side} image`;
    } else if (!images.every(hasSafeUrls)) {
      error = REFUSED;
    } else {
      const broken = images.find(
        (img) => img.complete && img.naturalWidth === 0 && img.currentSrc !== ''
      );
      if (broken) error = brokenMessage(broken);
    }
    this.errors = {...this.errors, [side]: error};
    if (side === 'before') this.ratio = ratioOf(images[0]);
  }

  private handleImageEvent = (event: Event): void => {
    const img = event.target;
    if (!(img instanceof HTMLImageElement)) return;
    const side = sideOf(this, img);
    if (!side) return;
    // Loads follow every change of src, srcset or <source>: check the address again.
    const error = !hasSafeUrls(img)
      ? REFUSED
      : event.type === 'error'
        ? brokenMessage(img)
        : '';
    if (this.errors[side] !== error)
      this.errors = {...this.errors, [side]: error};
    // Without width/height attributes the box can only follow the image once it arrives.
    if (event.type === 'load' && !this.ratio && side === 'before')
      this.ratio = ratioOf(img);
  };

  private handleIntersection = ([entry]: IntersectionObserverEntry[]): void => {
    if (!entry?.isIntersecting) return;
    this.hintObserver?.disconnect();
    if (
      !this.hint ||
      this.touched ||
      matchMedia('(prefers-reduced-motion: reduce)').matches
    )
      return;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / HINT_MS);
      // One and a half swings, fading out: towards the start edge, past the middle, and home.
      this.nudge =
        t < 1
          ? Math.round(
              -HINT_DISTANCE * Math.sin(t * 3 * Math.PI) * (1 - t) * 100
            ) / 100
          : 0;
      this.hintFrame = t < 1 ? requestAnimationFrame(frame) : 0;
    };
    this.hintFrame = requestAnimationFrame(frame);
  };

  private stopHint(): void {
    this.hintObserver?.disconnect();
    this.hintObserver = undefined;
    cancelAnimationFrame(this.hintFrame);
    this.hintFrame = 0;
    this.nudge = 0;
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
    this.touched = true;
    this.stopHint();
    if (next === this.value) return;
    this.value = next;
    this.emit('input');
    this.emit('change');
  };

  /** @internal */
  dragStart(): void {
    this.valueAtDragStart = this.value;
    setState(this.internals, 'dragging', true);
  }

  /** @internal */
  dragMove(value: number): void {
    // Not at the press: a touch that turns into a page scroll leaves the hint alone.
    if (!this.touched) {
      this.touched = true;
      this.stopHint();
    }
    if (value === this.value) return;
    this.value = value;
    this.emit('input');
  }

  /** @internal */
  dragEnd(commit: boolean): void {
    setState(this.internals, 'dragging', false);
    if (commit && this.value !== this.valueAtDragStart) this.emit('change');
  }

  private emit(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, {bubbles: true, composed: true}));
  }
}

const REFUSED =
  'Image not shown: only http(s) and relative addresses are allowed';
const HINT_MS = 1200;
/** How far the hint swings, in percent. */
const HINT_DISTANCE = 8;

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

/** The `<img>` elements a slotted element stands for. */
function imagesIn(element: Element): HTMLImageElement[] {
  if (element instanceof HTMLImageElement) return [element];
  return [...element.querySelectorAll('img')];
}

function hasSafeUrls(img: HTMLImageElement): boolean {
  const sources =
    img.parentElement instanceof HTMLPictureElement
      ? [...img.parentElement.querySelectorAll('source')]
      : [];
  const urls = [
    img.getAttribute('src') ?? '',
    ...srcsetUrls(img.getAttribute('srcset') ?? ''),
    ...sources.flatMap((source) =>
      srcsetUrls(source.getAttribute('srcset') ?? '')
    ),
  ].filter((url) => url !== '');
  return urls.length > 0 && urls.every(isSafeImageUrl);
}

function brokenMessage(img: HTMLImageElement): string {
  const alt = img.alt.trim();
  return alt ? `Image unavailable: ${alt}` : 'Image unavailable';
}

/** `W / H` from the image's attributes, or from the image itself once loaded. */
function ratioOf(img: HTMLImageElement | undefined): string {
  if (!img) return '';
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0 && height > 0) return `${width} / ${height}`;
  if (img.naturalWidth > 0 && img.naturalHeight > 0)
    return `${img.naturalWidth} / ${img.naturalHeight}`;
  return '';
}

function sideOf(host: HTMLElement, node: Element): Side | undefined {
  let child: Element | null = node;
  while (child && child.parentElement !== host) child = child.parentElement;
  const slot = child?.getAttribute('slot');
  return slot === 'before' || slot === 'after' ? slot : undefined;
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
