import {expect} from '@open-wc/testing';
import {
  between,
  clampView,
  panBy,
  pinch,
  scenePoint,
  viewForKey,
  viewTransform,
  WHOLE,
  zoomAbout,
} from '../src/internal/zoom-geometry.js';
import {sanitizeMaxZoom} from '../src/internal/value.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const near = (actual: number[], expected: number[]) =>
  actual.forEach((n, i) => expect(n).to.be.closeTo(expected[i]!, 1e-9));

describe('zoom geometry', () => {
  it('takes max-zoom as 4 when it is not a number or below 1, and at most 8', () => {
    expect(sanitizeMaxZoom('3')).to.equal(3);
    expect(sanitizeMaxZoom(2.5)).to.equal(2.5);
    for (const bad of ['', 'x', '0', '0.5', -2, NaN, null, undefined])
      expect(sanitizeMaxZoom(bad), String(bad)).to.equal(4);
    expect(sanitizeMaxZoom('20')).to.equal(8);
    expect(sanitizeMaxZoom(Infinity)).to.equal(8);
  });

  it('keeps the zoomed box over the whole box', () => {
    expect(clampView(2, 0, 1, 4)).to.deep.equal({scale: 2, x: 0.25, y: 0.75});
    expect(clampView(4, 0.5, 0.1, 4)).to.deep.equal({
      scale: 4,
      x: 0.5,
      y: 0.125,
    });
    expect(clampView(9, 0.5, 0.5, 4).scale).to.equal(4);
    expect(clampView(0.5, 0, 0, 4)).to.deep.equal(WHOLE);
    expect(clampView(NaN, 0.3, 0.3, 4)).to.deep.equal(WHOLE);
  });

  it('zooms about a point, which stays where it is drawn', () => {
    const view = zoomAbout(WHOLE, 2, 0.3, 0.4, 4);
    expect(view.scale).to.equal(2);
    near(scenePoint(view, 0.3, 0.4), [0.3, 0.4]);
    // Zooming out again about the same point comes back to the whole box.
    expect(zoomAbout(view, 1, 0.3, 0.4, 4)).to.deep.equal(WHOLE);
    // Near an edge the point moves rather than show past the image.
    const corner = zoomAbout(WHOLE, 2, 0, 0, 4);
    expect(corner).to.deep.equal({scale: 2, x: 0.25, y: 0.25});
  });

  it('pans with the pointer, up to the edges', () => {
    const view = {scale: 2, x: 0.5, y: 0.5};
    // The scene follows a pointer moved a tenth of the box right: less of its right side shows.
    near(Object.values(panBy(view, 0.1, 0, 4)), [2, 0.45, 0.5]);
    expect(panBy(view, 5, -5, 4)).to.deep.equal({scale: 2, x: 0.25, y: 0.75});
    expect(panBy(WHOLE, 0.3, 0.3, 4)).to.deep.equal(WHOLE);
  });

  it('pinches about the fingers, the midpoint carrying the scene with it', () => {
    const view = pinch(WHOLE, 3, [0.5, 0.5], [0.5, 0.5], 4);
    expect(view).to.deep.equal({scale: 3, x: 0.5, y: 0.5});
    const moved = pinch(
      {scale: 2, x: 0.5, y: 0.5},
      1,
      [0.5, 0.5],
      [0.6, 0.5],
      4
    );
    near(scenePoint(moved, 0.6, 0.5), [0.5, 0.5]);
    expect(pinch(WHOLE, 0.2, [0.5, 0.5], [0.5, 0.5], 4)).to.deep.equal(WHOLE);
    expect(pinch(WHOLE, 20, [0.5, 0.5], [0.5, 0.5], 4).scale).to.equal(4);
  });

  it('maps +, =, -, 0 and W A S D by physical key', () => {
    const view = {scale: 2, x: 0.5, y: 0.5};
    expect(viewForKey('+', 'Equal', WHOLE, 4)?.scale).to.equal(2);
    expect(viewForKey('=', 'Equal', WHOLE, 4)?.scale).to.equal(2);
    expect(
      viewForKey('+', 'Equal', {scale: 4, x: 0.5, y: 0.5}, 4)?.scale
    ).to.equal(4);
    expect(viewForKey('-', 'Minus', view, 4)).to.deep.equal(WHOLE);
    expect(viewForKey('0', 'Digit0', view, 4)).to.deep.equal(WHOLE);
    near(Object.values(viewForKey('d', 'KeyD', view, 4)!), [2, 0.55, 0.5]);
    near(Object.values(viewForKey('q', 'KeyA', view, 4)!), [2, 0.45, 0.5]);
    near(Object.values(viewForKey('z', 'KeyW', view, 4)!), [2, 0.5, 0.45]);
    near(Object.values(viewForKey('s', 'KeyS', view, 4)!), [2, 0.5, 0.55]);
    expect(viewForKey('ArrowLeft', 'ArrowLeft', view, 4)).to.be.null;
    expect(viewForKey('Home', 'Home', view, 4)).to.be.null;
  });

  it('writes one transform in percent of the box, mirrored for a right-to-left frame', () => {
    expect(viewTransform(WHOLE, false)).to.equal('translate(0%, 0%) scale(1)');
    expect(viewTransform({scale: 2, x: 0.25, y: 0.75}, false)).to.equal(
      'translate(0%, -100%) scale(2)'
    );
    // Mirrored, the left edge's view is the right edge's.
    expect(viewTransform({scale: 2, x: 0.25, y: 0.75}, true)).to.equal(
      'translate(-100%, -100%) scale(2)'
    );
  });

  it('eases the scale evenly and lands on the view', () => {
    const from = WHOLE;
    const to = {scale: 4, x: 0.3, y: 0.6};
    expect(between(from, to, 0)).to.deep.equal(from);
    near(Object.values(between(from, to, 1)), [4, 0.3, 0.6]);
    expect(between(from, to, 0.5).scale).to.be.closeTo(2, 1e-9);
  });
});
