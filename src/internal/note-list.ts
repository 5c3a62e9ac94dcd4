import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import type {BeforeAfterCaption} from '../before-after-caption.js';
import {type BeforeAfterNote, formatNumber} from '../before-after-note.js';
import type {StringsController} from './strings-controller.js';

type Host = ReactiveControllerHost & BeforeAfterCaption;

/**
 * The caption panel's list of its comparison's notes, numbered and worded as
 * their markers: a button each, which opens the note. Part of the notes'
 * chunk, so a panel whose comparison has no note carries none of it. It
 * watches the comparison it follows (notes added, removed, reworded, opened)
 * while the panel is in the page.
 */
export class NoteList implements ReactiveController {
  private __watched: Element | null = null;
  private readonly __observer = new MutationObserver(() =>
    this.__host.requestUpdate()
  );

  constructor(
    private readonly __host: Host,
    private readonly __words: StringsController
  ) {
    const root = __host.shadowRoot;
    const sheet = listStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    __host.addController(this);
    __host.requestUpdate();
  }

  hostConnected(): void {
    this.__watch();
  }

  hostUpdate(): void {
    this.__watch();
  }

  hostDisconnected(): void {
    this.__observer.disconnect();
    this.__watched = null;
  }

  render() {
    const notes = [
      ...(this.__host.control?.querySelectorAll<BeforeAfterNote>(
        ':scope > before-after-note'
      ) ?? []),
    ];
    if (!notes.length) return nothing;
    return html`<ol
      class="notes"
      part="note-list"
      role="list"
      aria-label=${this.__words.say('notes')}
    >
      ${notes.map(
        (note, i) =>
          html`<li>
            <button
              type="button"
              class="note"
              part="note-item${note.open ? ' current' : ''}"
              aria-current=${note.open ? 'true' : nothing}
              @click=${() => note.show()}
            >
              <span class="number" part="note-number"
                >${formatNumber(this.__words.lang, i + 1)}.</span
              >
              ${(note.textContent ?? '').replace(/\s+/g, ' ').trim()}
            </button>
          </li>`
      )}
    </ol>`;
  }

  /** Follows the comparison the panel follows now. */
  private __watch(): void {
    const comparison = this.__host.isConnected ? this.__host.control : null;
    if (comparison === this.__watched) return;
    this.__observer.disconnect();
    this.__watched = comparison;
    if (comparison)
      this.__observer.observe(comparison, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['open'],
      });
  }
}

const listStyles = css`
  .notes {
    display: grid;
    gap: 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }

  /* A note's entry: a button drawn as an image's entry is, its number hanging.
     (Its spacing from the next one gives the reader's target its 24 px.) */
  .note {
    display: flex;
    gap: 0.25em;
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: 0 0 0 0.75em;
    padding-inline: 0.75em 0;
    border: 0;
    border-inline-start: 3px solid transparent;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    transition: border-color 200ms ease-out;
  }

  .note:hover {
    text-decoration: underline;
  }

  .note:focus-visible {
    outline: 2px solid var(--before-after-focus-color, #1a73e8);
    outline-offset: 2px;
  }

  /* The note open in the comparison, marked as the image in view is. */
  .note[aria-current] {
    border-inline-start-color: var(--_accent);
  }

  .number {
    min-width: 1.5em;
    font-weight: 700;
  }

  @media (prefers-reduced-motion: reduce) {
    .note {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .note {
      border-inline-start-color: Canvas;
    }

    .note[aria-current] {
      border-inline-start-color: Highlight;
    }
  }
`;
