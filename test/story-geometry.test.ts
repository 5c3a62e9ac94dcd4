import {expect} from '@open-wc/testing';
import {
  bubbleOpacity,
  keyPoints,
  progressAt,
  storyOf,
  valueAt,
} from '../src/internal/story-geometry.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

describe('story geometry', () => {
  it('measures progress from the element’s centre: 0 at 75 % of the viewport’s height, 1 at 25 %, clamped', () => {
    expect(progressAt(750, 1000)).to.equal(0);
    expect(progressAt(900, 1000)).to.equal(0);
    expect(progressAt(500, 1000)).to.equal(0.5);
    expect(progressAt(250, 1000)).to.equal(1);
    expect(progressAt(-300, 1000)).to.equal(1);
    expect(progressAt(400, 0), 'no viewport').to.equal(0);
  });

  it('sweeps from 100 to 0, linear in the scroll, without notes', () => {
    const story = storyOf([]);
    expect(story.holds).to.deep.equal([]);
    for (const [p, value] of [
      [0, 100],
      [0.1, 90],
      [0.5, 50],
      [0.9, 10],
      [1, 0],
    ])
      expect(valueAt(story, p!), `at ${p}`).to.be.closeTo(value!, 1e-9);
  });

  it('holds at each note’s value, from 100 down, for an equal share; the legs share the rest by their lengths', () => {
    // Told in the order the sweep meets them, whatever order they are given in.
    const story = storyOf([30, 70]);
    // Two holds of 1/4 each; the legs 30, 40 and 30 share the other half.
    expect(
      story.holds.map(({from, to}) => [from, to].map((p) => +p.toFixed(9)))
    ).to.deep.equal([
      [0.15, 0.4],
      [0.6, 0.85],
    ]);
    for (const [p, value] of [
      [0.075, 85],
      [0.15, 70],
      [0.3, 70],
      [0.4, 70],
      [0.5, 50],
      [0.7, 30],
      [0.925, 15],
      [1, 0],
    ])
      expect(valueAt(story, p!), `at ${p}`).to.be.closeTo(value!, 1e-9);
  });

  it('holds at the ends too, and twice at one value', () => {
    const ends = storyOf([100, 0]);
    expect(valueAt(ends, 0.1)).to.equal(100);
    expect(valueAt(ends, 0.9)).to.equal(0);
    expect(valueAt(ends, 0.5)).to.be.closeTo(50, 1e-9);
    const twice = storyOf([40, 40]);
    expect(twice.holds).to.have.length(2);
    expect(valueAt(twice, twice.holds[0]!.from)).to.be.closeTo(40, 1e-9);
    expect(valueAt(twice, twice.holds[1]!.to)).to.be.closeTo(40, 1e-9);
  });

  it('shows a hold’s bubble during its hold only, fading at its ends', () => {
    const story = storyOf([70, 30]);
    const [first] = story.holds;
    const middle = (first!.from + first!.to) / 2;
    expect(bubbleOpacity(story, 0, middle)).to.equal(1);
    expect(bubbleOpacity(story, 0, first!.from)).to.equal(0);
    expect(bubbleOpacity(story, 0, first!.to)).to.equal(0);
    expect(bubbleOpacity(story, 0, first!.from + 0.01)).to.be.within(0.1, 0.9);
    expect(bubbleOpacity(story, 0, 0.05)).to.equal(0);
    expect(bubbleOpacity(story, 1, middle), 'the other bubble').to.equal(0);
    expect(bubbleOpacity(story, 5, middle), 'no such hold').to.equal(0);
  });

  it('puts key points where a drawn value bends, so keyframes interpolated linearly are exact', () => {
    const story = storyOf([70, 30]);
    const points = keyPoints(story, [95, 50, 70, 150]);
    expect(points[0]).to.equal(0);
    expect(points.at(-1)).to.equal(1);
    expect([...points].sort((a, b) => a - b)).to.deep.equal(points);
    // Where the divider crosses 95 and 50 (a value held, 70, adds nothing; 150 is never reached).
    for (const value of [95, 50])
      expect(
        points.some((p) => Math.abs(valueAt(story, p) - value) < 1e-9),
        `crosses ${value}`
      ).to.be.true;
    // The fades' corners.
    for (const hold of story.holds)
      expect(points.filter((p) => p > hold.from && p < hold.to)).to.have.length(
        2
      );
    // Between two key points every value is on the line between them.
    for (let i = 1; i < points.length; i++) {
      const [a, b] = [points[i - 1]!, points[i]!];
      const mid = valueAt(story, (a + b) / 2);
      expect(mid).to.be.closeTo(
        (valueAt(story, a) + valueAt(story, b)) / 2,
        1e-9
      );
    }
  });
});
