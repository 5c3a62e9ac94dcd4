import {expect} from '@open-wc/testing';
import {drawing} from '../src/internal/geometry.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

describe('drawing', () => {
  const measures = {
    size: 400,
    handle: 44,
    labels: {beforeEnd: 30, afterStart: 70, fade: 3},
  };

  it('moves the window out by what is hidden and its picture back by as much', () => {
    const at = drawing(62.5, false, measures);
    expect(at.window).to.equal('translateX(-37.5%)');
    expect(at.picture).to.equal('translateX(37.5%)');
    expect(at.mover).to.equal('translateX(62.5cqw)');
    expect(drawing(0, false, measures).window).to.equal('translateX(-100%)');
    expect(drawing(100, false, measures).picture).to.equal('translateX(0%)');
  });

  it('moves along the height when vertical', () => {
    const at = drawing(25, true, measures);
    expect([at.window, at.picture, at.mover]).to.deep.equal([
      'translateY(-75%)',
      'translateY(75%)',
      'translateY(25cqh)',
    ]);
  });

  /**
   * Where the handle is drawn, as the reader sees it: a box of `size` px
   * (a size container, as the track is), the zero-width line moved by
   * `mover` and a 44 px handle on it moved by `handle`. The handle's centre
   * in px from the box's start along the axis.
   */
  function handleCentre(value: number, vertical: boolean, size: number) {
    const box = document.createElement('div');
    box.style.cssText = `position:relative;container-type:size;width:${vertical ? 300 : size}px;height:${vertical ? size : 300}px`;
    const mover = document.createElement('div');
    mover.style.cssText = vertical
      ? 'position:absolute;inset:0 0 auto;height:0'
      : 'position:absolute;inset-block:0;left:0;width:0';
    const handle = document.createElement('div');
    handle.style.cssText = `position:absolute;${vertical ? 'top:0;left:50%' : 'top:50%;left:0'};width:44px;height:44px`;
    const at = drawing(value, vertical, measures);
    mover.style.transform = at.mover;
    handle.style.transform = at.handle;
    mover.append(handle);
    box.append(mover);
    document.body.append(box);
    const outer = box.getBoundingClientRect();
    const inner = handle.getBoundingClientRect();
    box.remove();
    return vertical
      ? inner.top + inner.height / 2 - outer.top
      : inner.left + inner.width / 2 - outer.left;
  }

  it('draws the handle on the divider, stopped half its size inside the box near the edges', () => {
    expect(handleCentre(50, false, 400)).to.be.closeTo(200, 0.5);
    expect(handleCentre(10, false, 400)).to.be.closeTo(40, 0.5);
    expect(handleCentre(2.5, false, 400)).to.be.closeTo(22, 0.5);
    expect(handleCentre(0, false, 400)).to.be.closeTo(22, 0.5);
    expect(handleCentre(100, false, 400)).to.be.closeTo(378, 0.5);
    expect(handleCentre(0, true, 400)).to.be.closeTo(22, 0.5);
    expect(handleCentre(25, true, 400)).to.be.closeTo(100, 0.5);
    expect(handleCentre(100, true, 400)).to.be.closeTo(378, 0.5);
  });

  it('centres the handle in a box no wider than it', () => {
    expect(handleCentre(0, false, 40)).to.be.closeTo(20, 0.5);
    expect(handleCentre(100, false, 40)).to.be.closeTo(20, 0.5);
  });

  it('fades each label over the last few percent before the divider reaches it', () => {
    const opacities = (v: number) => {
      const at = drawing(v, false, measures);
      return [at.beforeLabel, at.afterLabel];
    };
    expect(opacities(50)).to.deep.equal(['1', '1']);
    expect(opacities(31.5)).to.deep.equal(['0.5', '1']);
    expect(opacities(30)).to.deep.equal(['0', '1']);
    expect(opacities(10)).to.deep.equal(['0', '1']);
    expect(opacities(69)).to.deep.equal(['1', '0.33']);
    expect(opacities(80)).to.deep.equal(['1', '0']);
  });

  it('gives the same strings for the same position, so nothing is rewritten', () => {
    expect(drawing(40, false, measures)).to.deep.equal(
      drawing(40, false, measures)
    );
  });
});
