/**
 * Pure rules of the scroll story: where the divider is, and which note's
 * bubble shows, at each point of the reader's scroll. Progress `p` runs
 * from 0 (the element's centre at 75 % of the viewport's height) to 1 (at
 * 25 %); the divider sweeps from 100 to 0, holding at each note's value.
 */
import {MAX} from './value.js';

/** Where the sweep starts and ends: the element's centre at these fractions of the viewport's height. */
export const FROM = 0.75;
export const TO = 0.25;
/** A bubble fades in and out over this share of its hold. */
const FADE = 0.15;

export interface Story {
  /** The divider's path: a value at each progress, linear in between. */
  nodes: {at: number; value: number}[];
  /** Each hold's span of progress, in sweep order. */
  holds: {from: number; to: number}[];
}

/** Progress for an element whose centre is at `centre` px from the top of a viewport `height` px tall. */
export function progressAt(centre: number, height: number): number {
  if (!(height > 0)) return 0;
  const p = (FROM * height - centre) / ((FROM - TO) * height);
  return Math.min(1, Math.max(0, p));
}

/**
 * The story for holds at `values` (in any order; the sweep meets them from
 * 100 down): each hold takes an equal share, 1/(n+2), of the scroll, and
 * the legs between share the rest by their lengths, so the divider moves at
 * one speed.
 */
export function storyOf(values: readonly number[]): Story {
  const stops = [...values].sort((a, b) => b - a);
  const hold = 1 / (stops.length + 2);
  const travel = 1 - hold * stops.length;
  // From 100 down to 0: the legs add up to MAX.
  const legs = [...stops, 0].map((to, i) => (i ? stops[i - 1]! : MAX) - to);
  const nodes = [{at: 0, value: MAX}];
  const holds: Story['holds'] = [];
  let at = 0;
  legs.forEach((leg, i) => {
    at += (travel * leg) / MAX;
    const value = stops[i] ?? 0;
    nodes.push({at, value});
    if (i === stops.length) return;
    holds.push({from: at, to: at + hold});
    at += hold;
    nodes.push({at, value});
  });
  nodes.at(-1)!.at = 1;
  return {nodes, holds};
}

/** The divider's value at progress `p`. */
export function valueAt({nodes}: Story, p: number): number {
  const next = nodes.findIndex((node) => node.at >= p);
  if (next <= 0) return nodes[0]!.value;
  const a = nodes[next - 1]!;
  const b = nodes[next]!;
  const t = b.at > a.at ? (p - a.at) / (b.at - a.at) : 1;
  return a.value + (b.value - a.value) * t;
}

/** The opacity of hold `i`'s bubble at progress `p`: shown during its hold only, faded at its ends. */
export function bubbleOpacity({holds}: Story, i: number, p: number): number {
  const hold = holds[i];
  if (!hold) return 0;
  const fade = (hold.to - hold.from) * FADE;
  const inside = Math.min(p - hold.from, hold.to - p);
  return fade > 0 ? Math.min(1, Math.max(0, inside / fade)) : 0;
}

/**
 * The progress points where something drawn changes slope: the path's
 * nodes, the bubbles' fades, and where the divider crosses each value of
 * `crossings` (a handle's stop, a label's fade, a one-sided marker). Drawn
 * values sampled at these and interpolated linearly between are exact.
 */
export function keyPoints(
  story: Story,
  crossings: readonly number[]
): number[] {
  const points = story.nodes.map((node) => node.at);
  for (const {from, to} of story.holds) {
    const fade = (to - from) * FADE;
    points.push(from + fade, to - fade);
  }
  for (const value of crossings) {
    story.nodes.forEach((b, i) => {
      const a = story.nodes[i - 1];
      if (!a || a.value === b.value) return;
      const t = (a.value - value) / (a.value - b.value);
      if (t > 0 && t < 1) points.push(a.at + (b.at - a.at) * t);
    });
  }
  return [...new Set(points)]
    .filter((p) => p >= 0 && p <= 1)
    .sort((a, b) => a - b);
}
