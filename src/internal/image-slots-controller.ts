import type {ReactiveController, ReactiveControllerHost} from 'lit';

export type Side = 'before' | 'after';
const SIDES = ['before', 'after'] as const;

/** What is wrong with a side's image; the element puts it into words, in its language. */
export type ImageProblem = {kind: 'missing'} | {kind: 'broken'; alt: string};

/**
 * Watches the images in the `before` and `after` slots: a missing or broken
 * image gets a message, and the `before` image's width and height give the box
 * its aspect ratio before anything loads. Any address an `<img>` accepts is
 * shown: the page's own markup is trusted, and lazy-load plugins start from a
 * `data:` placeholder (configurations from outside the page are checked in
 * `embed/config.ts` instead).
 */
export class ImageSlotsController implements ReactiveController {
  /** What to say in place of each side's image; null when it is fine. */
  errors: Record<Side, ImageProblem | null> = {before: null, after: null};
  /** `W / H` of the `before` image, or empty when unknown. */
  ratio = '';
  private __inspected = false;

  constructor(private readonly __host: ReactiveControllerHost & HTMLElement) {
    __host.addController(this);
    // load and error do not bubble, but they do pass the host on the way down.
    __host.addEventListener('load', this.__handleImageEvent, true);
    __host.addEventListener('error', this.__handleImageEvent, true);
  }

  hostUpdate(): void {
    // slotchange never fires for a slot that starts out empty, so look before the first render.
    if (this.__inspected) return;
    this.__inspected = true;
    for (const side of SIDES) {
      this.__inspect(
        side,
        [...this.__host.children].filter((child) => child.slot === side)
      );
    }
  }

  hostUpdated(): void {
    // Through the CSSOM, not a style attribute: a page whose CSP forbids
    // inline styles allows this.
    const track = this.__host.shadowRoot?.querySelector<HTMLElement>('.track');
    if (this.ratio) track?.style.setProperty('--_ratio', this.ratio);
    else track?.style.removeProperty('--_ratio');
  }

  /** For the template's `@slotchange`. */
  handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.__inspect(slot.name as Side, slot.assignedElements({flatten: true}));
  };

  private __inspect(side: Side, slotted: Element[]): void {
    const images = slotted.flatMap(imagesIn);
    let error: ImageProblem | null = null;
    if (images.length === 0) {
      error = {kind: 'missing'};
    } else {
      const broken = images.find(
        (img) => img.complete && img.naturalWidth === 0 && img.currentSrc !== ''
      );
      if (broken) error = brokenProblem(broken);
    }
    this.__setError(side, error);
    if (side === 'before') this.__setRatio(ratioOf(images[0]));
  }

  private __handleImageEvent = (event: Event): void => {
    const img = event.target;
    if (!(img instanceof HTMLImageElement)) return;
    const side = sideOf(this.__host, img);
    if (!side) return;
    // Loads follow every change of src, srcset or <source> (a lazy-load swap too).
    this.__setError(side, event.type === 'error' ? brokenProblem(img) : null);
    // Without width/height attributes the box can only follow the image once it arrives.
    if (event.type === 'load' && !this.ratio && side === 'before')
      this.__setRatio(ratioOf(img));
  };

  private __setError(side: Side, error: ImageProblem | null): void {
    if (JSON.stringify(this.errors[side]) === JSON.stringify(error)) return;
    this.errors = {...this.errors, [side]: error};
    this.__host.requestUpdate();
  }

  private __setRatio(ratio: string): void {
    if (this.ratio === ratio) return;
    this.ratio = ratio;
    this.__host.requestUpdate();
  }
}

/** The `<img>` elements a slotted element stands for. */
function imagesIn(element: Element): HTMLImageElement[] {
  if (element instanceof HTMLImageElement) return [element];
  return [...element.querySelectorAll('img')];
}

function brokenProblem(img: HTMLImageElement): ImageProblem {
  return {kind: 'broken', alt: img.alt.trim()};
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
