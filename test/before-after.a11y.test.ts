import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {emulateMediaFeatures} from './helpers/commands.js';
import {compare, handle, part, pointAt} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

describe('<before-after>', () => {
  describe('accessibility', () => {
    it('is a named slider whose value text names the dates', async () => {
      const el = await compare({
        value: '62',
        'before-label': 'June 6, 2016',
        'after-label': 'February 5, 2017',
      });
      const h = handle(el);
      expect(h.getAttribute('role')).to.equal('slider');
      expect(h.getAttribute('aria-label')).to.equal(
        'Compare June 6, 2016 with February 5, 2017'
      );
      expect(h.getAttribute('aria-valuemin')).to.equal('0');
      expect(h.getAttribute('aria-valuemax')).to.equal('100');
      expect(h.getAttribute('aria-valuetext')).to.equal(
        '62% June 6, 2016 on the left, 38% February 5, 2017 on the right'
      );
    });

    it('takes its name from label, and its value text from formatValueText', async () => {
      const el = await compare({label: 'Palmyra theatre'});
      el.formatValueText = (v) => `${v} pour cent`;
      await el.updateComplete;
      expect(handle(el).getAttribute('aria-label')).to.equal('Palmyra theatre');
      expect(handle(el).getAttribute('aria-valuetext')).to.equal(
        '50 pour cent'
      );
    });

    it('passes an axe audit, horizontal and vertical', async () => {
      const el = await compare({
        'before-label': 'June 6, 2016',
        'after-label': 'February 5, 2017',
      });
      await expect(el).to.be.accessible();
      el.orientation = 'vertical';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('shows a focus ring for keyboard focus only', async () => {
      const button = await fixture<HTMLButtonElement>(
        html`<button>before</button>`
      );
      const el = await compare();
      button.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(handle(el));
      expect(handle(el).matches(':focus-visible')).to.be.true;
      expect(getComputedStyle(handle(el)).outlineStyle).to.equal('solid');
      handle(el).blur();
      await sendMouse({type: 'click', position: pointAt(el, 30)});
      expect(el.shadowRoot!.activeElement).to.equal(handle(el));
      expect(handle(el).matches(':focus-visible')).to.be.false;
    });

    it('keeps the divider and handle in system colours in forced-colors mode', async function () {
      const el = await compare();
      // A theme colour that forced colours must override.
      el.style.setProperty('--before-after-divider-color', 'rgb(255, 0, 0)');
      // Engine exception: only Chromium's driver can emulate media features (see emulateMediaFeatures).
      if (!(await emulateMediaFeatures({'forced-colors': 'active'})))
        this.skip();
      try {
        const probe = await fixture<HTMLDivElement>(
          html`<div style="color: CanvasText"></div>`
        );
        expect(getComputedStyle(part(el, 'divider')).backgroundColor).to.equal(
          getComputedStyle(probe).color
        );
        expect(getComputedStyle(handle(el)).borderTopColor).to.not.equal(
          'rgba(0, 0, 0, 0)'
        );
      } finally {
        await emulateMediaFeatures({'forced-colors': 'none'});
      }
    });

    it('drops its transition under prefers-reduced-motion', async function () {
      const el = await compare();
      expect(getComputedStyle(handle(el)).transitionDuration).to.not.equal(
        '0s'
      );
      // Engine exception: only Chromium's driver can emulate media features.
      if (!(await emulateMediaFeatures({'prefers-reduced-motion': 'reduce'})))
        this.skip();
      try {
        expect(getComputedStyle(handle(el)).transitionDuration).to.equal('0s');
      } finally {
        await emulateMediaFeatures({'prefers-reduced-motion': 'no-preference'});
      }
    });
  });
});
