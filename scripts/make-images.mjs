#!/usr/bin/env node
/**
 * Generates the demo's before/after illustrations: the Roman theatre at
 * Palmyra seen from a drone, intact (June 2016) and with its central stage
 * façade blown up (February 2017), in a grey, grainy drone-video look.
 *
 * Everything is drawn from code: an SVG scene rasterised by sharp on top of a
 * seeded noise ground, then graded and grained in JS. Both dates share every
 * pixel except the destroyed façade, so the comparison slider reveals only the
 * damage. No randomness outside the seeded PRNG, so reruns are byte-identical.
 *
 * Usage: node scripts/make-images.mjs [--seed N] [--out DIR]
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import sharp from 'sharp';

const SEED = 20170205;
const W = 1920;
const H = 1080;
const WIDTHS = [640, 1280, 1920];
const MAX_BYTES = 250_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Encoder settings; `effort` is pinned because it changes the bitstream. */
const ENCODERS = {
  avif: (img) => img.avif({quality: 50, effort: 4, chromaSubsampling: '4:2:0'}),
  webp: (img) => img.webp({quality: 70, effort: 6}),
  // A one-channel JPEG: the picture is grey anyway, so skip the chroma.
  jpg: (img) => img.toColourspace('b-w').jpeg({quality: 72, mozjpeg: true}),
};

// ---------------------------------------------------------------------------
// Seeded randomness

/**
 * mulberry32: a tiny 32-bit PRNG, enough for scattering stones.
 * @param {number} seed
 * @returns {() => number} uniform values in [0, 1)
 */
function mulberry32(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Integer hash of a lattice point to [0, 1); the basis of the value noise.
 * @param {number} x
 * @param {number} y
 * @param {number} seed
 */
function hash2(x, y, seed) {
  let h = seed ^ Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * One independent PRNG stream per scene part, so that editing one part (or
 * drawing the 2017 ruins) never shifts the random numbers of another.
 * @param {number} seed
 * @param {number} salt
 */
const stream = (seed, salt) => mulberry32(hash2(salt, 0x51ed, seed) * 2 ** 32);

/** Smoothly interpolated lattice noise in [0, 1). */
function valueNoise(x, y, seed) {
  const xi = Math.floor(x);
  const yi = Math.floor(y);
  const fx = x - xi;
  const fy = y - yi;
  const u = fx * fx * (3 - 2 * fx);
  const v = fy * fy * (3 - 2 * fy);
  const a = hash2(xi, yi, seed);
  const b = hash2(xi + 1, yi, seed);
  const c = hash2(xi, yi + 1, seed);
  const d = hash2(xi + 1, yi + 1, seed);
  return a + (b - a) * u + (c - a) * v + (a - b - c + d) * u * v;
}

/** Fractal sum of value noise, normalised to [0, 1). */
function fbm(x, y, seed, octaves) {
  let sum = 0;
  let norm = 0;
  for (let i = 0, amp = 1, f = 1; i < octaves; i++, amp /= 2, f *= 2) {
    sum += amp * valueNoise(x * f, y * f, seed + i);
    norm += amp;
  }
  return sum / norm;
}

// ---------------------------------------------------------------------------
// Camera and sun: an orthographic drone view, ~64° above the horizon.

const DEG = Math.PI / 180;
const VIEW = {cx: 960, cy: 545, scale: 1.1, yaw: -4 * DEG, tilt: 0.86};
const TILT_C = Math.sqrt(1 - VIEW.tilt ** 2);
const COS_Y = Math.cos(VIEW.yaw);
const SIN_Y = Math.sin(VIEW.yaw);
/** Unit vector from the ground towards the camera, in ground coordinates. */
const CAMERA = [TILT_C * SIN_Y, TILT_C * COS_Y, VIEW.tilt];

const SUN_ELEVATION = 42 * DEG;
const SUN_AZIMUTH = normalise2(-0.944, 0.33); // low from the left, a bit behind us
/** Unit vector towards the sun. */
const SUN = [
  SUN_AZIMUTH[0] * Math.cos(SUN_ELEVATION),
  SUN_AZIMUTH[1] * Math.cos(SUN_ELEVATION),
  Math.sin(SUN_ELEVATION),
];
/** Ground offset of a shadow per unit of height. */
const SHADOW_DIR = [-SUN[0] / SUN[2], -SUN[1] / SUN[2]];
const AMBIENT = 0.32;
const DIFFUSE = 0.62;
const SHADOW_OPACITY = 0.55;

/** Unit 2D vector. */
function normalise2(x, y) {
  const l = Math.hypot(x, y);
  return [x / l, y / l];
}

/**
 * Ground point (x right, y towards the camera, z up; ~11 units per metre)
 * to screen pixels.
 * @returns {[number, number]}
 */
function project(x, y, z = 0) {
  const xr = x * COS_Y - y * SIN_Y;
  const yr = x * SIN_Y + y * COS_Y;
  return [
    VIEW.cx + VIEW.scale * xr,
    VIEW.cy + VIEW.scale * (VIEW.tilt * yr - TILT_C * z),
  ];
}

/** Screen pixel back to the ground plane (z = 0). */
function unproject(sx, sy) {
  const xr = (sx - VIEW.cx) / VIEW.scale;
  const yr = (sy - VIEW.cy) / VIEW.scale / VIEW.tilt;
  return [xr * COS_Y + yr * SIN_Y, -xr * SIN_Y + yr * COS_Y];
}

/** Depth for painter's-algorithm sorting: larger is nearer the camera. */
const depth = (x, y) => x * SIN_Y + y * COS_Y;

/** Lambert shading of a surface with normal `n` and albedo in [0, 1]. */
function shade(n, albedo) {
  const lit = Math.max(0, n[0] * SUN[0] + n[1] * SUN[1] + n[2] * SUN[2]);
  return albedo * (AMBIENT + DIFFUSE * lit);
}

const TOP = shade([0, 0, 1], 1);

// ---------------------------------------------------------------------------
// SVG helpers

const f1 = (v) => (Math.round(v * 10) / 10).toString();

/** Grey level in [0, 1] to an SVG colour. */
function grey(v) {
  const c = Math.round(Math.min(1, Math.max(0, v)) * 255);
  return `#${c.toString(16).padStart(2, '0').repeat(3)}`;
}

/** Closed path through screen points. */
function path2d(points, attrs) {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${f1(x)} ${f1(y)}`);
  return `<path d="${d.join('')}Z" ${attrs}/>`;
}

/** Open dark line through screen points, for joints and edges. */
const hairline = (points, opacity, width) =>
  `<polyline points="${points.map((p) => p.map(f1).join(',')).join(' ')}" fill="none" stroke="#000" stroke-opacity="${opacity}" stroke-width="${width}"/>`;

/** Polygon of ground points at height z. */
const groundPoly = (pts, z, attrs) =>
  path2d(
    pts.map(([x, y]) => project(x, y, z)),
    attrs
  );

/** Monotone-chain convex hull of screen points. */
function hull(points) {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o, a, b) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list) => {
    const out = [];
    for (const q of list) {
      while (out.length > 1 && cross(out.at(-2), out.at(-1), q) <= 0) out.pop();
      out.push(q);
    }
    return out.slice(0, -1);
  };
  return [...half(p), ...half([...p].reverse())];
}

/**
 * Shadow of a convex solid given by its 3D corner points, cast on the
 * horizontal plane z = zPlane, as a black path (fade it with a group).
 */
function castShadow(points3d, zPlane) {
  const onPlane = points3d.map(([x, y, z]) =>
    project(
      x + (z - zPlane) * SHADOW_DIR[0],
      y + (z - zPlane) * SHADOW_DIR[1],
      zPlane
    )
  );
  return path2d(hull(onPlane), 'fill="#000"');
}

/** A group of shadow shapes, faded as one so overlaps do not darken twice. */
const shadows = (shapes) =>
  `<g opacity="${SHADOW_OPACITY}">${shapes.join('')}</g>`;

/**
 * Scene items ({d, shadow, body}) drawn as one layer: all shadows first,
 * then the bodies far to near (painter's algorithm).
 */
function layer(items) {
  const sorted = [...items].sort((a, b) => a.d - b.d);
  return (
    shadows(sorted.map((i) => i.shadow)) + sorted.map((i) => i.body).join('')
  );
}

// ---------------------------------------------------------------------------
// Solids

/**
 * Vertical prism over a ground footprint (convex or not): visible walls
 * shaded by their normal, then the top.
 * @param {Array<[number, number]>} foot footprint points, either winding
 */
function prism(foot, z0, z1, albedo) {
  const area = foot.reduce((s, [x, y], i) => {
    const [nx, ny] = foot[(i + 1) % foot.length];
    return s + x * ny - nx * y;
  }, 0);
  const faces = [];
  foot.forEach(([x, y], i) => {
    const [qx, qy] = foot[(i + 1) % foot.length];
    const [nx, ny] = normalise2(
      area > 0 ? qy - y : y - qy,
      area > 0 ? x - qx : qx - x
    );
    if (nx * CAMERA[0] + ny * CAMERA[1] <= 0) return;
    const quad = [
      project(x, y, z0),
      project(qx, qy, z0),
      project(qx, qy, z1),
      project(x, y, z1),
    ];
    faces.push({
      d: depth((x + qx) / 2, (y + qy) / 2),
      svg: path2d(quad, `fill="${grey(shade([nx, ny, 0], albedo))}"`),
    });
  });
  faces.sort((a, b) => a.d - b.d);
  const top = groundPoly(foot, z1, `fill="${grey(TOP * albedo)}"`);
  return faces.map((f) => f.svg).join('') + top;
}

/** 3D corners of a prism, for its shadow. */
const prismCorners = (foot, z0, z1) =>
  foot.flatMap(([x, y]) => [
    [x, y, z0],
    [x, y, z1],
  ]);

/** A prism standing on the plane z0, as a scene item for layer(). */
function prismItem(foot, z0, h, albedo) {
  const cx = foot.reduce((sum, p) => sum + p[0], 0) / foot.length;
  const cy = foot.reduce((sum, p) => sum + p[1], 0) / foot.length;
  return {
    d: depth(cx, cy),
    shadow: castShadow(prismCorners(foot, z0, z0 + h), z0),
    body: prism(foot, z0, z0 + h, albedo),
  };
}

/** A cylinder resting on the plane z0, as a scene item for layer(). */
function cylinderItem(p0, p1, r, albedo, z0) {
  const c = cylinder(p0, p1, r, albedo);
  return {
    d: depth((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2),
    shadow: castShadow(c.corners, z0),
    body: c.body,
  };
}

/** Axis-aligned rectangle footprint. */
const rect = (x0, y0, x1, y1) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Rectangle footprint of size w×d centred on (x, y), turned by `angle`. */
function turnedRect(x, y, w, d, angle) {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [
    [-w, -d],
    [w, -d],
    [w, d],
    [-w, d],
  ].map(([u, v]) => [x + (u * c - v * s) / 2, y + (u * s + v * c) / 2]);
}

/** Points of a circle of radius r around a 3D axis point, in the plane ⟂ axis. */
function ring(centre, axis, r, n = 16) {
  const helper = Math.abs(axis[2]) > 0.9 ? [1, 0, 0] : [0, 0, 1];
  const e1 = normalise3(cross3(axis, helper));
  const e2 = cross3(axis, e1);
  return Array.from({length: n}, (_, i) => {
    const t = (i / n) * 2 * Math.PI;
    const [c, s] = [Math.cos(t) * r, Math.sin(t) * r];
    return centre.map((v, k) => v + c * e1[k] + s * e2[k]);
  });
}

const cross3 = (a, b) => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const dot3 = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** Unit 3D vector. */
function normalise3(v) {
  const l = Math.hypot(...v);
  return v.map((c) => c / l);
}

/** Gradient ids only need to be unique within one SVG; reset per scene. */
let gradientCount = 0;

/**
 * A cylinder between two 3D axis points, standing or lying: silhouette
 * filled with a gradient that follows the real surface shading, plus the
 * end cap that faces the camera.
 * @returns {{body: string, corners: number[][]}} corners feed castShadow()
 */
function cylinder(p0, p1, r, albedo) {
  const axis = normalise3(p1.map((v, i) => v - p0[i]));
  const ends = [ring(p0, axis, r), ring(p1, axis, r)];
  const outline = hull(ends.flat().map((p) => project(...p)));
  // Normals across the visible half: from -q through "towards camera" to +q.
  const facing = normalise3(
    CAMERA.map((v, i) => v - dot3(CAMERA, axis) * axis[i])
  );
  const q = cross3(axis, facing);
  const mid = project(...p0.map((v, i) => (v + p1[i]) / 2));
  const tip = project(...p0.map((v, i) => (v + p1[i]) / 2 + q[i] * r));
  const from = [2 * mid[0] - tip[0], 2 * mid[1] - tip[1]];
  const stops = [-1, -0.6, -0.2, 0.2, 0.6, 1].map((u) => {
    const w = Math.sqrt(1 - u * u);
    const n = q.map((v, i) => u * v + w * facing[i]);
    return `<stop offset="${f1((u + 1) * 50)}%" stop-color="${grey(shade(n, albedo))}"/>`;
  });
  const id = `cyl${gradientCount++}`;
  const gradient =
    `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${f1(from[0])}" ` +
    `y1="${f1(from[1])}" x2="${f1(tip[0])}" y2="${f1(tip[1])}">${stops.join('')}</linearGradient>`;
  const capEnd = dot3(axis, CAMERA) > 0 ? 1 : 0;
  const capNormal = capEnd ? axis : axis.map((v) => -v);
  const cap = path2d(
    ends[capEnd].map((p) => project(...p)),
    `fill="${grey(shade(capNormal, albedo))}"`
  );
  return {
    body: `<defs>${gradient}</defs>${path2d(outline, `fill="url(#${id})"`)}${cap}`,
    corners: ends.flat(),
  };
}

// ---------------------------------------------------------------------------
// The theatre's plan (ground units; the orchestra centre is the origin, the
// cavea opens towards the camera, the stage lies behind the orchestra).

const ORCHESTRA_R = 150;
const STAGE = {halfWidth: 300, front: -20, back: -78, z: 14};
const FRONS = {halfWidth: 330, front: -78, back: -98, top: 112, exedra: 44};
const SIDE_DOORS = [-235, 235];
const COLUMN_XS = [60, 92, 140, 205, 265, 305].flatMap((x) => [-x, x]);
const COLUMN = {y: -66, r: 5.5, base: 24, top: 96};
const BUILDING = {halfWidth: 430, back: -200};
/** Half-width of the central façade destroyed in 2017. */
const RUIN_HALF_WIDTH = 175;
const inRuin = (x) => Math.abs(x) < RUIN_HALF_WIDTH;

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

const CAVEA = caveaRows();
const AISLES = {
  lower: [30, 60, 90, 120, 150].map((a) => a * DEG),
  upper: Array.from({length: 11}, (_, i) => (i + 1) * 15 * DEG),
};
const AISLE_WIDTH = 12;

/** Ground points of an arc of radius r from angle a0 to a1 (0 = right). */
function arc(r, a0, a1, step = 1.5 * DEG) {
  const n = Math.max(2, Math.ceil(Math.abs(a1 - a0) / step) + 1);
  return Array.from({length: n}, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / (n - 1);
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

/** Annular sector r0..r1 × a0..a1 at height z, as screen points. */
const sector = (r0, r1, a0, a1, z) =>
  [...arc(r0, a0, a1), ...arc(r1, a1, a0)].map(([x, y]) => project(x, y, z));

// ---------------------------------------------------------------------------
// Scene parts. Each takes a PRNG only if it needs one.

/**
 * Seats: ring by ring from the orchestra outwards (so higher, nearer rows
 * overlap lower ones), each split into blocks of slightly varied stone, the
 * riser's shadow, and the stairways.
 */
function caveaSeats(rand) {
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
function caveaShell(rand) {
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
function caveaShadow() {
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
function orchestra() {
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

/** The raised stage (pulpitum) with the small niches of its front wall. */
function pulpitum() {
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
function fronsWall(x0, x1) {
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
const fronsShadow = (x0, x1) =>
  shadows([castShadow(prismCorners(fronsFoot(x0, x1), 0, FRONS.top), 0)]);

/**
 * A façade column on its pedestal with capital and the entablature block
 * tying it to the wall; split in parts so the caller can layer shadows.
 */
function fronsColumn(x) {
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
function stageBuilding(rand) {
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

// ---------------------------------------------------------------------------
// The desert around the theatre

/** Where scattered stones and house ruins must not go. */
function onMonument(x, y) {
  const inCavea = y > -30 && Math.hypot(x, y) < CAVEA.outer + 25;
  const inBuilding =
    Math.abs(x) < BUILDING.halfWidth + 30 && y > BUILDING.back - 30 && y < 10;
  return inCavea || inBuilding;
}

const STREET = {near: -300, far: -420};
const onStreet = (y) => y < STREET.near + 20 && y > STREET.far - 20;

/** Loose stones scattered over the sand, each with its small shadow. */
function stones(rand) {
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
function houseRuins(rand) {
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

/**
 * The colonnaded street behind the theatre: two rows of columns, a few still
 * standing, most broken to stumps or lying in drums.
 */
function colonnade(rand) {
  const pave = groundPoly(
    rect(-1400, STREET.far + 10, 1400, STREET.near - 10),
    0,
    `fill="${grey(TOP * 0.9)}" fill-opacity="0.45"`
  );
  const items = [];
  for (const y of [STREET.far, STREET.near]) {
    for (let x = -1400; x < 1400; x += 36) {
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
function tracks() {
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

/** Height of the floor the debris lands on. */
const floorZ = (x, y) =>
  y < STAGE.front && y > FRONS.back && Math.abs(x) < STAGE.halfWidth
    ? STAGE.z
    : 0;

/** Debris, toppled drums, the broken wall base, scorch marks and dust. */
function wreckage(rand) {
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
function blob(rand, x, y, rx, ry, attrs) {
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

/**
 * The full scene as SVG over a transparent background (the raster ground
 * shows through). Only the centre of the façade differs between dates.
 * @param {'2016' | '2017'} date
 * @param {number} seed
 */
function sceneSvg(date, seed) {
  gradientCount = 0;
  const centre =
    date === '2016' ? centreIntact() : centreDestroyed(stream(seed, 9));
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
// Raster: ground, compositing and the drone-video grade

/**
 * Desert ground luminance: broad dunes of light and shade, gravel patches
 * and faint wind ripples, all from seeded noise.
 * @returns {Float32Array}
 */
function desertGround(seed) {
  const lum = new Float32Array(W * H);
  for (let y = 0; y < H; y++) {
    const gy = y / VIEW.tilt; // noise lives on the ground, so stretch with the view
    for (let x = 0; x < W; x++) {
      const broad = fbm(x / 380, gy / 380, seed, 4);
      const gravel = fbm(x / 60 + 100, gy / 60, seed + 11, 3);
      const ripple = Math.sin(
        (x * 0.8 + gy * 0.6) / 6 + 9 * fbm(x / 140, gy / 140, seed + 23, 2)
      );
      lum[y * W + x] =
        0.66 +
        0.28 * (broad - 0.5) -
        0.08 * Math.max(0, gravel - 0.55) +
        0.012 * ripple;
    }
  }
  return lum;
}

/**
 * Rasterises the SVG and lays it over the ground.
 * @returns {Promise<Float32Array>}
 */
async function composite(svg, ground) {
  const {data, info} = await sharp(Buffer.from(svg))
    .raw()
    .toBuffer({resolveWithObject: true});
  if (info.width !== W || info.height !== H || info.channels !== 4) {
    throw new Error(
      `unexpected SVG raster ${info.width}×${info.height}×${info.channels}`
    );
  }
  const lum = new Float32Array(W * H);
  for (let i = 0; i < lum.length; i++) {
    const a = data[i * 4 + 3] / 255;
    lum[i] = ground[i] * (1 - a) + (data[i * 4] / 255) * a;
  }
  return lum;
}

/**
 * Binomial 3×3 blur: takes the vector crispness off, as a video codec would.
 * @returns {Float32Array}
 */
function soften(lum) {
  const pass = (src, step, limit, coord) => {
    const out = new Float32Array(src.length);
    for (let i = 0; i < src.length; i++) {
      const c = coord(i);
      const prev = c > 0 ? src[i - step] : src[i];
      const next = c < limit - 1 ? src[i + step] : src[i];
      out[i] = (prev + 2 * src[i] + next) / 4;
    }
    return out;
  };
  const rows = pass(lum, 1, W, (i) => i % W);
  return pass(rows, W, H, (i) => Math.floor(i / W));
}

/**
 * Drone-still grade: fine grit, lifted blacks and soft highlights, a
 * vignette, then film grain. Grain comes from its own seeded stream, so it
 * is identical in both dates.
 * @returns {Buffer} 8-bit greyscale pixels
 */
function grade(lum, seed) {
  const out = Buffer.alloc(W * H);
  const grain = stream(seed, 8);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = y * W + x;
      const grit = 0.94 + 0.12 * valueNoise(x / 2.5, y / 2.5, seed + 31);
      const dx = (x - W / 2) / (W / 2);
      const dy = (y - H / 2) / (H / 2);
      const vignette = 1 - 0.22 * ((dx * dx + dy * dy) / 2) ** 1.3;
      const noise = (grain() + grain() + grain() - 1.5) * 0.045;
      const haze = 0.14 * (1 - y / H); // farther ground, at the top, is hazier
      const v =
        (0.1 + 0.78 * (lum[i] * grit * (1 - haze) + 0.8 * haze)) * vignette +
        noise;
      out[i] = Math.round(Math.min(1, Math.max(0, v)) * 255);
    }
  }
  return out;
}

/**
 * Screen box of the destroyed façade; the dates may differ only inside it.
 * @returns {{left: number, top: number, right: number, bottom: number}}
 */
function ruinBox() {
  const corners = [-1, 1].flatMap((s) =>
    [BUILDING.back, 80].flatMap((y) =>
      [0, FRONS.top].map((z) => project(s * (RUIN_HALF_WIDTH + 130), y, z))
    )
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

/** Throws if the two masters differ anywhere outside the ruin box. */
function assertLocalised(a, b) {
  const box = ruinBox();
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const [x, y] = [i % W, Math.floor(i / W)];
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) {
      throw new Error(`dates differ outside the façade at ${x},${y}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Output

/**
 * Encodes every width × format of one master.
 * @returns {Promise<Array<{file: string, bytes: number}>>}
 */
async function writeRenditions(pixels, name, outDir) {
  const master = sharp(pixels, {raw: {width: W, height: H, channels: 1}});
  const jobs = WIDTHS.flatMap((width) =>
    Object.entries(ENCODERS).map(async ([ext, encode]) => {
      const img = master
        .clone()
        .resize(width, Math.round((width * 9) / 16), {kernel: 'lanczos3'});
      const data = await encode(img).toBuffer();
      const file = `${name}-${width}.${ext}`;
      await writeFile(path.join(outDir, file), data);
      return {file, bytes: data.length};
    })
  );
  return Promise.all(jobs);
}

const README = `# Demo images

Generated illustrations, not photographs: the Roman theatre at Palmyra, Syria, seen from a drone in June 2016 and in February 2017 after the central stage façade was destroyed, as described in the AP/AFP article.
Drawn by \`scripts/make-images.mjs\` with seed 20170205; rebuild with \`npm run images\`.
The original drone footage is credited "Russian Defence Ministry Press Service via AP".
`;

/** Parses --seed and --out. */
function options() {
  const {values} = parseArgs({
    options: {seed: {type: 'string'}, out: {type: 'string'}},
  });
  const seed = values.seed === undefined ? SEED : Number(values.seed);
  if (!Number.isInteger(seed))
    throw new Error(`--seed must be an integer, got ${values.seed}`);
  const outDir = values.out
    ? path.resolve(values.out)
    : path.join(ROOT, 'demo', 'images');
  return {seed, outDir};
}

/** Renders both dates, checks they differ only at the façade, writes files. */
async function main() {
  const {seed, outDir} = options();
  await mkdir(outDir, {recursive: true});
  const ground = desertGround(seed);
  const masters = {};
  for (const date of ['2016', '2017']) {
    masters[date] = grade(
      soften(await composite(sceneSvg(date, seed), ground)),
      seed
    );
  }
  assertLocalised(masters['2016'], masters['2017']);
  const results = [];
  for (const [date, pixels] of Object.entries(masters)) {
    results.push(...(await writeRenditions(pixels, `palmyra-${date}`, outDir)));
  }
  await writeFile(path.join(outDir, 'README.md'), README);
  for (const {file, bytes} of results)
    console.log(`${file.padEnd(26)} ${String(bytes).padStart(7)}`);
  const tooBig = results.filter((r) => r.bytes >= MAX_BYTES);
  if (tooBig.length) {
    console.error(`${tooBig.length} file(s) are ${MAX_BYTES} bytes or more`);
    process.exitCode = 1;
  }
}

await main();
