/**
 * The tetrapylon at the end of the colonnade: four pavilions of four columns
 * standing in 2016, thrown down in 2017 around the platforms that survived.
 */
import {depth, project} from './camera.mjs';
import {
  castShadow,
  cylinder,
  cylinderItem,
  grey,
  hairline,
  layer,
  prism,
  prismCorners,
  prismItem,
} from './draw.mjs';
import {rect, turnedRect} from './geometry.mjs';
import {TETRAPYLON} from './plan.mjs';
import {blob} from './wreckage.mjs';

const {x: TX, y: TY, half, side, inset, z: TZ, r: R, top: TOP_Z} = TETRAPYLON;
const CAPITAL_H = 6;

/** Centres of the four platforms round the crossing. */
const PLATFORMS = [-1, 1].flatMap((sy) =>
  [-1, 1].map((sx) => [TX + sx * half, TY + sy * half])
);

/** Square footprint of size s centred on (px, py). */
const square = ([px, py], s) =>
  rect(px - s / 2, py - s / 2, px + s / 2, py + s / 2);

/**
 * A platform on its low footing step, as a scene item. Its weathered top is
 * darker than the sand and outlined so it still reads when bare in 2017.
 */
function platform(centre) {
  const step = square(centre, side + 8);
  const foot = square(centre, side);
  const edge = [...foot, foot[0]].map(([x, y]) => project(x, y, TZ));
  return {
    d: depth(...centre),
    shadow: castShadow(prismCorners(foot, 0, TZ), 0),
    body:
      prism(step, 0, 6, 0.88) +
      prism(foot, 6, TZ, 0.82) +
      hairline(edge, 0.3, 1),
  };
}

/** Axes of a platform's four columns, far ones first. */
function columnsOn([px, py]) {
  const o = side / 2 - inset;
  return [-1, 1].flatMap((sy) =>
    [-1, 1].map((sx) => [px + sx * o, py + sy * o])
  );
}

/** Height of the surface debris lands on: a platform's top, or the sand. */
const floorZ = (x, y) =>
  PLATFORMS.some(
    ([px, py]) => Math.abs(x - px) < side / 2 && Math.abs(y - py) < side / 2
  )
    ? TZ
    : 0;

/** June 2016: the four pavilions standing. */
export function tetrapylon() {
  return layer(PLATFORMS.map(pavilion));
}

/**
 * A platform with its four columns, each crowned by its capital. The
 * entablatures are left off: seen from above they would hide the columns,
 * which are what the 2017 image shows gone.
 */
function pavilion(centre) {
  const base = platform(centre);
  const columns = columnsOn(centre).map(([x, y]) => ({
    shaft: cylinder([x, y, TZ], [x, y, TOP_Z], R, 0.95),
    capital: square([x, y], 2 * R + 3),
  }));
  return {
    d: depth(...centre),
    shadow: [
      base.shadow,
      ...columns.map(({shaft, capital}) =>
        castShadow(
          [
            ...shaft.corners,
            ...prismCorners(capital, TOP_Z, TOP_Z + CAPITAL_H),
          ],
          0
        )
      ),
    ].join(''),
    body:
      base.body +
      columns
        .map(
          ({shaft, capital}) =>
            shaft.body + prism(capital, TOP_Z, TOP_Z + CAPITAL_H, 0.95)
        )
        .join(''),
  };
}

/**
 * February 2017: the platforms bare but for a stump or two, each shaft
 * lying in drums thrown outwards from the crossing with its capital at the
 * end, chips of stone around, and dust over the sand.
 */
export function tetrapylonRuin(rand) {
  const bases = layer(PLATFORMS.map(platform));
  // One or two columns keep a stump: two picks, which may coincide.
  const columns = PLATFORMS.flatMap(columnsOn);
  const stumps = new Set([0, 1].map(() => Math.floor(rand() * columns.length)));
  const debris = columns.flatMap(([x, y], i) =>
    stumps.has(i)
      ? [cylinderItem([x, y, TZ], [x, y, TZ + 20 + 25 * rand()], R, 0.95, TZ)]
      : fallenColumn(rand, x, y)
  );
  for (let i = 0; i < 50; i++) debris.push(chip(rand));
  const dust = `<g filter="url(#soft8)" opacity="0.25">${blob(rand, TX, TY, 130, 110, `fill="${grey(0.92)}"`)}</g>`;
  return dust + bases + layer(debris);
}

/**
 * One column thrown down away from the crossing: its shaft broken in three
 * drums, its capital where the top landed.
 */
function fallenColumn(rand, x0, y0) {
  const items = [];
  let angle = Math.atan2(y0 - TY, x0 - TX) + (rand() - 0.5) * 1.2;
  let [x, y] = [x0, y0];
  for (let k = 0; k < 3; k++) {
    const len = (TOP_Z - TZ) / 3 - 4 * rand();
    const [dx, dy] = [Math.cos(angle) * len, Math.sin(angle) * len];
    const z = floorZ(x + dx / 2, y + dy / 2);
    items.push(
      cylinderItem([x, y, z + R], [x + dx, y + dy, z + R], R, 0.93, z)
    );
    [x, y] = [x + dx + 4 * (rand() - 0.5), y + dy + 4 * (rand() - 0.5)];
    angle += (rand() - 0.5) * 0.6;
  }
  const capital = turnedRect(x, y, 2 * R + 3, 2 * R + 3, angle);
  items.push(prismItem(capital, floorZ(x, y), CAPITAL_H, 0.9));
  return items;
}

/** A chip of stone knocked off in the blast, on or near a platform. */
function chip(rand) {
  const a = rand() * 2 * Math.PI;
  const d = (half + side / 2) * (0.3 + 1.1 * rand());
  const [x, y] = [TX + Math.cos(a) * d, TY + Math.sin(a) * d];
  const size = 3 + 6 * rand() ** 2;
  const foot = turnedRect(x, y, size, size * (0.5 + 0.5 * rand()), a);
  return prismItem(foot, floorZ(x, y), 2 + size * 0.4, 0.7 + 0.25 * rand());
}
