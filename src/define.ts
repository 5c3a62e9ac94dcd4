import {isServer} from 'lit';
import type {BeforeAfterCaption} from './before-after-caption.js';
import {BeforeAfter} from './before-after.js';
import {nextTask, together} from './internal/turns.js';
import {captionsIn} from './internal/in-page.js';

// Guarded, so a page that loads the script twice (CMS embeds do) gets no error.
const define = () => {
  if (!customElements.get('before-after'))
    customElements.define('before-after', BeforeAfter);
};

// On a page that has comparisons already, upgrading them waits for a task
// of its own, after the script's evaluation; the first of them then draw in
// it as far as its budget allows (turns.ts), the rest in later tasks.
if (!isServer && document.getElementsByTagName('before-after').length)
  void nextTask().then(() => together(define));
else define();

// The caption panel's code is fetched only by a page that shows one (each
// comparison also looks in the shadow root it sits in). A server defines it
// itself, as it does the notes' element.
if (!isServer) captionsIn(document);

declare global {
  interface HTMLElementTagNameMap {
    'before-after': BeforeAfter;
    'before-after-caption': BeforeAfterCaption;
  }
}
