import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {emulateMediaFeatures} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {
  AFTER,
  BEFORE,
  compare,
  drawnAt,
  frames,
  handle,
  image,
  settled,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

describe('<before-after>', () => {
  describe('hint', () => {
    it('nudges the divider once when it comes into view, then rests at value, firing nothing', async () => {
      const el = await compare({hint: '', value: '50'});
      const drawn: number[] = [];
      const fired = await expectEvents(el, async () => {
        // The swing takes 1.2 s from when the comparison is in view; under
        // load its code and its turn may take a while to come.
        const start = performance.now();
        while (performance.now() - start < 3000) {
          drawn.push(drawnAt(el));
          await frames(1);
        }
        await frames();
      });
      expect(Math.min(...drawn)).to.be.below(47);
      expect(Math.max(...drawn)).to.be.above(52);
      expect(drawnAt(el)).to.be.closeTo(50, 0.3);
      expect(el.value).to.equal(50);
      expect(handle(el).getAttribute('aria-valuenow')).to.equal('50');
      expect(fired).to.deep.equal([]);
    });

    it('does not nudge under prefers-reduced-motion', async function () {
      // Engine exception: only Chromium's driver can emulate media features.
      if (!(await emulateMediaFeatures({'prefers-reduced-motion': 'reduce'})))
        this.skip();
      try {
        const el = await compare({hint: ''});
        for (let i = 0; i < 30; i++) {
          expect(drawnAt(el)).to.be.closeTo(50, 0.3);
          await frames(1);
        }
      } finally {
        await emulateMediaFeatures({'prefers-reduced-motion': 'no-preference'});
      }
    });

    it('plays once, even when the element is moved in the page after it played', async () => {
      const el = await compare({hint: '', value: '50'});
      const swing = async () => {
        let far = 0;
        const start = performance.now();
        while (performance.now() - start < 1400) {
          far = Math.max(far, Math.abs(drawnAt(el) - 50));
          await frames(1);
        }
        return far;
      };
      expect(await swing(), 'first view').to.be.above(2);
      const box = el.parentElement!;
      const park = document.createElement('div');
      document.body.append(park);
      park.append(el);
      box.append(el);
      await el.updateComplete;
      expect(await swing(), 'after the move').to.be.below(0.3);
      park.remove();
    });

    it('still waits for the reader when the element is moved before it came into view', async () => {
      // Out of view from the start (compare() would show it, and the hint would
      // play at once): the hint is armed but has not played.
      const box = await fixture<HTMLDivElement>(
        html`<div style="width:640px; margin-top:200vh"></div>`
      );
      const el = document.createElement('before-after');
      el.setAttribute('hint', '');
      el.setAttribute('value', '50');
      el.append(image('before', BEFORE), image('after', AFTER));
      box.append(el);
      await el.updateComplete;
      await settled(...el.querySelectorAll('img'));
      await frames(3);
      expect(drawnAt(el), 'not played out of view').to.be.closeTo(50, 0.3);
      box.append(el);
      await el.updateComplete;
      box.style.marginTop = '';
      let far = 0;
      const start = performance.now();
      while (performance.now() - start < 1400) {
        far = Math.max(far, Math.abs(drawnAt(el) - 50));
        await frames(1);
      }
      expect(far).to.be.above(2);
    });

    it('stops at once when the reader takes the slider', async () => {
      const el = await compare({hint: ''});
      let drawn = 50;
      for (let i = 0; i < 60 && Math.abs(drawn - 50) < 1; i++) {
        await frames(1);
        drawn = drawnAt(el);
      }
      expect(Math.abs(drawn - 50), 'the hint was moving').to.be.at.least(1);
      el.focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      for (let i = 0; i < 10; i++) {
        expect(drawnAt(el)).to.be.closeTo(51, 0.3);
        await frames(1);
      }
    });
  });
});
