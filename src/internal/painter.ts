import type {Drawing} from './geometry.js';

/** What the position draws: the moving parts' styles, and the slider's aria-valuenow. */
export type Drawn = Drawing & {valueNow: string};

/** The elements that move, by what they take (the template never replaces them). */
export type MovingParts = Record<keyof Drawn, [HTMLElement, string]>;

export function movingParts(root: ParentNode): MovingParts {
  const part = (selector: string, property: string): [HTMLElement, string] => [
    root.querySelector(selector)!,
    property,
  ];
  return {
    window: part('.before', 'transform'),
    picture: part('.before > .picture', 'transform'),
    mover: part('.mover', 'transform'),
    handle: part('.handle', 'transform'),
    beforeLabel: part('.before-label', 'opacity'),
    afterLabel: part('.after-label', 'opacity'),
    valueNow: part('.handle', 'aria-valuenow'),
  };
}

/**
 * Writes a drawing to the few elements that move, only what changed since
 * `drawn` (what each was last given), as final values (no custom property
 * for CSS to resolve), so a drag frame restyles two or three elements and
 * updates the compositor.
 */
export function paint(
  parts: MovingParts,
  drawn: Partial<Drawn>,
  next: Drawn
): void {
  for (const key of Object.keys(next) as (keyof Drawn)[]) {
    if (next[key] === drawn[key]) continue;
    const [element, name] = parts[key];
    if (key === 'valueNow') element.setAttribute(name, next[key]);
    else element.style.setProperty(name, next[key]);
    drawn[key] = next[key];
  }
}
