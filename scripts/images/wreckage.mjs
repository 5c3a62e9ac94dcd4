/**
 * What the 2017 blast left of the central stage façade.
 */
import {TOP} from './camera.mjs';
import {cylinderItem, grey, groundPoly, layer, prismItem} from './draw.mjs';
import {DEG, arc, rect, turnedRect} from './geometry.mjs';
import {
  COLUMN,
  COLUMN_XS,
  FRONS,
  RUIN_HALF_WIDTH,
  STAGE,
  inRuin,
} from './plan.mjs';

/** Height of the floor the debris lands on. */
const floorZ = (x, y) =>
  y < STAGE.front && y > FRONS.back && Math.abs(x) < STAGE.halfWidth
    ? STAGE.z
    : 0;

/** Debris, toppled drums, the broken wall base, scorch marks and dust. */
export function wreckage(rand) {
  const out = [];
  out.push(
    `<g filter="url(#soft4)">${blob(rand, 0, -80, 190, 70, `fill="${grey(TOP * 0.92)}"`)}</g>`
  );
  // What is left of the wall steps down from the broken ends towards the
  // middle, where the charges were.
  const stubs = [];
  for (let x = -RUIN_HALF_WIDTH; x < RUIN_HALF_WIDTH; x += 14) {
    const edge =
      Math.max(0, (Math.abs(x + 7) - 100) / (RUIN_HALF_WIDTH - 100)) ** 1.5;
    const h =
      (FRONS.top - STAGE.z) * edge * (0.5 + 0.5 * rand()) +
      3 +
      14 * rand() ** 2;
    if (rand() < 0.2 && edge === 0) continue;
    stubs.push(
      prismItem(rect(x, FRONS.back, x + 14, FRONS.front), STAGE.z, h, 0.9)
    );
  }
  out.push(layer(stubs));
  out.push(rubble(rand));
  out.push(fallenColumns(rand));
  // Soot from the blast over floor and stones alike.
  const scorch = [
    [-40, -80, 80, 40],
    [60, -60, 60, 30],
    [-110, -40, 50, 25],
    [10, -120, 70, 30],
  ];
  out.push(
    `<g filter="url(#soft8)" opacity="0.4">${scorch.map(([x, y, rx, ry]) => blob(rand, x, y, rx, ry, 'fill="#141414"')).join('')}</g>`
  );
  // Dust still lying over everything, lightest where the wall came down.
  const dust = [
    [-30, -75, 150, 40],
    [70, -40, 100, 35],
    [-90, -10, 70, 25],
    [20, 20, 90, 30],
  ];
  out.push(
    `<g filter="url(#soft8)" opacity="0.25">${dust.map(([x, y, rx, ry]) => blob(rand, x, y, rx, ry, `fill="${grey(0.92)}"`)).join('')}</g>`
  );
  return out.join('');
}

/** An irregular blob of ground around (x, y), for dust and scorch. */
export function blob(rand, x, y, rx, ry, attrs) {
  const wobble = Array.from({length: 5}, () => [
    rand() * 2 * Math.PI,
    0.04 + 0.08 * rand(),
  ]);
  const pts = arc(1, 0, 2 * Math.PI, 10 * DEG).map(([cx, cy], i, all) => {
    const a = (i / all.length) * 2 * Math.PI;
    const k =
      1 +
      wobble.reduce(
        (s, [ph, amp], j) => s + amp * Math.sin((j + 2) * a + ph),
        0
      );
    return [x + rx * cx * k, y + ry * cy * k];
  });
  return groundPoly(pts, 0, attrs);
}

/** Wall blocks and entablature fragments, thickest along the old wall line. */
function rubble(rand) {
  const items = [];
  const gauss = () => (rand() + rand() + rand() - 1.5) / 1.5;
  for (let i = 0; i < 360; i++) {
    const x = gauss() * (RUIN_HALF_WIDTH + 30);
    const y = FRONS.front - 8 + gauss() * 70 + (rand() < 0.4 ? 80 * rand() : 0);
    // Mostly wall blocks; now and then a long piece of entablature.
    const size = rand() < 0.06 ? 26 + 12 * rand() : 4 + 14 * rand() ** 2;
    const foot = turnedRect(
      x,
      y,
      size,
      Math.min(12, size * (0.4 + 0.6 * rand())),
      rand() * Math.PI
    );
    const z = floorZ(x, y) + (Math.abs(y - FRONS.front) < 30 ? 6 * rand() : 0);
    const burnt =
      rand() < 0.5 * Math.exp(-((Math.hypot(x, y - FRONS.front) / 120) ** 2));
    const albedo = burnt ? 0.35 + 0.25 * rand() : 0.7 + 0.25 * rand();
    items.push(prismItem(foot, z, 3 + size * 0.5 * rand(), albedo));
  }
  return layer(items);
}

/**
 * The central columns, thrown outwards towards the orchestra and broken into
 * drums; drawn over the blocks so the toppled shafts stay readable.
 */
function fallenColumns(rand) {
  const items = [];
  for (const x0 of COLUMN_XS.filter(inRuin)) {
    let angle =
      Math.PI / 2 + (x0 / RUIN_HALF_WIDTH) * 0.5 + (rand() - 0.5) * 0.9;
    let [x, y] = [x0, COLUMN.y + 6];
    for (let k = 0; k < 3; k++) {
      const len = 18 + 10 * rand();
      const [dx, dy] = [Math.cos(angle) * len, Math.sin(angle) * len];
      const z = floorZ(x + dx / 2, y + dy / 2) + 3 * rand();
      items.push(
        cylinderItem(
          [x, y, z + COLUMN.r],
          [x + dx, y + dy, z + COLUMN.r],
          COLUMN.r,
          0.93,
          z
        )
      );
      [x, y] = [x + dx + 6 * (rand() - 0.5), y + dy + 4 * rand()];
      angle += (rand() - 0.5) * 0.8;
    }
  }
  return layer(items);
}
