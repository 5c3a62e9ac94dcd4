import {css} from 'lit';

export const styles = css`
  :host {
    --_accent: var(--before-after-caption-accent, #b3261e);
    --_muted: var(--before-after-caption-muted, #5f6368);
    display: block;
    font-size: var(--before-after-caption-font-size, 0.875rem);
    line-height: 1.45;
  }

  :host([hidden]) {
    display: none;
  }

  .dates,
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
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .note:hover {
    text-decoration: underline;
  }

  .number {
    min-width: 1.5em;
    font-weight: 700;
  }

  .item,
  .note {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid transparent;
    transition: border-color 200ms ease-out;
  }

  /* The image in view, and the note open in the comparison. */
  .item.dominant,
  .note[aria-current] {
    border-inline-start-color: var(--_accent);
  }

  .date {
    display: block;
    font-weight: 600;
  }

  .dominant .date {
    font-weight: 800;
    color: var(--_accent);
  }

  .credit {
    color: var(--_muted);
  }

  .caption {
    margin: 0 0 0.5em;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    .item,
    .note {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    /* Forced colours draw a transparent bar in the text's colour: in the background's, it is not drawn. */
    .item,
    .note {
      border-inline-start-color: Canvas;
    }

    .item.dominant,
    .note[aria-current] {
      border-inline-start-color: Highlight;
    }

    .dominant .date {
      color: Highlight;
    }
  }
`;
