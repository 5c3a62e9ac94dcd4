import {css} from 'lit';

// Added to the comparison's shadow root by ZoomController, so that a page
// that does not zoom never downloads them.
export const zoomStyles = css`
  /* A pinch on the comparison is the comparison's, not the page's. */
  :host([zoom]) {
    touch-action: pan-y;
  }

  :host([zoom][orientation='vertical']) {
    touch-action: pan-x;
  }

  :host([zoom][handle-only]) .track {
    touch-action: pan-x pan-y;
  }

  /* Zoomed, a finger or a press on the images pans them. */
  .track.zoomed {
    touch-action: none;
    cursor: grab;
  }

  .track.zoomed .handle {
    cursor: ew-resize;
  }

  :host([orientation='vertical']) .track.zoomed .handle {
    cursor: ns-resize;
  }

  /* During a gesture each picture is its own layer, so a move only
     composites; after it, it is drawn again at the new scale, sharp. */
  .moving .view {
    will-change: transform;
  }

  /* In the box's bottom inline-end corner, where no label or handle is. */
  .zoom {
    position: absolute;
    z-index: 4;
    inset-block-end: var(--_edge);
    inset-inline-end: var(--_edge);
    display: flex;
    gap: 4px;
    cursor: auto;
  }

  /* Vertical, the handle travels down the middle: the buttons stand in a
     column at the edge, clear of it. */
  :host([orientation='vertical']) .zoom {
    flex-direction: column;
  }

  /* Too short a box (too narrow, vertical) for the buttons beside the
     handle's path: they give way to it; gestures and keys still zoom. */
  @container (max-height: 8rem) {
    :host(:not([orientation='vertical'])) .zoom button {
      display: none;
    }
  }

  @container (max-width: 8rem) {
    :host([orientation='vertical']) .zoom button {
      display: none;
    }
  }

  .zoom button {
    box-sizing: border-box;
    min-width: max(28px, 1.75rem);
    height: max(28px, 1.75rem);
    padding: 0 0.35rem;
    border: 1px solid rgb(255 255 255 / 0.7);
    border-radius: 0.25rem;
    font:
      600 0.875rem/1 system-ui,
      sans-serif;
    color: var(--_label-color);
    background: var(--_label-background);
    cursor: pointer;
    touch-action: manipulation;
  }

  .zoom svg {
    width: 0.875rem;
    height: 0.875rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    vertical-align: middle;
  }

  .zoom button:disabled {
    opacity: 0.45;
    cursor: default;
  }

  .zoom button:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 1px;
  }

  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .zoom button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }

    .zoom button:disabled {
      color: GrayText;
    }
  }

  /* Paper shows the whole images (see the element's print rules), and no buttons. */
  @media print {
    .zoom {
      display: none;
    }
  }
`;
