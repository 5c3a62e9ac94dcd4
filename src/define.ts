import {isServer} from 'lit';
import {BeforeAfterCaption} from './before-after-caption.js';
import {BeforeAfter} from './before-after.js';
import {nextTask, together} from './internal/turns.js';

// Guarded, so a page that loads the script twice (CMS embeds do) gets no error.
const define = () => {
  if (!customElements.get('before-after'))
    customElements.define('before-after', BeforeAfter);
  if (!customElements.get('before-after-caption'))
    customElements.define('before-after-caption', BeforeAfterCaption);
};

// On a page that has comparisons already, upgrading them waits for a task
// of its own, after the script's evaluation; the first of them then draw in
// it as far as its budget allows (turns.ts), the rest in later tasks.
if (!isServer && document.getElementsByTagName('before-after').length)
  void nextTask().then(() => together(define));
else define();

declare global {
  interface HTMLElementTagNameMap {
    'before-after': BeforeAfter;
    'before-after-caption': BeforeAfterCaption;
  }
}
