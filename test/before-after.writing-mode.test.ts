import {expect, fixture, html} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {
  AFTER,
  BEFORE,
  drawnAt,
  image,
  part,
  pointAt,
  settled,
} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';

guardConsole({resetMouse: true});

/** A comparison in a 400 × 500 container written in another mode (an East Asian page, say). */
async function inMode(
  mode: string,
  attributes: Record<string, string> = {}
): Promise<[BeforeAfter, HTMLElement]> {
  const container = await fixture<HTMLElement>(
    html`<div style="writing-mode: ${mode}; width: 400px; height: 500px"></div>`
  );
  const el = document.createElement('before-after');
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, value);
  el.append(image('before', BEFORE), image('after', AFTER));
  container.append(el);
  await el.updateComplete;
  await settled(...el.querySelectorAll('img'));
  return [el, container];
}

describe('<before-after> in a vertical writing mode', () => {
  for (const mode of ['vertical-rl', 'vertical-lr', 'sideways-rl']) {
    it(`lays itself out horizontally, within a ${mode} container`, async function () {
      if (mode === 'sideways-rl' && !CSS.supports('writing-mode', mode))
        return this.skip(); // not a feature of every engine yet; the vertical ones are
      const [el, container] = await inMode(mode);
      const box = part(el, 'base').getBoundingClientRect();
      const outer = container.getBoundingClientRect();
      expect(box.width, 'width').to.be.closeTo(400, 1);
      expect(box.height, 'height').to.be.closeTo((400 * 9) / 16, 1);
      expect(box.left).to.be.closeTo(outer.left, 1);
      expect(box.right).to.be.at.most(outer.right + 1);
      expect(box.top).to.be.at.least(outer.top - 1);
      expect(box.bottom).to.be.at.most(outer.bottom + 1);
      // The divider is drawn, in the middle, inside the container.
      const line = part(el, 'divider').getBoundingClientRect();
      expect(line.height).to.be.closeTo(box.height, 1);
      expect(drawnAt(el)).to.be.closeTo(50, 0.5);
      // A drag moves it.
      await sendMouse({type: 'move', position: pointAt(el, 50)});
      await sendMouse({type: 'down'});
      await sendMouse({type: 'move', position: pointAt(el, 75)});
      await sendMouse({type: 'up'});
      expect(el.value).to.be.closeTo(75, 0.5);
      expect(drawnAt(el)).to.be.closeTo(75, 0.5);
    });
  }

  it('splits top from bottom there when vertical', async () => {
    const [el, container] = await inMode('vertical-rl', {
      orientation: 'vertical',
      value: '30',
    });
    const box = part(el, 'base').getBoundingClientRect();
    expect(box.width).to.be.closeTo(400, 1);
    expect(box.right).to.be.at.most(
      container.getBoundingClientRect().right + 1
    );
    expect(drawnAt(el)).to.be.closeTo(30, 0.5);
    await sendMouse({type: 'move', position: pointAt(el, 30)});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: pointAt(el, 60)});
    await sendMouse({type: 'up'});
    expect(el.value).to.be.closeTo(60, 0.5);
  });

  it('keeps a width the page gives it, and its margins', async () => {
    const [el, container] = await inMode('vertical-rl');
    el.style.width = '300px';
    expect(part(el, 'base').getBoundingClientRect().width).to.be.closeTo(
      300,
      1
    );
    el.style.width = '';
    el.style.marginInline = '20px';
    const box = part(el, 'base').getBoundingClientRect();
    const outer = container.getBoundingClientRect();
    expect(box.width).to.be.closeTo(360, 1);
    expect(box.left).to.be.closeTo(outer.left + 20, 1);
  });

  it('is as wide as its container in a horizontal page, margins included', async () => {
    const [el, container] = await inMode('horizontal-tb');
    el.style.marginInline = '20px';
    const box = part(el, 'base').getBoundingClientRect();
    expect(box.width).to.be.closeTo(360, 1);
    expect(box.left).to.be.closeTo(
      container.getBoundingClientRect().left + 20,
      1
    );
  });
});
