import {isServer} from 'lit';
import type {BeforeAfterCaption} from './before-after-caption.js';
import {BeforeAfter} from './before-after.js';
import {nextTask, together} from './internal/turns.js';
import {whenInPage} from './internal/in-page.js';

// Guarded, so a page that loads the script twice (CMS embeds do) gets no error.
const define = (name: string, element: CustomElementConstructor) => {
  if (!customElements.get(name)) customElements.define(name, element);
};

// On a page that has comparisons already, upgrading them waits for a task
// of its own, after the script's evaluation; the first of them then draw in
// it as far as its budget allows (turns.ts), the rest in later tasks.
if (!isServer && document.getElementsByTagName('before-after').length)
  void nextTask().then(() =>
    together(() => define('before-after', BeforeAfter))
  );
else define('before-after', BeforeAfter);

// The caption panel's code is fetched only by a page that shows one. (A
// server defines it itself, as it does the notes' element.)
if (!isServer)
  whenInPage('before-after-caption', () =>
    import('./before-after-caption.js').then(({BeforeAfterCaption}) =>
      define('before-after-caption', BeforeAfterCaption)
    )
  );

declare global {
  interface HTMLElementTagNameMap {
    'before-after': BeforeAfter;
    'before-after-caption': BeforeAfterCaption;
  }
}
