import {expect, nextFrame, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {
  ampHeights,
  atClose,
  BUILT,
  closeEmbeds,
  FIXTURES,
  openEmbed,
  settledHeight,
  SOURCE,
  VALID,
} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';
import {until} from './helpers/wait.js';

guardConsole({resetMouse: true});
afterEach(closeEmbeds);

/*
 * The embed page under the Content-Security-Policy it must run under
 * (test/runner/csp.mjs applies it to `?csp=strict` and collects the reports).
 */

interface CspReport {
  'csp-report'?: {'document-uri'?: string; 'violated-directive'?: string};
}

const reportsSoFar = async (): Promise<CspReport[]> =>
  (await fetch('/__csp-report')).json();

/**
 * Every CSP report received until the control page's own report arrives: a
 * page with a style attribute, loaded under the same policy. Its report shows
 * that this engine does report, and that the reports before it are in.
 */
async function reportsUntilControl(): Promise<{
  page: CspReport[];
  control: CspReport[];
}> {
  const frame = document.createElement('iframe');
  frame.src = `${FIXTURES}/inline-style.html?csp=strict`;
  document.body.append(frame);
  atClose(() => frame.remove());
  const all: CspReport[] = [];
  const fromControl = (r: CspReport) =>
    (r['csp-report']?.['document-uri'] ?? '').includes('inline-style.html');
  await waitUntil(
    async () => {
      all.push(...(await reportsSoFar()));
      return all.some(fromControl);
    },
    'the control page (a style attribute under the same policy) sent no report',
    {timeout: 15000, interval: 100}
  );
  return {
    page: all.filter((r) => !fromControl(r)),
    control: all.filter(fromControl),
  };
}

describe('the embed page: Content-Security-Policy', () => {
  for (const [name, path] of [
    ['source', SOURCE],
    ['built', BUILT],
  ]) {
    it(`runs the ${name} page under the strict policy with no violation: rendered, dragged, resized`, async function () {
      // Chrome may hold a report back for seconds on a busy machine.
      this.timeout(30000);
      await reportsSoFar(); // clears what earlier tests left
      const embed = await openEmbed({...VALID, csp: 'strict'}, {path});
      const {doc, frame} = embed;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) =>
        violations.push(e.violatedDirective)
      );

      // A reader drags the divider from the middle to 80 %.
      const comparison = doc.querySelector<BeforeAfter>('before-after')!;
      const at = (pct: number): [number, number] => {
        const outer = frame.getBoundingClientRect();
        const box = comparison.getBoundingClientRect();
        return [
          Math.round(outer.left + box.left + (box.width * pct) / 100),
          Math.round(outer.top + box.top + box.height / 2),
        ];
      };
      await sendMouse({type: 'move', position: at(50)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: at(65)});
      await sendMouse({type: 'move', position: at(80)});
      await sendMouse({type: 'up'});
      await nextFrame();
      expect(comparison.value).to.be.closeTo(80, 2);
      const divider = comparison
        .shadowRoot!.querySelector('[part="divider"]')!
        .getBoundingClientRect();
      const box = comparison.getBoundingClientRect();
      expect(divider.left + divider.width / 2 - box.left).to.be.closeTo(
        box.width * 0.8,
        3
      );

      const wide = await settledHeight(embed);
      frame.style.width = '320px';
      await until(
        () => ampHeights(embed).at(-1) !== wide,
        'no new height after the width changed'
      );
      await settledHeight(embed);

      const {page, control} = await reportsUntilControl();
      expect(control).to.have.length.above(0);
      expect(page, JSON.stringify(page)).to.deep.equal([]);
      expect(violations).to.deep.equal([]);

      // The in-page listener can fail too: a style attribute is a violation here.
      doc.body.setAttribute('style', 'color: red');
      await until(
        () => violations.length > 0,
        'no securitypolicyviolation for a style attribute'
      );
      expect(getComputedStyle(doc.body).color).to.not.equal('rgb(255, 0, 0)');
      await until(
        async () => (await reportsSoFar()).length > 0,
        'no CSP report for a style attribute'
      );
    });
  }

  it('carries the policy in a meta element too, so it holds wherever the page is hosted', async () => {
    for (const path of [SOURCE, BUILT]) {
      const {doc} = await openEmbed(VALID, {path});
      const meta = doc.head.querySelector(
        'meta[http-equiv="Content-Security-Policy"]'
      );
      expect(meta?.getAttribute('content')).to.equal(
        "default-src 'self'; img-src 'self' https: data:; style-src 'self'"
      );
      // Nothing inline for the policy to refuse: no inline script, style element or attribute.
      expect(
        doc.querySelectorAll('script:not([src]), style, [style]').length
      ).to.equal(0);
    }
  });
});
