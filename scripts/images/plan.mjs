/**
 * The theatre's plan, which every scene part is laid out from (ground units;
 * the orchestra centre is the origin, the cavea opens towards the camera, the
 * stage lies behind the orchestra).
 */
import {DEG} from './geometry.mjs';

export const ORCHESTRA_R = 150;
export const STAGE = {halfWidth: 300, front: -20, back: -78, z: 14};
export const FRONS = {
  halfWidth: 330,
  front: -78,
  back: -98,
  top: 112,
  exedra: 44,
};
export const SIDE_DOORS = [-235, 235];
export const COLUMN_XS = [60, 92, 140, 205, 265, 305].flatMap((x) => [-x, x]);
export const COLUMN = {y: -66, r: 5.5, base: 24, top: 96};
export const BUILDING = {halfWidth: 430, back: -200};
/** The colonnaded street behind the theatre, between its two rows of columns. */
export const STREET = {near: -300, far: -420};

/**
 * The tetrapylon where the colonnade ends, on the street's axis: four square
 * platforms round the crossing, four columns on each. `half` runs from the
 * crossing to each platform's centre (x and y alike), `side` is a platform's
 * width, `inset` the distance from its edge to its columns' axes, `z` its
 * height; `r` and `top` are the columns' radius and the height of their tops.
 */
export const TETRAPYLON = {
  x: -260,
  y: (STREET.near + STREET.far) / 2,
  half: 50,
  side: 64,
  inset: 12,
  z: 24,
  r: 5.5,
  top: 115,
};

/** Whether ground point (x, y) lies within `margin` of the tetrapylon's platforms. */
export function nearTetrapylon(x, y, margin) {
  const reach = TETRAPYLON.half + TETRAPYLON.side / 2 + margin;
  return (
    Math.abs(x - TETRAPYLON.x) < reach && Math.abs(y - TETRAPYLON.y) < reach
  );
}

/** Half-width of the central façade destroyed in 2017. */
export const RUIN_HALF_WIDTH = 175;
export const inRuin = (x) => Math.abs(x) < RUIN_HALF_WIDTH;

/**
 * The cavea as a list of stepped rings, from the orchestra outwards.
 * `rise` is the height of the riser behind each tread.
 */
function caveaRows() {
  const rows = [];
  let r = ORCHESTRA_R;
  let z = 0;
  const add = (count, depthR, rise, kind) => {
    for (let i = 0; i < count; i++) {
      rows.push({r0: r, r1: r + depthR, z, rise, kind});
      r += depthR;
      z += rise;
    }
  };
  add(3, 14, 4, 'proedria');
  add(15, 11, 6.5, 'lower');
  add(1, 20, 12, 'walkway'); // praecinctio, with the balteus wall behind it
  add(12, 11, 6.5, 'upper');
  return {rows, outer: r, top: z};
}

export const CAVEA = caveaRows();
export const AISLES = {
  lower: [30, 60, 90, 120, 150].map((a) => a * DEG),
  upper: Array.from({length: 11}, (_, i) => (i + 1) * 15 * DEG),
};
export const AISLE_WIDTH = 12;
