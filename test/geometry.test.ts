import {expect} from '@open-wc/testing';
import {drawing, UNMEASURED} from '../src/internal/geometry.js';
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
    expect(drawing(0, true, measures).handle).to.equal('0 22px');
  });

  it('stops the handle half its size inside the box, and only near the edges', () => {
    expect(drawing(50, false, measures).handle).to.equal('0px');
    expect(drawing(10, false, measures).handle).to.equal('0px'); // 40 px in
    expect(drawing(0, false, measures).handle).to.equal('22px');
    expect(drawing(2.5, false, measures).handle).to.equal('12px');
    expect(drawing(100, false, measures).handle).to.equal('-22px');
  });

  it('never shifts the handle in a box no wider than it, or not yet measured', () => {
    expect(drawing(0, false, {...measures, size: 40}).handle).to.equal('0px');
    expect(drawing(0, false, UNMEASURED).handle).to.equal('0px');
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
