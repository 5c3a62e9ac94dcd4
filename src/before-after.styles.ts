import {css} from 'lit';

// Geometry comes from one number, --_v (0–100), written by the element. The
// reveal is a clip-path and the divider a transform, so a drag frame costs a
// style update and a repaint, never a layout. Public custom properties get
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
    --_sign: 1;
    display: block;
    position: relative;
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

  :host(:dir(rtl)) {
    --_sign: -1;
  }

  :host([hidden]) {
    display: none;
  }

  .track {
    position: relative;
    /* Reserved from the images' width/height before they load: no layout shift. */
    aspect-ratio: var(--before-after-aspect-ratio, var(--_ratio, 16 / 9));
    background: var(--before-after-background, #d9d9d9);
  }

  .layer {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }

  .before {
    z-index: 1;
    clip-path: inset(0 calc(100% - var(--_v) * 1%) 0 0);
  }

  :host(:dir(rtl)) .before {
    clip-path: inset(0 0 0 calc(100% - var(--_v) * 1%));
  }

  :host([orientation='vertical']) .before {
    clip-path: inset(0 0 calc(100% - var(--_v) * 1%) 0);
  }

  ::slotted(img),
  ::slotted(picture) {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: var(--before-after-object-fit, cover);
    object-position: var(--before-after-object-position, center);
    pointer-events: none;
    -webkit-user-drag: none;
  }

  .broken ::slotted(*) {
    visibility: hidden;
  }

  .error {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    padding: 1em;
    text-align: center;
    font:
      0.875rem/1.4 system-ui,
      sans-serif;
    color: #222;
    background: repeating-linear-gradient(
      135deg,
      #e4e4e4 0 12px,
      #d4d4d4 12px 24px
    );
  }

  .label {
    position: absolute;
    inset-block-start: 0.75rem;
    max-width: 45%;
    padding: 0.2em 0.6em;
    border-radius: 0.25em;
    font:
      600 0.8125rem/1.4 system-ui,
      sans-serif;
    color: var(--_label-color);
    background: var(--_label-background);
    pointer-events: none;
  }

  .before .label {
    inset-inline-start: 0.75rem;
  }

  .after .label {
    inset-inline-end: 0.75rem;
  }

  :host([orientation='vertical']) .after .label {
    inset-block: auto 0.75rem;
    inset-inline: 0.75rem auto;
  }

  .label:empty {
    display: none;
  }

  .track {
    /* Container units let transforms move by a share of the box's size. */
    container-type: size;
  }

  /* A zero-width line at the divider: transform only, never layout. */
  .mover {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    z-index: 2;
    width: 0;
    pointer-events: none;
    transform: translateX(calc(var(--_v) * var(--_sign) * 1cqw));
  }

  :host([orientation='vertical']) .mover {
    inset: 0 0 auto;
    width: auto;
    height: 0;
    transform: translateY(calc(var(--_v) * 1cqh));
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

  /* The handle follows the divider but stops half its size from the edges,
     so it is never cut off and never makes the page scroll sideways. */
  .handle {
    --_half: calc(var(--_handle-size) / 2);
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0;
    z-index: 3;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    width: var(--_handle-size);
    height: var(--_handle-size);
    transform: translate(
      calc(
        (clamp(var(--_half), var(--_v) * 1cqw, 100cqw - var(--_half)) - 50%) *
          var(--_sign)
      ),
      -50%
    );
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
    inset: 0 auto auto 50%;
    transform: translate(
        -50%,
        calc(clamp(var(--_half), var(--_v) * 1cqh, 100cqh - var(--_half)) - 50%)
      )
      rotate(90deg);
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

    .label {
      border: 1px solid CanvasText;
    }
  }
`;
