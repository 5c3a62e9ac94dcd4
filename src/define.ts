import {BeforeAfterCaption} from './before-after-caption.js';
import {BeforeAfter} from './before-after.js';

// Guarded, so a page that loads the script twice (CMS embeds do) gets no error.
if (!customElements.get('before-after'))
  customElements.define('before-after', BeforeAfter);
if (!customElements.get('before-after-caption')) {
  customElements.define('before-after-caption', BeforeAfterCaption);
}

declare global {
  interface HTMLElementTagNameMap {
    'before-after': BeforeAfter;
    'before-after-caption': BeforeAfterCaption;
  }
}
