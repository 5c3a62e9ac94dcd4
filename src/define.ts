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

// On a page that has comparisons already, the first of them draw in the
// task that upgrades them, as far as its budget allows (turns.ts), the rest
// in later tasks. A page of a few upgrades them at once, so the first draws
// sooner; a page of many (upgrading 300 takes about 20 ms) waits for a task of
// its own, after the script's evaluation.
const count = isServer
  ? 0
  : document.getElementsByTagName('before-after').length;
if (count > 50) void nextTask().then(() => together(define));
else if (count) together(define);
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
