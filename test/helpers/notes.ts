import type {BeforeAfter} from '../../src/before-after.js';
import type {BeforeAfterNote} from '../../src/before-after-note.js';
import {compare, frames, part} from './element.js';

export interface NoteSpec {
  x?: string;
  y?: string;
  value?: string;
  side?: string;
  text?: string;
}

/** A comparison with notes, once their code has arrived and the markers are placed. */
export async function withNotes(
  notes: NoteSpec[],
  attributes: Partial<Record<string, string>> = {},
  options: Parameters<typeof compare>[1] = {}
): Promise<BeforeAfter> {
  const el = await compare(attributes, options);
  addNotes(el, notes);
  await notesReady(el);
  return el;
}

export function addNotes(el: BeforeAfter, notes: NoteSpec[]): void {
  for (const {text = 'A note', ...attributes} of notes) {
    const note = document.createElement('before-after-note');
    for (const [name, value] of Object.entries(attributes))
      note.setAttribute(name, value);
    note.textContent = text;
    el.append(note);
  }
}

/** Waits for the notes' code and for the markers to be drawn. */
export async function notesReady(el: BeforeAfter): Promise<void> {
  await customElements.whenDefined('before-after-note');
  for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('.notes'); i++)
    await frames(1);
  await el.updateComplete;
  await frames(3);
  await el.updateComplete;
}

export const markers = (el: BeforeAfter): HTMLButtonElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="marker"]'),
];

export const notesOf = (el: BeforeAfter): BeforeAfterNote[] => [
  ...el.querySelectorAll('before-after-note'),
];

export const bubble = (el: BeforeAfter): HTMLElement => part(el, 'note');

/** A marker's centre, in px from the box's top-left corner. */
export function centreInBox(
  el: BeforeAfter,
  marker: HTMLElement
): {left: number; top: number} {
  const box = part(el, 'base').getBoundingClientRect();
  const m = marker.getBoundingClientRect();
  return {
    left: m.left + m.width / 2 - box.left,
    top: m.top + m.height / 2 - box.top,
  };
}

/** Viewport point at the centre of an element, rounded for WebDriver. */
export function centreOf(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Is the element drawn: not display:none, not visibility:hidden, not transparent. */
export function visible(element: HTMLElement): boolean {
  const style = getComputedStyle(element);
  return (
    element.getClientRects().length > 0 &&
    style.visibility === 'visible' &&
    style.opacity !== '0'
  );
}
