import {html, nothing} from 'lit';
import type {Side} from './image-slots-controller.js';

/**
 * A side of the comparison: its layer, then its label and the message for a
 * missing or broken image, outside the layer, so that its clip never cuts
 * them.
 */
export function layer(
  side: Side,
  label: string,
  error: string | null,
  handleSlotChange: (event: Event) => void
) {
  return html`
    <div class="bounds ${side}-bounds">
      <div class="layer ${side} ${error ? 'broken' : ''}" part=${side}>
        <div class="picture">
          <div class="view">
            <slot name=${side} @slotchange=${handleSlotChange}></slot>
          </div>
        </div>
      </div>
    </div>
    <span
      class="label ${side}-label"
      part="label ${side}-label"
      aria-hidden="true"
      >${label || nothing}</span
    >
    ${
      error
        ? html`<div class="error ${side}-error" part="error">${error}</div>`
        : null
    }
  `;
}
