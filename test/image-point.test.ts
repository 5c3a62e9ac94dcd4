import {expect} from '@open-wc/testing';
import {
  boxPointInImage,
  imagePointInBox,
  imageRect,
} from '../src/internal/image-point.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

// A 1600 × 900 image in boxes of other shapes.
const IMAGE = {width: 1600, height: 900};
const SQUARE = {width: 600, height: 600};
const WIDE = {width: 900, height: 300};

describe('image point mapping', () => {
  it('cover fills the box and crops the overflow, centred by default', () => {
    // 600 / 900 = 0.667 scale: 1066.7 × 600, 233.3 px cut from each side.
    const rect = imageRect(IMAGE, SQUARE);
    expect(rect.width).to.be.closeTo(1066.67, 0.01);
    expect(rect.height).to.equal(600);
    expect(rect.left).to.be.closeTo(-233.33, 0.01);
    const middle = imagePointInBox(50, 50, IMAGE, SQUARE)!;
    expect(middle.left).to.be.closeTo(300, 1e-9);
    expect(middle.top).to.be.closeTo(300, 1e-9);
    // x = 10 % is 106.7 px into the image: cut off.
    expect(imagePointInBox(10, 50, IMAGE, SQUARE)).to.equal(null);
    // The wide box cuts the top and bottom instead.
    expect(imagePointInBox(50, 5, IMAGE, WIDE)).to.equal(null);
    expect(imagePointInBox(50, 50, IMAGE, WIDE)).to.deep.equal({
      left: 450,
      top: 150,
    });
  });

  it('contain letterboxes: every point is shown', () => {
    const at = imagePointInBox(25, 75, IMAGE, SQUARE, {fit: 'contain'})!;
    // 600 × 337.5, 131.25 px above and below.
    expect(at.left).to.equal(150);
    expect(at.top).to.be.closeTo(131.25 + 253.125, 1e-9);
    expect(imagePointInBox(0, 0, IMAGE, SQUARE, {fit: 'contain'})).to.not.equal(
      null
    );
  });

  it('honours object-position in keywords, percentages and px', () => {
    const top = {fit: 'contain', position: 'left top'};
    expect(imagePointInBox(0, 0, IMAGE, SQUARE, top)).to.deep.equal({
      left: 0,
      top: 0,
    });
    // One keyword names its axis: `bottom` alone is `center bottom`.
    expect(
      imageRect(IMAGE, SQUARE, {fit: 'contain', position: 'bottom'}).top
    ).to.equal(262.5);
    expect(imageRect(IMAGE, SQUARE, {position: '100% 0%'}).left).to.be.closeTo(
      -466.67,
      0.01
    );
    expect(imageRect(IMAGE, SQUARE, {position: '-20px 10px'}).left).to.equal(
      -20
    );
    // What cannot be read means the centre.
    expect(
      imageRect(IMAGE, SQUARE, {position: 'calc(10% + 3px) x'}).left
    ).to.be.closeTo(-233.33, 0.01);
  });

  it('fill stretches, none keeps the natural size, scale-down never enlarges', () => {
    expect(imageRect(IMAGE, SQUARE, {fit: 'fill'})).to.deep.equal({
      left: 0,
      top: 0,
      width: 600,
      height: 600,
    });
    expect(imageRect(IMAGE, SQUARE, {fit: 'none'}).width).to.equal(1600);
    expect(
      imageRect({width: 100, height: 50}, SQUARE, {fit: 'scale-down'}).width
    ).to.equal(100);
    expect(imageRect(IMAGE, SQUARE, {fit: 'scale-down'}).width).to.equal(600);
  });

  it('treats an image of unknown size as filling the box', () => {
    expect(imagePointInBox(25, 50, {width: 0, height: 0}, WIDE)).to.deep.equal({
      left: 225,
      top: 150,
    });
  });

  it('maps a point of the box back to the image', () => {
    for (const fit of ['cover', 'contain', 'fill', 'none']) {
      const at = imagePointInBox(37, 61, IMAGE, WIDE, {fit})!;
      const back = boxPointInImage(at.left, at.top, IMAGE, WIDE, {fit});
      expect(back.x, fit).to.be.closeTo(37, 1e-9);
      expect(back.y, fit).to.be.closeTo(61, 1e-9);
    }
  });
});
