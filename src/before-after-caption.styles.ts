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

  .dates {
    display: grid;
    gap: 0.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }

  .item {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid transparent;
    transition: border-color 200ms ease-out;
  }

  /* The image in view. */
  .item.dominant {
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
    .item {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    /* Forced colours draw a transparent bar in the text's colour: in the background's, it is not drawn. */
    .item {
      border-inline-start-color: Canvas;
    }

    .item.dominant {
      border-inline-start-color: Highlight;
    }

    .dominant .date {
      color: Highlight;
    }
  }
`;
