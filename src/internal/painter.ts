import type {Drawing} from './geometry.js';

/** What the position draws: the moving parts' styles, and the slider's aria-valuenow. */
export type Drawn = Drawing & {valueNow: string};

export type MovingParts = Record<keyof Drawn, [HTMLElement, string]>;

/**
 * Writes a drawing to the few elements that move, only what changed, as
 * final values (no custom property for CSS to resolve), so a drag frame
 * restyles two or three elements and updates the compositor.
 */
export class Painter {
  /** The elements that move, by what they take (the template never replaces them). */
  parts?: MovingParts;
  /** What each was last given. */
  private __drawn: Partial<Drawn> = {};

  paint(root: ParentNode, next: Drawn): void {
    const part = (
      selector: string,
      property: string
    ): [HTMLElement, string] => [root.querySelector(selector)!, property];
    this.parts ??= {
      window: part('.before', 'transform'),
      picture: part('.before > .picture', 'transform'),
      mover: part('.mover', 'transform'),
      handle: part('.handle', 'transform'),
      beforeLabel: part('.before-label', 'opacity'),
      afterLabel: part('.after-label', 'opacity'),
      valueNow: part('.handle', 'aria-valuenow'),
    };
    for (const key of Object.keys(next) as (keyof Drawn)[]) {
      if (next[key] === this.__drawn[key]) continue;
      const [element, name] = this.parts[key];
      if (key === 'valueNow') element.setAttribute(name, next[key]);
      else element.style.setProperty(name, next[key]);
      this.__drawn[key] = next[key];
    }
  }
}
