import {css} from 'lit';

// Geometry comes from one number, the position (0–100): the element writes
// what it draws as final values on the few elements that move (see
// drawing() in internal/geometry.ts). The reveal, the divider and the
// handle are transforms and the labels fade by opacity, so a drag frame
// costs style for those elements and a compositor update: no layout, no
// paint. Right-to-left is this sheet's: it mirrors the moving parts. Public custom properties get
// their fallbacks in var(), not on :host, so an ancestor can theme them.
export const styles = css`
  :host {
    --_divider-color: var(--before-after-divider-color, #fff);
    --_divider-width: var(--before-after-divider-width, 2px);
    --_handle-size: max(44px, var(--before-after-handle-size, 44px));
    --_handle-color: var(--before-after-handle-color, rgb(0 0 0 / 0.55));
    --_handle-icon-color: var(--before-after-handle-icon-color, #fff);
    --_focus-color: var(--before-after-focus-color, #1a73e8);
    --_label-color: var(--before-after-label-color, #fff);
    --_label-background: var(--before-after-label-background, rgb(0 0 0 / 0.7));
    /* Label and message margins, and the labels' text, shrink with the box (units of .track). */
    --_edge: clamp(6px, 2cqi, 12px);
    --_small-text: clamp(11px, 3.4cqi, 14px);
    display: block;
    position: relative;
    /* Horizontal in any page writing mode, as wide as its container: in a
       vertical page it is an orthogonal flow, which would otherwise size
       itself from the viewport's height. A page's own width still wins. */
    writing-mode: horizontal-tb;
    width: 100%;
    width: -moz-available;
    width: -webkit-fill-available;
    width: stretch;
    /* Leaves vertical scrolling (and pinch-zoom) to the browser. */
    touch-action: pan-y pinch-zoom;
    user-select: none;
    -webkit-user-select: none;
    -webkit-tap-highlight-color: transparent;
    cursor: ew-resize;
  }

  :host([orientation='vertical']) {
    touch-action: pan-x pinch-zoom;
    cursor: ns-resize;
  }

  /* handle-only: a finger on the images pans the page either way and zooms
     (manipulation); only the handle drags, and scrolls across its axis. */
  :host([handle-only]) {
    touch-action: manipulation;
    cursor: auto;
  }

  :host([handle-only]) .handle {
    touch-action: pan-y pinch-zoom;
    cursor: ew-resize;
  }

  :host([handle-only][orientation='vertical']) .handle {
    touch-action: pan-x pinch-zoom;
    cursor: ns-resize;
  }

  :host([hidden]) {
    display: none;
  }

  .track {
    position: relative;
    /* Reserved from the images' width/height before they load: no layout shift. */
    aspect-ratio: var(--before-after-aspect-ratio, var(--_ratio, 16 / 9));
    background: var(--before-after-background, #d9d9d9);
    /* Container units let the divider move by a share of the box's size. */
    container-type: size;
  }

  /* The before window slides out of the box as it moves: clipped here, so
     the page never scrolls sideways (and not on the track, whose handle's
     focus ring may pass its edges). */
  .bounds,
  .layer {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }

  /* The reveal: the before layer is a window moved along the axis, and its
     picture is moved back by as much, so the picture stays put while the
     window's edge follows the divider. Transforms only, as percentages of
     their own boxes: a drag frame repaints and re-rasters nothing. */
  .before {
    z-index: 1;
    will-change: transform;
  }

  .picture {
    position: absolute;
    inset: 0;
  }

  .before > .picture {
    will-change: transform;
  }

  /* The zoom (see internal/zoom-controller.ts): the same transform on both
     pictures, from the top-left corner. */
  .view {
    position: absolute;
    inset: 0;
    transform-origin: 0 0;
  }

  /* Right to left, the before window and the divider move from the right
     edge: their static frames are mirrored, and the image mirrored back. */
  :host(:dir(rtl):not([orientation='vertical'])) :is(.before-bounds, .mover),
  :host(:dir(rtl):not([orientation='vertical'])) .before ::slotted(*) {
    scale: -1 1;
  }

  /* A page's rules beat a shadow root's normal ones (a theme's
     img { height: auto; max-width: 100% } would leave an image of another
     shape sticking out of the box), and a shadow root's !important beats
     them all: so the few declarations that fit the image to the box are
     !important. What the image looks like (filter, opacity) stays the page's. */
  ::slotted(img),
  ::slotted(picture) {
    display: block !important;
    box-sizing: border-box !important;
    width: 100% !important;
    height: 100% !important;
    min-width: 0 !important;
    min-height: 0 !important;
    max-width: none !important;
    max-height: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    float: none !important;
    object-fit: var(--before-after-object-fit, cover) !important;
    object-position: var(--before-after-object-position, center) !important;
    pointer-events: none;
    -webkit-user-drag: none;
  }

  .broken ::slotted(*) {
    visibility: hidden;
  }

  .broken {
    background: repeating-linear-gradient(
      135deg,
      #e4e4e4 0 12px,
      #d4d4d4 12px 24px
    );
  }

  /* Messages and labels live outside the clipped layers, so the divider
     never cuts them: each sits in its own image's half. */
  .error {
    position: absolute;
    z-index: 4;
    inset-block: 0;
    box-sizing: border-box;
    width: fit-content;
    height: fit-content;
    /* Clear of the handle at the middle, where the box leaves room for that. */
    max-width: max(
      50% - 2 * var(--_edge) - var(--_handle-size),
      min(50% - 2 * var(--_edge), 7rem)
    );
    max-height: calc(100% - 2 * var(--_edge));
    margin: auto;
    overflow: hidden;
    padding: 0.4em 0.7em;
    border-radius: 0.25em;
    text-align: center;
    font:
      var(--_small-text) / 1.35 system-ui,
      sans-serif;
    color: #222;
    background: rgb(255 255 255 / 0.92);
    pointer-events: none;
  }

  .before-error {
    inset-inline: 0 50%;
  }

  .after-error {
    inset-inline: 50% 0;
  }

  :host([orientation='vertical']) .error {
    inset-inline: 0;
    max-width: calc(100% - 2 * var(--_edge));
    max-height: calc(50% - 2 * var(--_edge));
  }

  :host([orientation='vertical']) .before-error {
    inset-block: 0 50%;
  }

  :host([orientation='vertical']) .after-error {
    inset-block: 50% 0;
  }

  /* Each label is capped so it is whole at value 50, and fades out before
     the divider reaches it (its opacity is drawn from the position and the
     label's extent, measured once per resize). */
  .label {
    position: absolute;
    z-index: 2;
    inset-block-start: var(--_edge);
    box-sizing: border-box;
    min-width: min-content;
    max-width: calc(50% - var(--_edge) - 16px);
    padding: 0.15em 0.5em;
    border-radius: 0.25em;
    font:
      600 var(--_small-text) / 1.3 system-ui,
      sans-serif;
    color: var(--_label-color);
    background: var(--_label-background);
    pointer-events: none;
    /* Its own layer: a fade changes opacity on the compositor, no repaint. */
    will-change: opacity;
  }

  .before-label {
    inset-inline-start: var(--_edge);
  }

  .after-label {
    inset-inline-end: var(--_edge);
  }

  :host([orientation='vertical']) .label {
    max-width: calc(100% - 2 * var(--_edge));
  }

  :host([orientation='vertical']) .after-label {
    inset-block: auto var(--_edge);
    inset-inline: var(--_edge) auto;
  }

  .label:empty {
    display: none;
  }

  /* A zero-width line at the divider, carrying the handle: transform only,
     never layout. Over the error messages, so the handle is never hidden. */
  .mover {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    z-index: 5;
    width: 0;
    pointer-events: none;
  }

  :host([orientation='vertical']) .mover {
    inset: 0 0 auto;
    width: auto;
    height: 0;
  }

  .divider {
    position: absolute;
    inset-block: 0;
    left: calc(var(--_divider-width) / -2);
    width: var(--_divider-width);
    background: var(--_divider-color);
    box-shadow: 0 0 3px rgb(0 0 0 / 0.5);
  }

  :host([orientation='vertical']) .divider {
    inset: calc(var(--_divider-width) / -2) 0 auto;
    width: auto;
    height: var(--_divider-width);
  }

  /* Centred on the line; near an edge the transform the element writes
     stops it half its size inside the box, so it is never cut off and never
     makes the page scroll sideways. */
  .handle {
    position: absolute;
    top: 50%;
    left: 0;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    width: var(--_handle-size);
    height: var(--_handle-size);
    transform: translate(-50%, -50%);
    border: 2px solid var(--_divider-color);
    border-radius: 50%;
    color: var(--_handle-icon-color);
    background: var(--_handle-color);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.4);
    pointer-events: auto;
    outline: none;
    transition: box-shadow 150ms ease-out;
  }

  :host([orientation='vertical']) .handle {
    top: 0;
    left: 50%;
    transform: translate(-50%, -50%) rotate(90deg);
  }

  .handle:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
    box-shadow:
      0 0 0 2px #fff,
      0 1px 4px rgb(0 0 0 / 0.4);
  }

  .handle svg {
    width: 60%;
    height: 60%;
    fill: currentColor;
  }

  :host(:state(dragging)) {
    cursor: grabbing;
  }

  @media (prefers-reduced-motion: reduce) {
    .handle {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .divider,
    .handle {
      forced-color-adjust: none;
    }

    .divider {
      background: CanvasText;
      box-shadow: 0 0 0 1px Canvas;
    }

    .handle {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }

    .handle:focus-visible {
      outline-color: Highlight;
    }

    .label,
    .error {
      border: 1px solid CanvasText;
    }
  }

  /* On paper nothing moves: both images whole, each under its date as a
     line of black text; no divider, handle or boxes. Before above after, or
     side by side where the printed column gives each image 18rem or more. */
  @media print {
    :host {
      break-inside: avoid;
      container-type: inline-size;
    }

    .track {
      display: grid;
      grid-template: 'before-label' 'before' 'after-label' 'after' / 100%;
      aspect-ratio: auto;
      /* Size containment would give a box without aspect-ratio no height. */
      container-type: normal;
      background: none;
    }

    .bounds {
      display: contents;
    }

    .layer,
    .picture,
    .view {
      position: relative;
      inset: auto;
      /* Over every direction's and orientation's reveal, and the zoom. */
      transform: none !important;
    }

    .layer.after {
      margin-block-start: 0.25rem;
    }

    ::slotted(img),
    ::slotted(picture) {
      height: auto !important;
      scale: none !important;
    }

    .broken {
      min-height: 3rem;
    }

    .before {
      grid-area: before;
    }

    .after {
      grid-area: after;
    }

    .before-label {
      grid-area: before-label;
    }

    .after-label {
      grid-area: after-label;
      margin-block-start: 0.75rem;
    }

    .label,
    .error {
      position: static;
      z-index: auto;
      max-width: none;
      max-height: none;
      margin: 0;
      padding: 0 0 0.15rem;
      opacity: 1 !important;
      font:
        600 10pt/1.3 system-ui,
        sans-serif;
      color: #000;
      background: none;
    }

    .error {
      align-self: center;
      justify-self: center;
      padding: 0.5rem;
      font-weight: normal;
    }

    .mover,
    .handle {
      display: none;
    }

    @container (min-width: 37rem) {
      .track {
        grid-template:
          'before-label after-label'
          'before after' / 1fr 1fr;
        column-gap: 1rem;
        align-items: start;
      }

      .layer.after,
      .after-label {
        margin-block-start: 0;
      }
    }
  }
`;

/**
 * Only in the server's declarative shadow root, where no script has drawn
 * yet (it stays there after hydration; the script's inline values win from
 * its first draw on): the position from --_at, which only the server writes.
 * These are drawing()'s transforms (internal/geometry.ts) with var(--_at) for
 * the value; keep the two the same. A function, so that browser bundles,
 * where `isServer` is false, leave it out.
 */
export const serverStyles = () => css`
  .before {
    transform: translateX(calc(var(--_at) * 1% - 100%));
  }

  .before > .picture {
    transform: translateX(calc(100% - var(--_at) * 1%));
  }

  .mover {
    transform: translateX(calc(var(--_at) * 1cqw));
  }

  .handle {
    --_along: calc(var(--_at) * 1cqw);
    transform: translate(
      calc(
        clamp(min(50%, 50cqw), var(--_along), 100cqw - 50%) - var(--_along) -
          50%
      ),
      -50%
    );
  }

  :host([orientation='vertical']) .before {
    transform: translateY(calc(var(--_at) * 1% - 100%));
  }

  :host([orientation='vertical']) .before > .picture {
    transform: translateY(calc(100% - var(--_at) * 1%));
  }

  :host([orientation='vertical']) .mover {
    transform: translateY(calc(var(--_at) * 1cqh));
  }

  :host([orientation='vertical']) .handle {
    --_along: calc(var(--_at) * 1cqh);
    transform: translate(
        -50%,
        calc(
          clamp(min(50%, 50cqh), var(--_along), 100cqh - 50%) - var(--_along) -
            50%
        )
      )
      rotate(90deg);
  }

  /* The page's rules for before the upgrade (before-after.css) write the
     dates beside the images when scripts are off, in a grid: here the
     labels do, and the notes' list sits right under the images. */
  :host::before,
  :host::after {
    content: none !important;
  }

  :host(:not([hidden])) {
    display: block !important;
    counter-reset: before-after-note;
  }

  /* The box the notes' server-drawn markers (before-after-note.ts) rebuild
     the images' box above: its top edge is the images' bottom one. */
  .legend {
    display: flow-root;
    position: relative;
  }
`;
