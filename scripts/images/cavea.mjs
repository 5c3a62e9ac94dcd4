/**
 * The cavea (the stepped seating, its outer wall and its shadow) and the
 * orchestra floor in front of it. Each part takes a PRNG only if it needs one.
 */
import {
  CAMERA,
  SHADOW_DIR,
  SHADOW_OPACITY,
  SUN_AZIMUTH,
  SUN_ELEVATION,
  TOP,
  project,
  shade,
} from './camera.mjs';
import {
  castShadow,
  grey,
  groundPoly,
  hairline,
  path2d,
  shadows,
} from './draw.mjs';
import {DEG, arc, dot3, rect} from './geometry.mjs';
import {AISLES, AISLE_WIDTH, CAVEA, ORCHESTRA_R, STAGE} from './plan.mjs';

/** Annular sector r0..r1 × a0..a1 at height z, as screen points. */
const sector = (r0, r1, a0, a1, z) =>
  [...arc(r0, a0, a1), ...arc(r1, a1, a0)].map(([x, y]) => project(x, y, z));

/**
 * Seats: ring by ring from the orchestra outwards (so higher, nearer rows
 * overlap lower ones), each split into blocks of slightly varied stone, the
 * riser's shadow, and the stairways.
 */
export function caveaSeats(rand) {
  const out = [];
  for (const row of CAVEA.rows) {
    const blocks =
      row.kind === 'walkway' ? [0, Math.PI] : blockJoints(rand, row);
    for (let i = 0; i + 1 < blocks.length; i++) {
      const worn = row.kind === 'upper' && rand() < 0.04 ? 0.9 : 1;
      const tone = TOP * (0.93 + 0.07 * rand()) * worn;
      out.push(
        path2d(
          sector(row.r0, row.r1, blocks[i], blocks[i + 1], row.z),
          `fill="${grey(tone)}"`
        )
      );
    }
    out.push(riserShadow(row));
    // The seat's front lip: a hairline that keeps rows legible in full sun.
    const lip = arc(row.r0, 0, Math.PI).map(([x, y]) => project(x, y, row.z));
    out.push(hairline(lip, 0.32, 0.9));
    for (const a of AISLES[row.kind] ?? []) out.push(stairs(row, a));
  }
  return out.join('');
}

/** Angles of the joints between seat blocks along one row. */
function blockJoints(rand, row) {
  const joints = [0];
  while (joints.at(-1) < Math.PI) {
    joints.push(Math.min(Math.PI, joints.at(-1) + (22 + 20 * rand()) / row.r0));
  }
  return joints;
}

/** Shadow thrown by the next riser onto this tread, where the sun is behind it. */
function riserShadow(row) {
  const angles = arc(1, 0, Math.PI).map(([x, y]) => Math.atan2(y, x));
  const width = (a) =>
    Math.min(
      row.r1 - row.r0,
      (row.rise *
        Math.max(
          0,
          SUN_AZIMUTH[0] * Math.cos(a) + SUN_AZIMUTH[1] * Math.sin(a)
        )) /
        Math.tan(SUN_ELEVATION)
    );
  const edge = angles.map((a) => [row.r1 * Math.cos(a), row.r1 * Math.sin(a)]);
  const inner = angles
    .map((a) => [
      (row.r1 - width(a)) * Math.cos(a),
      (row.r1 - width(a)) * Math.sin(a),
    ])
    .reverse();
  return groundPoly(
    [...edge, ...inner],
    row.z,
    `fill="#000" fill-opacity="${SHADOW_OPACITY}"`
  );
}

/** Two half-height steps per seat row, down one radial stairway. */
function stairs(row, angle) {
  const half = AISLE_WIDTH / 2 / row.r0;
  const mid = (row.r0 + row.r1) / 2;
  const steps = [
    [row.r0, mid, row.z],
    [mid, row.r1, row.z + row.rise / 2],
  ];
  return steps
    .map(([r0, r1, z]) => {
      const pts = sector(r0, r1, angle - half, angle + half, z);
      const edge = arc(r0, angle - half, angle + half).map(([x, y]) =>
        project(x, y, z)
      );
      return (
        path2d(pts, `fill="${grey(TOP * 0.86)}"`) + hairline(edge, 0.35, 0.8)
      );
    })
    .join('');
}

/**
 * Outer wall of the cavea facing the camera, with vaulted entrances at its
 * foot and a broken parapet on top.
 */
export function caveaShell(rand) {
  const out = [];
  const r = CAVEA.outer;
  const step = 4 * DEG;
  for (let a = 0; a < Math.PI - 1e-6; a += step) {
    const b = Math.min(Math.PI, a + step);
    const top = CAVEA.top + (rand() < 0.35 ? 0 : 4 + 8 * rand());
    const n = [Math.cos((a + b) / 2), Math.sin((a + b) / 2), 0];
    if (dot3(n, CAMERA) <= 0) continue;
    const face = [
      ...arc(r, a, b).map(([x, y]) => project(x, y, 0)),
      ...arc(r, b, a).map(([x, y]) => project(x, y, top)),
    ];
    out.push(path2d(face, `fill="${grey(shade(n, 0.92))}"`));
    out.push(path2d(sector(r - 14, r, a, b, top), `fill="${grey(TOP * 0.9)}"`));
  }
  for (let z = 16; z < CAVEA.top; z += 16) {
    const line = arc(r, 0, Math.PI).map(([x, y]) => project(x, y, z));
    out.push(hairline(line, 0.18, 0.8));
  }
  for (let a = 10 * DEG; a < Math.PI; a += 20 * DEG) {
    const half = 10 / r;
    const door = [
      ...arc(r + 0.5, a - half, a + half).map(([x, y]) => project(x, y, 0)),
      ...arc(r + 0.5, a + half, a - half).map(([x, y]) => project(x, y, 40)),
    ];
    out.push(path2d(door, 'fill="#1c1c1c"'));
  }
  return out.join('');
}

/**
 * The cavea's shadow on the ground: swept by the sunless side of its outer
 * rim and by its right-hand end wall, which shades the corner of the stage.
 */
export function caveaShadow() {
  const {outer, top} = CAVEA;
  const sweeps = [];
  const rim = arc(outer, 0, Math.PI);
  rim.slice(1).forEach(([x, y], i) => {
    const [px, py] = rim[i];
    if ((x + px) * SHADOW_DIR[0] + (y + py) * SHADOW_DIR[1] <= 0) return;
    sweeps.push(
      castShadow(
        [
          [px, py, 0],
          [x, y, 0],
          [px, py, top],
          [x, y, top],
        ],
        0
      )
    );
  });
  for (const {r0, r1, z, rise} of CAVEA.rows) {
    sweeps.push(
      castShadow(
        [
          [r0, 0, 0],
          [r1, 0, 0],
          [r0, 0, z + rise],
          [r1, 0, z + rise],
        ],
        0
      )
    );
  }
  return shadows(sweeps);
}

/** Paved orchestra and the side passages (parodoi) along the stage front. */
export function orchestra() {
  const floor = [
    ...arc(ORCHESTRA_R, Math.PI, 0),
    [ORCHESTRA_R, STAGE.front],
    [-ORCHESTRA_R, STAGE.front],
  ];
  const out = [groundPoly(floor, 0, `fill="${grey(TOP * 0.97)}"`)];
  out.push(
    groundPoly(
      rect(-CAVEA.outer, STAGE.front, CAVEA.outer, 0),
      0,
      `fill="${grey(TOP * 0.88)}"`
    )
  );
  const edge = arc(ORCHESTRA_R - 2, 0, Math.PI).map(([x, y]) =>
    project(x, y, 0)
  );
  out.push(hairline(edge, 0.3, 3));
  // Slab joints: faint, like worn paving seen from 60 m up.
  for (let r = 30; r < ORCHESTRA_R; r += 30) {
    const line = arc(r, 0, Math.PI).map(([x, y]) => project(x, y, 0));
    out.push(hairline(line, 0.12, 0.8));
  }
  return out.join('');
}
