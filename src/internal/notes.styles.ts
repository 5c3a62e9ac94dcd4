import {css} from 'lit';
import {markerStyles} from './marker.styles.js';

// Added to the comparison's shadow root by NotesController, so that a page
// without notes never downloads them. Markers sit over the images and under
// the handle; the open note's bubble is over everything.
export const notesStyles = css`
  ${markerStyles}

  /* The notes under the images are text to read and select, not a slider. */
  .legend {
    cursor: auto;
    user-select: text;
    -webkit-user-select: text;
  }

  /* Clipped: a marker at an edge never paints over the page. */
  .notes {
    position: absolute;
    inset: 0;
    z-index: 3;
    overflow: clip;
    pointer-events: none;
  }

  /* Its translate (the image point, in px) is written once per resize; the
     transform centres it there. */
  .marker {
    position: absolute;
    top: 0;
    left: 0;
    pointer-events: auto;
    cursor: pointer;
    outline: none;
    touch-action: manipulation;
  }

  .marker[hidden] {
    display: none;
  }

  /* Shown on one image only: faded out while the other image covers its
     point (on its own layer, so the fade repaints nothing), but still in
     the tab order, so every note stays within reach; focused or open, it
     shows. A press there drags the divider (no data-no-drag), as on the
     image; pointer-events would repaint. */
  .marker.one-sided {
    will-change: opacity;
  }

  .marker.covered:not([aria-expanded='true'], :focus-visible) {
    opacity: 0;
    cursor: inherit;
  }

  .marker[aria-expanded='true'] {
    box-shadow:
      0 0 0 3px var(--before-after-marker-color, #b3261e),
      0 1px 4px rgb(0 0 0 / 0.5);
  }

  .marker:focus-visible,
  .close:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }

  .bubble {
    position: absolute;
    z-index: 6;
    box-sizing: border-box;
    width: max-content;
    max-height: calc(100% - 16px);
    overflow: auto;
    padding: 0.45em 2.4em 0.5em 0.75em;
    border-radius: 0.4em;
    font:
      clamp(0.75rem, 3.4cqi, 0.9375rem) / 1.4 system-ui,
      sans-serif;
    color: #1f1f1f;
    background: rgb(255 255 255 / 0.97);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.4);
    cursor: auto;
    user-select: text;
    -webkit-user-select: text;
  }

  .bubble[hidden] {
    display: none;
  }

  .close {
    position: absolute;
    top: 2px;
    inset-inline-end: 2px;
    display: grid;
    place-items: center;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    color: inherit;
    background: none;
    cursor: pointer;
  }

  .close svg {
    width: 12px;
    height: 12px;
    stroke: currentColor;
    stroke-width: 2;
  }

  .marks {
    display: none;
  }

  @media (forced-colors: active) {
    .marker {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }

    .bubble {
      border: 1px solid CanvasText;
    }
  }

  /* On paper each image carries the numbers of its notes at their points
     (the image is printed whole, so a point is a percentage of it), and the
     list under the images says what they are. */
  @media print {
    .notes,
    .bubble {
      display: none;
    }

    /* Over its image: the same grid area, as tall. */
    .marks {
      display: block;
      position: relative;
      z-index: 2;
      align-self: stretch;
      pointer-events: none;
    }

    .before-marks {
      grid-area: before;
    }

    /* As the after image sits, a little below its date. */
    .after-marks {
      grid-area: after;
      margin-block-start: 0.25rem;
    }

    @container (min-width: 37rem) {
      .after-marks {
        margin-block-start: 0;
      }
    }

    .mark {
      position: absolute;
      box-sizing: border-box;
      min-width: 20px;
      height: 20px;
      padding: 0 4px;
      transform: translate(-50%, -50%);
      border: 1.5px solid #fff;
      border-radius: 10px;
      font:
        700 10pt/17px system-ui,
        sans-serif;
      text-align: center;
      color: #fff;
      background: #000;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
