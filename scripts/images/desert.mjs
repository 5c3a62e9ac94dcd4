/**
 * The desert around the theatre: stones, house foundations, the colonnaded
 * street up to the tetrapylon and vehicle tracks.
 */
import {H, TOP, W, depth, unproject} from './camera.mjs';
import {
  castShadow,
  cylinder,
  cylinderItem,
  grey,
  groundPoly,
  layer,
  prism,
  prismCorners,
  prismItem,
} from './draw.mjs';
import {rect, turnedRect} from './geometry.mjs';
import {BUILDING, CAVEA, STREET, TETRAPYLON, nearTetrapylon} from './plan.mjs';

/** Where scattered stones and house ruins must not go. */
function onMonument(x, y) {
  const inCavea = y > -30 && Math.hypot(x, y) < CAVEA.outer + 25;
  const inBuilding =
    Math.abs(x) < BUILDING.halfWidth + 30 && y > BUILDING.back - 30 && y < 10;
  return inCavea || inBuilding || nearTetrapylon(x, y, 20);
}

const onStreet = (y) => y < STREET.near + 20 && y > STREET.far - 20;

/** Loose stones scattered over the sand, each with its small shadow. */
export function stones(rand) {
  const items = [];
  for (let i = 0; i < 700; i++) {
    const [x, y] = unproject(rand() * W, rand() * H);
    const size = 3 + 7 * rand() ** 2;
    if (onMonument(x, y)) continue;
    const foot = turnedRect(
      x,
      y,
      size,
      size * (0.5 + 0.5 * rand()),
      rand() * Math.PI
    );
    items.push(
      prismItem(foot, 0, size * (0.3 + 0.4 * rand()), 0.75 + 0.25 * rand())
    );
  }
  return layer(items);
}

/** Foundations of houses: broken runs of low wall sticking out of the sand. */
export function houseRuins(rand) {
  const items = [];
  for (let i = 0; i < 26; i++) {
    const [x, y] = unproject(rand() * W, rand() * H);
    const [w, d] = [50 + 70 * rand(), 40 + 60 * rand()];
    const corners = rect(x - w / 2, y - d / 2, x + w / 2, y + d / 2);
    if (corners.some(([px, py]) => onMonument(px, py) || onStreet(py)))
      continue;
    const h = 4 + 8 * rand();
    corners.forEach(([ax, ay], k) => {
      const [bx, by] = corners[(k + 1) % 4];
      for (let t = 0; t < 1; t += 0.25) {
        if (rand() < 0.35) continue;
        const [mx, my] = [
          ax + (bx - ax) * (t + 0.125),
          ay + (by - ay) * (t + 0.125),
        ];
        const len = Math.hypot(bx - ax, by - ay) * 0.25;
        const foot = turnedRect(mx, my, len, 6, Math.atan2(by - ay, bx - ax));
        items.push(prismItem(foot, 0, h * (0.4 + 0.6 * rand()), 0.86));
      }
    });
  }
  return layer(items);
}

/** Half the width of the tetrapylon's four platforms together. */
const TETRAPYLON_REACH = TETRAPYLON.half + TETRAPYLON.side / 2;

/**
 * The colonnaded street behind the theatre, from the tetrapylon onwards: two
 * rows of columns, a few still standing, most broken to stumps or lying in
 * drums.
 */
export function colonnade(rand) {
  const pave = groundPoly(
    rect(
      TETRAPYLON.x - TETRAPYLON_REACH,
      STREET.far + 10,
      1400,
      STREET.near - 10
    ),
    0,
    `fill="${grey(TOP * 0.9)}" fill-opacity="0.45"`
  );
  const items = [];
  for (const y of [STREET.far, STREET.near]) {
    // The first columns stand clear of the tetrapylon.
    for (let x = TETRAPYLON.x + TETRAPYLON_REACH + 40; x < 1400; x += 36) {
      const roll = rand();
      if (roll < 0.7) {
        const height = roll < 0.3 ? 70 + 15 * rand() : 12 + 18 * rand();
        items.push(streetColumn(x, y, height));
      } else {
        const a = rand() * Math.PI;
        const [cx, cy] = [x + 20 * (rand() - 0.5), y + 40 * (rand() - 0.5)];
        const [dx, dy] = [
          Math.cos(a) * (5 + 8 * rand()),
          Math.sin(a) * (5 + 8 * rand()),
        ];
        items.push(
          cylinderItem(
            [cx - dx, cy - dy, 5.5],
            [cx + dx, cy + dy, 5.5],
            5.5,
            0.92,
            0
          )
        );
      }
    }
  }
  return pave + layer(items);
}

/** A street column (or its stump) on a square plinth, as a scene item. */
function streetColumn(x, y, height) {
  const plinth = rect(x - 7, y - 7, x + 7, y + 7);
  const shaft = cylinder([x, y, 8], [x, y, height], 5.5, 0.95);
  return {
    d: depth(x, y),
    shadow: castShadow([...prismCorners(plinth, 0, 8), ...shaft.corners], 0),
    body: prism(plinth, 0, 8, 0.9) + shaft.body,
  };
}

/** Vehicle tracks across the sand: pairs of soft ruts. */
export function tracks() {
  const routes = [
    'M-20 880 C 220 830, 330 760, 420 640 S 520 380, 700 300 S 1200 250, 1940 190',
    'M1940 760 C 1700 790, 1560 900, 1500 1100',
    'M-20 300 C 300 330, 600 200, 900 120 S 1300 40, 1500 -20',
  ];
  const ruts = routes.flatMap((d) => [
    `<path d="${d}" fill="none" stroke="#fff" stroke-opacity="0.14" stroke-width="16"/>`,
    `<path d="${d}" transform="translate(0 -5)" fill="none" stroke="#000" stroke-opacity="0.16" stroke-width="2.5"/>`,
    `<path d="${d}" transform="translate(0 5)" fill="none" stroke="#000" stroke-opacity="0.16" stroke-width="2.5"/>`,
  ]);
  return `<g filter="url(#soft1)">${ruts.join('')}</g>`;
}
