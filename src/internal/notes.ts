/**
 * The notes' code, fetched by a comparison only when it has a note: the
 * `<before-after-note>` element and the markers and bubble it draws.
 */
import {BeforeAfterNote} from '../before-after-note.js';

export {NotesController} from './notes-controller.js';

if (!customElements.get('before-after-note'))
  customElements.define('before-after-note', BeforeAfterNote);

declare global {
  interface HTMLElementTagNameMap {
    'before-after-note': BeforeAfterNote;
  }
}
