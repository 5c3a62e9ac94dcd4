import {expect} from '@open-wc/testing';
import {
  alongAxis,
  bubbleAcross,
  bubbleTop,
  covered,
} from '../src/internal/note-geometry.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const BOX = {width: 800, height: 450};

describe('note geometry', () => {
  it('tells where the divider meets a point, from the inline-start edge or the top', () => {
    const point = {left: 200, top: 90};
    expect(alongAxis(point, BOX, false, false)).to.equal(25);
    expect(alongAxis(point, BOX, false, true)).to.equal(75);
    expect(alongAxis(point, BOX, true, false)).to.equal(20);
    expect(alongAxis(point, BOX, true, true)).to.equal(20);
  });

  it('covers a one-sided marker once the other image reaches it', () => {
    // The before image lies before the divider: at 30 % it no longer reaches 40 %.
    expect(covered('before', 40, 30)).to.be.true;
    expect(covered('before', 40, 50)).to.be.false;
    expect(covered('after', 40, 50)).to.be.true;
    expect(covered('after', 40, 30)).to.be.false;
    expect(covered('both', 40, 0)).to.be.false;
    expect(covered('both', 40, 100)).to.be.false;
  });

  it('puts the bubble beside its marker, on the side with more room, inside the box', () => {
    expect(bubbleAcross({left: 200, top: 100}, BOX)).to.deep.equal({
      left: '218px',
      right: '',
      width: '',
      maxWidth: '574px',
    });
    expect(bubbleAcross({left: 700, top: 100}, BOX)).to.deep.equal({
      left: '',
      right: '118px',
      width: '',
      maxWidth: '674px',
    });
    // Centred on the marker, held off the top and bottom edges.
    expect(bubbleTop({left: 200, top: 200}, BOX, 100)).to.equal(150);
    expect(bubbleTop({left: 200, top: 10}, BOX, 100)).to.equal(8);
    expect(bubbleTop({left: 200, top: 440}, BOX, 100)).to.equal(342);
    // Taller than the box: from the top edge (it scrolls).
    expect(bubbleTop({left: 200, top: 200}, BOX, 600)).to.equal(8);
  });

  it('spans a narrow box, at the edge away from its marker', () => {
    const narrow = {width: 343, height: 193};
    expect(bubbleAcross({left: 170, top: 76}, narrow)).to.deep.equal({
      left: '8px',
      right: '8px',
      width: 'auto',
      maxWidth: 'none',
    });
    expect(bubbleTop({left: 170, top: 76}, narrow, 60)).to.equal(125);
    expect(bubbleTop({left: 170, top: 150}, narrow, 60)).to.equal(8);
  });
});
