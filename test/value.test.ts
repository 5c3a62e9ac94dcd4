import {expect} from '@open-wc/testing';
import {valueAtPoint} from '../src/internal/geometry.js';
import {valueForKey} from '../src/internal/keys.js';
import {isSafeImageUrl} from '../src/internal/url.js';
import {sanitizeStep, sanitizeValue, snap} from '../src/internal/value.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

describe('value rules', () => {
  const values: [unknown, number][] = [
    ['42', 42],
    [' 42.5 ', 42.5],
    [42.123, 42.12],
    ['abc', 50],
    ['', 50],
    [null, 50],
    [undefined, 50],
    ['42px', 50],
    [NaN, 50],
    ['-5', 0],
    ['250', 100],
    ['Infinity', 100],
    [-Infinity, 0],
    [{}, 50],
  ];
  for (const [input, expected] of values) {
    it(`value ${JSON.stringify(input) ?? String(input)} → ${expected}`, () => {
      expect(sanitizeValue(input)).to.equal(expected);
    });
  }

  const steps: [unknown, number][] = [
    ['5', 5],
    ['0', 1],
    ['-3', 1],
    ['abc', 1],
    ['Infinity', 1],
    ['250', 100],
    [0.5, 0.5],
  ];
  for (const [input, expected] of steps) {
    it(`step ${JSON.stringify(input)} → ${expected}`, () => {
      expect(sanitizeStep(input)).to.equal(expected);
    });
  }

  it('snaps to the step grid inside 0–100', () => {
    expect(snap(51.4, 1)).to.equal(51);
    expect(snap(52, 5)).to.equal(50);
    expect(snap(100, 3)).to.equal(100);
    expect(snap(98.6, 3)).to.equal(99);
    expect(snap(-4, 3)).to.equal(0);
  });
});

describe('key rules', () => {
  const ltr = {value: 50, step: 1, vertical: false, rtl: false};
  const table: [string, boolean, Partial<typeof ltr>, number | null][] = [
    ['ArrowRight', false, {}, 51],
    ['ArrowLeft', false, {}, 49],
    ['ArrowUp', false, {}, 51],
    ['ArrowDown', false, {}, 49],
    ['ArrowRight', true, {}, 60],
    ['ArrowLeft', true, {}, 40],
    ['PageUp', false, {}, 60],
    ['PageDown', false, {}, 40],
    ['Home', false, {}, 0],
    ['End', false, {}, 100],
    ['End', false, {step: 3}, 100],
    ['ArrowRight', false, {step: 3, value: 99}, 100],
    ['ArrowLeft', false, {step: 3, value: 100}, 99],
    ['PageUp', false, {step: 4, value: 48}, 60],
    ['PageDown', false, {step: 4, value: 48}, 36],
    ['PageUp', false, {vertical: true}, 40],
    ['PageDown', false, {vertical: true}, 60],
    ['ArrowRight', false, {step: 5}, 55],
    ['ArrowRight', true, {step: 25}, 75],
    ['ArrowRight', false, {rtl: true}, 49],
    ['ArrowLeft', false, {rtl: true}, 51],
    ['ArrowDown', false, {vertical: true}, 51],
    ['ArrowUp', false, {vertical: true}, 49],
    ['ArrowRight', false, {vertical: true, rtl: true}, 51],
    ['ArrowRight', false, {value: 100}, 100],
    ['ArrowLeft', false, {value: 0}, 0],
    ['ArrowRight', false, {value: 50.4}, 51],
    ['ArrowLeft', false, {value: 50.6}, 50],
    ['ArrowLeft', false, {value: 50.4}, 50],
    ['Enter', false, {}, null],
    ['a', false, {}, null],
  ];
  for (const [key, shift, context, expected] of table) {
    it(`${shift ? 'Shift+' : ''}${key} ${JSON.stringify(context)} → ${expected}`, () => {
      expect(valueForKey(key, shift, {...ltr, ...context})).to.equal(expected);
    });
  }
});

describe('pointer geometry', () => {
  const box = {left: 100, top: 50, width: 400, height: 200};
  it('measures from the left edge in LTR', () => {
    expect(valueAtPoint(200, 0, box, false, false)).to.equal(25);
  });
  it('measures from the right edge in RTL', () => {
    expect(valueAtPoint(200, 0, box, false, true)).to.equal(75);
  });
  it('measures from the top when vertical, whatever the direction', () => {
    expect(valueAtPoint(0, 100, box, true, false)).to.equal(25);
    expect(valueAtPoint(0, 100, box, true, true)).to.equal(25);
  });
  it('tells points outside the box as below 0 or above 100, for the element to clamp once', () => {
    expect(valueAtPoint(60, 0, box, false, false)).to.equal(-10);
    expect(valueAtPoint(540, 0, box, false, false)).to.be.closeTo(110, 1e-9);
  });
  it('tells nothing for a box without size', () => {
    expect(valueAtPoint(200, 0, {...box, width: 0}, false, false)).to.equal(
      null
    );
  });
});

// The embed's configuration check (src/embed/config.ts); the page's own markup is not checked.
describe('image URLs from a configuration', () => {
  const safe = [
    'photo.jpg',
    '/img/a.avif',
    '../a.png',
    '//cdn.example/a.jpg',
    'https://a.example/a.jpg',
    'HTTP://a.example/a.jpg',
    '?x=1',
  ];
  const unsafe = [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\nscript:alert(1)',
    '\x01data:image/png;base64,AAAA',
    '\x00 javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'blob:https://a/1',
    'file:///etc/passwd',
    'ftp://a/b.jpg',
    '',
  ];
  for (const url of safe)
    it(`accepts ${url}`, () => expect(isSafeImageUrl(url)).to.be.true);
  for (const url of unsafe)
    it(`refuses ${JSON.stringify(url)}`, () =>
      expect(isSafeImageUrl(url)).to.be.false);
});
