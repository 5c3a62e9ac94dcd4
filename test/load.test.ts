import {expect, fixture, html} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import '../src/define.js';
import {collectGarbage} from './helpers/commands.js';
import {AFTER, BEFORE, frames, pointAt} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {trackListeners} from './helpers/listeners.js';

guardConsole({resetMouse: true});

describe('load', () => {
  it('200 comparisons on a page: dragging one touches none of the others', async function () {
    this.timeout(60000);
    const page = await fixture<HTMLDivElement>(
      html`<div style="width:480px"></div>`
    );
    const all: BeforeAfter[] = [];
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('before-after');
      el.setAttribute('value', String(i % 100));
      el.innerHTML = `<img slot="before" src="${BEFORE}" alt="" width="16" height="9" loading="lazy"><img slot="after" src="${AFTER}" alt="" width="16" height="9" loading="lazy">`;
      page.append(el);
      all.push(el);
    }
    await Promise.all(all.map((el) => el.updateComplete));
    // Each one measures its labels once laid out; then nothing is due.
    await frames(3);
    const target = all[0]!;
    const others = all.slice(1);
    const changed = new Set<Node>();
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changed.add(r.target))
    );
    for (const el of others)
      observer.observe(el.shadowRoot!, {
        attributes: true,
        subtree: true,
        childList: true,
        characterData: true,
      });
    let updates = 0;
    for (const el of others) el.addEventListener('input', () => updates++);

    await sendMouse({type: 'move', position: pointAt(target, 10)});
    await sendMouse({type: 'down'});
    for (const pct of [20, 40, 60, 80])
      await sendMouse({type: 'move', position: pointAt(target, pct)});
    await sendMouse({type: 'up'});
    await frames();
    expect(target.value).to.be.closeTo(80, 0.5);
    observer.disconnect();
    expect(changed.size, 'elements of other comparisons that changed').to.equal(
      0
    );
    expect(updates).to.equal(0);
    expect(others.map((el) => el.value)).to.deep.equal(
      others.map((_, i) => (i + 1) % 100)
    );
  });

  it('creating and removing 1,000 leaves no listener on window or document, and nothing retained', async function () {
    this.timeout(120000);
    const listeners = trackListeners();
    const host = await fixture<HTMLDivElement>(
      html`<div style="width:320px"></div>`
    );
    let collected = 0;
    const registry = new FinalizationRegistry(() => collected++);
    const baseline = await collectGarbage();
    try {
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('before-after');
        el.hint = i % 2 === 0;
        el.innerHTML = `<img slot="before" src="${BEFORE}" alt="" width="16" height="9"><img slot="after" src="${AFTER}" alt="" width="16" height="9">`;
        host.append(el);
        const caption = document.createElement('before-after-caption');
        host.append(caption);
        // Both drawn: one waiting for its turn listens for a scroll that brings it on screen.
        await el.updateComplete;
        await caption.updateComplete;
        if (i % 10 === 0) {
          // Every tenth is removed mid-drag: a press dispatched on it starts one.
          const box = el.getBoundingClientRect();
          el.dispatchEvent(
            new PointerEvent('pointerdown', {
              bubbles: true,
              composed: true,
              isPrimary: true,
              pointerId: 3,
              pointerType: 'mouse',
              clientX: box.left + 10,
              clientY: box.top + 5,
            })
          );
          expect(listeners.left(), 'a drag listens to scrolling').to.deep.equal(
            ['window:scroll ×1']
          );
        }
        registry.register(el, i);
        el.remove();
        caption.remove();
      }
      await frames();
      expect(listeners.left()).to.deep.equal([]);
    } finally {
      listeners.restore();
    }
    const after = await collectGarbage();
    // Engine exception: only Chromium's driver can force a collection and read the DOM counters.
    if (!baseline || !after) return;
    for (let i = 0; i < 20 && collected < 990; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await collectGarbage();
    }
    expect(collected, 'elements collected').to.be.at.least(990);
    // Each comparison with its panel is ~25 nodes: fewer than one left per element means none is retained.
    expect(after.nodes - baseline.nodes, 'DOM nodes left').to.be.below(1000);
    expect(
      after.jsEventListeners - baseline.jsEventListeners,
      'JS listeners left'
    ).to.be.below(20);
  });
});
