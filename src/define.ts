import {BeforeAfter} from './before-after.js';

if (!customElements.get('before-after'))
  customElements.define('before-after', BeforeAfter);

declare global {
  interface HTMLElementTagNameMap {
    'before-after': BeforeAfter;
  }
}
