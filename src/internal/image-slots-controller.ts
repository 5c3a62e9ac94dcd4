import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isSafeImageUrl, srcsetUrls} from './url.js';

export type Side = 'before' | 'after';
const SIDES = ['before', 'after'] as const;

const REFUSED =
  'Image not shown: only http(s) and relative addresses are allowed';

/**
 * Watches the images in the `before` and `after` slots: a missing, broken or
 * refused image gets a message, and the `before` image's width and height give
 * the box its aspect ratio before anything loads.
 */
export class ImageSlotsController implements ReactiveController {
  /** The message shown in place of each side's image; empty when it is fine. */
  errors: Record<Side, string> = {before: '', after: ''};
  /** `W / H` of the `before` image, or empty when unknown. */
  ratio = '';
  private inspected = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    // load and error do not bubble, but they do pass the host on the way down.
    host.addEventListener('load', this.handleImageEvent, true);
    host.addEventListener('error', this.handleImageEvent, true);
  }

  hostUpdate(): void {
    // slotchange never fires for a slot that starts out empty, so look before the first render.
    if (this.inspected) return;
    this.inspected = true;
    for (const side of SIDES) {
      this.inspect(
        side,
        [...this.host.children].filter((child) => child.slot === side)
      );
    }
  }

  /** For the template's `@slotchange`. */
  handleSlotChange = (event: Event): void => {
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
    this.setError(side, error);
    if (side === 'before') this.setRatio(ratioOf(images[0]));
  }

  private handleImageEvent = (event: Event): void => {
    const img = event.target;
    if (!(img instanceof HTMLImageElement)) return;
    const side = sideOf(this.host, img);
    if (!side) return;
    // Loads follow every change of src, srcset or <source>: check the address again.
    this.setError(
      side,
      !hasSafeUrls(img)
        ? REFUSED
        : event.type === 'error'
          ? brokenMessage(img)
          : ''
    );
    // Without width/height attributes the box can only follow the image once it arrives.
    if (event.type === 'load' && !this.ratio && side === 'before')
      this.setRatio(ratioOf(img));
  };

  private setError(side: Side, error: string): void {
    if (this.errors[side] === error) return;
    this.errors = {...this.errors, [side]: error};
    this.host.requestUpdate();
  }

  private setRatio(ratio: string): void {
    if (this.ratio === ratio) return;
    this.ratio = ratio;
    this.host.requestUpdate();
  }
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
