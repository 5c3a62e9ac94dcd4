/**
 * The stage: the raised pulpitum, the columned façade (scaenae frons) behind
 * it, and the ruined stage building beyond. Each part takes a PRNG only if it
 * needs one.
 */
import {SHADOW_DIR, TOP, project} from './camera.mjs';
import {
  castShadow,
  cylinder,
  grey,
  groundPoly,
  layer,
  path2d,
  prism,
  prismCorners,
  prismItem,
  shadows,
} from './draw.mjs';
import {arc, rect} from './geometry.mjs';
import {BUILDING, COLUMN, FRONS, SIDE_DOORS, STAGE} from './plan.mjs';

/** The raised stage (pulpitum) with the small niches of its front wall. */
export function pulpitum() {
  const {halfWidth: w, front, back, z} = STAGE;
  const out = [prism(rect(-w, back, w, front), 0, z, 0.95)];
  for (let x = -w + 25; x < w - 10; x += 50) {
    const niche = [
      project(x - 8, front + 0.5, 2),
      project(x + 8, front + 0.5, 2),
      project(x + 8, front + 0.5, 11),
      project(x - 8, front + 0.5, 11),
    ];
    out.push(path2d(niche, 'fill="#2a2a2a"'));
  }
  return out.join('');
}

/** Footprint of a run of the scaenae frons wall between x0 and x1. */
function fronsFoot(x0, x1) {
  const {front, back, exedra} = FRONS;
  if (x0 > 0 || x1 < 0) return rect(x0, back, x1, front);
  // The central exedra around the royal door: concave in front, apse behind.
  const apse = exedra + 20;
  const t0 = Math.asin((front - back) / apse);
  return [
    [x0, front],
    ...arc(exedra, Math.PI, 2 * Math.PI).map(([x, y]) => [x, front + y]),
    [x1, front],
    [x1, back],
    ...arc(apse, -t0, -Math.PI + t0).map(([x, y]) => [x, front + y]),
    [x0, back],
  ];
}

/** Dark doorway rectangle on a wall face at y, between x0 and x1. */
const doorway = (x0, x1, y, z0, z1) =>
  path2d(
    [
      project(x0, y, z0),
      project(x1, y, z0),
      project(x1, y, z1),
      project(x0, y, z1),
    ],
    'fill="#161616"'
  );

/** One run of the stage façade wall, with whatever doors fall inside it. */
export function fronsWall(x0, x1) {
  const {front, top, exedra} = FRONS;
  const z = STAGE.z;
  const out = [prism(fronsFoot(x0, x1), z, top, 0.95)];
  for (const dx of SIDE_DOORS.filter((d) => d > x0 && d < x1)) {
    out.push(doorway(dx - 19, dx + 19, front + 0.4, z, z + 60)); // moulded frame
    out.push(doorway(dx - 14, dx + 14, front + 0.5, z, z + 52));
  }
  if (x0 < 0 && x1 > 0) {
    const royal = [
      ...arc(exedra - 0.5, 1.35 * Math.PI, 1.65 * Math.PI).map(([x, y]) =>
        project(x, front + y, z)
      ),
      ...arc(exedra - 0.5, 1.65 * Math.PI, 1.35 * Math.PI).map(([x, y]) =>
        project(x, front + y, z + 66)
      ),
    ];
    out.push(path2d(royal, 'fill="#141414"'));
  }
  return out.join('');
}

/** The wall's shadow, thrown backwards over the stage building. */
export const fronsShadow = (x0, x1) =>
  shadows([castShadow(prismCorners(fronsFoot(x0, x1), 0, FRONS.top), 0)]);

/**
 * A façade column on its pedestal with capital and the entablature block
 * tying it to the wall; split in parts so the caller can layer shadows.
 */
export function fronsColumn(x) {
  const {y, r, base, top} = COLUMN;
  const pedestal = rect(x - 8, y - 8, x + 8, y + 8);
  const capital = rect(x - 7.5, y - 7.5, x + 7.5, y + 7.5);
  const beam = rect(x - 9, FRONS.front, x + 9, y + 9);
  const shaft = cylinder([x, y, base], [x, y, top], r, 0.95);
  const corners = [...prismCorners(pedestal, STAGE.z, base), ...shaft.corners];
  return {
    body:
      prism(pedestal, STAGE.z, base, 0.93) +
      shaft.body +
      prism(capital, top, top + 6, 0.95) +
      prism(beam, top + 6, FRONS.top, 0.95),
    floorShadow: floorShadow(corners),
    wallShadow: wallShadow(x),
  };
}

/** A column's shadow on the stage floor, cut off where it meets the wall. */
function floorShadow(corners) {
  const reach = (FRONS.front - COLUMN.y) / SHADOW_DIR[1];
  const cut = corners.map(([cx, cy, cz]) => {
    const t = Math.min(cz - STAGE.z, reach);
    return [cx + t * SHADOW_DIR[0], cy + t * SHADOW_DIR[1], STAGE.z];
  });
  return castShadow(
    [...corners.filter(([, , cz]) => cz <= COLUMN.base), ...cut],
    STAGE.z
  );
}

/** The same shadow climbing the façade wall: a vertical band. */
function wallShadow(x) {
  const reach = (FRONS.front - COLUMN.y) / SHADOW_DIR[1];
  const hit = x + reach * SHADOW_DIR[0];
  const height = FRONS.top - reach; // the beam's top edge, less the drop to the wall
  const y = FRONS.front + 0.6;
  const w = COLUMN.r + 1;
  return path2d(
    [
      project(hit - w, y, STAGE.z),
      project(hit + w, y, STAGE.z),
      project(hit + w, y, height),
      project(hit - w, y, height),
    ],
    'fill="#000"'
  );
}

/**
 * The stage building behind the façade and the two side wings: roofless
 * rooms whose low walls survive.
 */
export function stageBuilding(rand) {
  const {halfWidth: w, back} = BUILDING;
  const t = 8;
  const walls = [
    rect(-w, back, w, back + t),
    rect(-w, back, -w + t, STAGE.front),
    rect(w - t, back, w, STAGE.front),
    ...[-330, -240, -120, 120, 240].map((x) =>
      rect(x, back + t, x + t, FRONS.back)
    ),
    rect(-w + t, -150, -240, -145),
    rect(248, -150, w - t, -145),
    rect(-w + t, STAGE.front - t, -350, STAGE.front),
    rect(350, STAGE.front - t, w - t, STAGE.front),
    rect(-w + t, -62, -FRONS.halfWidth, -56),
    rect(FRONS.halfWidth, -62, w - t, -56),
  ];
  const floor = groundPoly(
    rect(-w, back, w, STAGE.front),
    0,
    `fill="${grey(TOP * 0.8)}" fill-opacity="0.55"`
  );
  return (
    floor +
    layer(walls.map((foot) => prismItem(foot, 0, 26 + 14 * rand(), 0.9)))
  );
}
