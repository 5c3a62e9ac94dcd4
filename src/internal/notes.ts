/**
 * The notes' code, fetched by a comparison only when it has a note: the
 * `<before-after-note>` element, the markers and bubble it draws, and the
 * caption panel's list of them.
 * Nothing here runs on import (bundlers treat the package as free of side
 * effects): the first comparison to use it defines the element, through
 * `notesFor()`.
 */
import {BeforeAfterNote} from '../before-after-note.js';
import {NoteList} from './note-list.js';
import {NotesController, type NotesOptions} from './notes-controller.js';
import type {StringsController} from './strings-controller.js';

/**
 * The notes of a comparison; the first call defines `<before-after-note>`.
 * Called in a turn (turns.ts), never within an update.
 */
export function notesFor(
  host: ConstructorParameters<typeof NotesController>[0],
  options: NotesOptions
): NotesController {
  if (!customElements.get('before-after-note'))
    customElements.define('before-after-note', BeforeAfterNote);
  return new NotesController(host, options);
}

/** The caption panel's list of the notes of the comparison it follows. */
export function noteList(
  panel: ConstructorParameters<typeof NoteList>[0],
  words: StringsController
): NoteList {
  return new NoteList(panel, words);
}
