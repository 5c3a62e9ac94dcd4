import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {chord} from './helpers/commands.js';
import {expectEvents} from './helpers/events.js';
import {compare, drawnAt, handle} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

// What a reader's move fires: events that bubble out of the shadow root to the page.
const input = {type: 'input', bubbles: true, composed: true};
const change = {type: 'change', bubbles: true, composed: true};

describe('<before-after>', () => {
  describe('keyboard', () => {
    it('moves by step, by 10 with Shift or Page keys, and to the ends', async () => {
      const el = await compare();
      el.focus();
      const expectations: [() => Promise<unknown>, number][] = [
        [() => sendKeys({press: 'ArrowRight'}), 51],
        [() => sendKeys({press: 'ArrowUp'}), 52],
        [() => sendKeys({press: 'ArrowLeft'}), 51],
        [() => sendKeys({press: 'ArrowDown'}), 50],
        [() => chord('Shift', 'ArrowRight'), 60],
        [() => chord('Shift', 'ArrowLeft'), 50],
        [() => sendKeys({press: 'PageUp'}), 60],
        [() => sendKeys({press: 'PageDown'}), 50],
        [() => sendKeys({press: 'End'}), 100],
        [() => sendKeys({press: 'Home'}), 0],
      ];
      for (const [press, expected] of expectations) {
        const fired = await expectEvents(el, async () => {
          await press();
          await el.updateComplete;
        });
        expect(fired).to.deep.equal([input, change]);
        expect(el.value).to.equal(expected);
        expect(handle(el).getAttribute('aria-valuenow')).to.equal(
          String(expected)
        );
      }
      expect(drawnAt(el)).to.be.closeTo(0, 0.3);
    });

    it('honours step and fires nothing at an end', async () => {
      const el = await compare({step: '5', value: '100'});
      el.focus();
      expect(
        await expectEvents(el, () => sendKeys({press: 'ArrowRight'}))
      ).to.deep.equal([]);
      expect(
        await expectEvents(el, () => sendKeys({press: 'ArrowLeft'}))
      ).to.deep.equal([input, change]);
      expect(el.value).to.equal(95);
    });

    it('follows what the reader sees in RTL', async () => {
      const el = await compare({
        dir: 'rtl',
        'before-label': 'A',
        'after-label': 'B',
      });
      el.focus();
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      expect(el.value).to.equal(51);
      expect(handle(el).getAttribute('aria-valuetext')).to.equal(
        '51% A on the right, 49% B on the left'
      );
      expect(drawnAt(el)).to.be.closeTo(51, 0.3);
    });

    it('moves down with ArrowDown when vertical', async () => {
      const el = await compare({
        orientation: 'vertical',
        'before-label': 'A',
        'after-label': 'B',
      });
      el.focus();
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(el.value).to.equal(51);
      expect(handle(el).getAttribute('aria-orientation')).to.equal('vertical');
      expect(handle(el).getAttribute('aria-valuetext')).to.equal(
        '51% A on top, 49% B below'
      );
      expect(drawnAt(el)).to.be.closeTo(51, 0.3);
    });
  });
});
