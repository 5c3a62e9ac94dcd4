/**
 * The full scene for one date, and the check that the two dates differ only
 * where the façade and the tetrapylon were destroyed.
 */
import {H, W, project} from './camera.mjs';
import {caveaSeats, caveaShadow, caveaShell, orchestra} from './cavea.mjs';
import {colonnade, houseRuins, stones, tracks} from './desert.mjs';
import {resetGradients, shadows} from './draw.mjs';
import {stream} from './noise.mjs';
import {
  BUILDING,
  COLUMN_XS,
  FRONS,
  RUIN_HALF_WIDTH,
  TETRAPYLON,
  inRuin,
} from './plan.mjs';
import {
  fronsColumn,
  fronsShadow,
  fronsWall,
  pulpitum,
  stageBuilding,
} from './stage.mjs';
import {tetrapylon, tetrapylonRuin} from './tetrapylon.mjs';
import {wreckage} from './wreckage.mjs';

// ---------------------------------------------------------------------------
// The two states of the stage façade

/** June 2016: the central run of the façade, its doors and columns standing. */
function centreIntact() {
  const cols = COLUMN_XS.filter(inRuin).map(fronsColumn);
  return {
    behind: fronsShadow(-RUIN_HALF_WIDTH, RUIN_HALF_WIDTH),
    wall: fronsWall(-RUIN_HALF_WIDTH, RUIN_HALF_WIDTH),
    columns: cols,
    debris: '',
  };
}

/**
 * February 2017: the central façade is a stump of wall in a field of blocks,
 * its columns thrown down in drums, with blast scorch and settling dust.
 */
function centreDestroyed(rand) {
  return {behind: '', wall: '', columns: [], debris: wreckage(rand)};
}

/**
 * The full scene as SVG over a transparent background (the raster ground
 * shows through). Only the centre of the façade and the tetrapylon differ
 * between dates.
 * @param {'2016' | '2017'} date
 * @param {number} seed
 */
export function sceneSvg(date, seed) {
  resetGradients();
  const centre =
    date === '2016' ? centreIntact() : centreDestroyed(stream(seed, 9));
  const tetra =
    date === '2016' ? tetrapylon() : tetrapylonRuin(stream(seed, 10));
  const sides = [
    [-FRONS.halfWidth, -RUIN_HALF_WIDTH],
    [RUIN_HALF_WIDTH, FRONS.halfWidth],
  ];
  const sideCols = COLUMN_XS.filter((x) => !inRuin(x)).map(fronsColumn);
  const cols = [...sideCols, ...centre.columns];
  const filters = [1, 4, 8]
    .map(
      (s) =>
        `<filter id="soft${s}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${s}"/></filter>`
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<defs>${filters}</defs>`,
    tracks(),
    houseRuins(stream(seed, 2)),
    stones(stream(seed, 3)),
    colonnade(stream(seed, 4)),
    tetra,
    stageBuilding(stream(seed, 5)),
    ...sides.map(([a, b]) => fronsShadow(a, b)),
    centre.behind,
    orchestra(),
    pulpitum(),
    ...sides.map(([a, b]) => fronsWall(a, b)),
    centre.wall,
    shadows([
      ...cols.map((c) => c.floorShadow),
      ...cols.map((c) => c.wallShadow),
    ]),
    ...cols.map((c) => c.body),
    centre.debris,
    caveaShadow(),
    caveaSeats(stream(seed, 6)),
    caveaShell(stream(seed, 7)),
    '</svg>',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Where the dates may differ

/**
 * Screen box of a ground box from x0..x1, y0..y1, up to height z.
 * @returns {{left: number, top: number, right: number, bottom: number}}
 */
function screenBox(x0, x1, y0, y1, z) {
  const corners = [x0, x1].flatMap((x) =>
    [y0, y1].flatMap((y) => [0, z].map((h) => project(x, y, h)))
  );
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return {
    left: Math.min(...xs),
    top: Math.min(...ys),
    right: Math.max(...xs),
    bottom: Math.max(...ys),
  };
}

/** Screen boxes of the destroyed façade and the destroyed tetrapylon. */
function ruinBoxes() {
  const w = RUIN_HALF_WIDTH + 130;
  // Room for the standing columns' long shadows and the drums thrown out.
  const reach = TETRAPYLON.half + TETRAPYLON.side / 2 + 140;
  const {x, y, top} = TETRAPYLON;
  return [
    screenBox(-w, w, BUILDING.back, 80, FRONS.top),
    screenBox(x - reach, x + reach, y - reach, y + reach, top),
  ];
}

/** Throws if the two masters differ anywhere outside the ruin boxes. */
export function assertLocalised(a, b) {
  const boxes = ruinBoxes();
  const inside = (x, y) =>
    boxes.some(
      (box) =>
        x >= box.left && x <= box.right && y >= box.top && y <= box.bottom
    );
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const [x, y] = [i % W, Math.floor(i / W)];
    if (!inside(x, y)) {
      throw new Error(`dates differ outside the ruins at ${x},${y}`);
    }
  }
}
