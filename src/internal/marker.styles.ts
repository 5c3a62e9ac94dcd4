import {css} from 'lit';

/** A note's marker, centred on its point: the comparison's (notes.styles.ts) and the server's (before-after-note.ts). */
export const markerStyles = css`
  .marker {
    box-sizing: border-box;
    /* In rem, so it follows the reader's text size; never under 24 px. */
    min-width: max(24px, 1.75rem);
    height: max(24px, 1.75rem);
    padding: 0 0.3rem;
    transform: translate(-50%, -50%);
    border: 2px solid #fff;
    border-radius: 1rem;
    font:
      700 0.875rem/1 system-ui,
      sans-serif;
    color: var(--before-after-marker-text-color, #fff);
    background: var(--before-after-marker-color, #b3261e);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.5);
  }
`;
