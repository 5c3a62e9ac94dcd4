/**
 * Drawing in SVG: paths, hairlines, cast shadows, painter's-algorithm layers,
 * and the two shaded solids everything is built from (prisms and cylinders).
 */
import {
  CAMERA,
  SHADOW_DIR,
  SHADOW_OPACITY,
  TOP,
  depth,
  project,
  shade,
} from './camera.mjs';
import {cross3, dot3, hull, normalise2, normalise3, ring} from './geometry.mjs';

// ---------------------------------------------------------------------------
// SVG helpers

const f1 = (v) => (Math.round(v * 10) / 10).toString();

/** Grey level in [0, 1] to an SVG colour. */
export function grey(v) {
  const c = Math.round(Math.min(1, Math.max(0, v)) * 255);
  return `#${c.toString(16).padStart(2, '0').repeat(3)}`;
}

/** Closed path through screen points. */
export function path2d(points, attrs) {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${f1(x)} ${f1(y)}`);
  return `<path d="${d.join('')}Z" ${attrs}/>`;
}

/** Open dark line through screen points, for joints and edges. */
export const hairline = (points, opacity, width) =>
  `<polyline points="${points.map((p) => p.map(f1).join(',')).join(' ')}" fill="none" stroke="#000" stroke-opacity="${opacity}" stroke-width="${width}"/>`;

/** Polygon of ground points at height z. */
export const groundPoly = (pts, z, attrs) =>
  path2d(
    pts.map(([x, y]) => project(x, y, z)),
    attrs
  );

/**
 * Shadow of a convex solid given by its 3D corner points, cast on the
 * horizontal plane z = zPlane, as a black path (fade it with a group).
 */
export function castShadow(points3d, zPlane) {
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
export const shadows = (shapes) =>
  `<g opacity="${SHADOW_OPACITY}">${shapes.join('')}</g>`;

/**
 * Scene items ({d, shadow, body}) drawn as one layer: all shadows first,
 * then the bodies far to near (painter's algorithm).
 */
export function layer(items) {
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
export function prism(foot, z0, z1, albedo) {
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
export const prismCorners = (foot, z0, z1) =>
  foot.flatMap(([x, y]) => [
    [x, y, z0],
    [x, y, z1],
  ]);

/** A prism standing on the plane z0, as a scene item for layer(). */
export function prismItem(foot, z0, h, albedo) {
  const cx = foot.reduce((sum, p) => sum + p[0], 0) / foot.length;
  const cy = foot.reduce((sum, p) => sum + p[1], 0) / foot.length;
  return {
    d: depth(cx, cy),
    shadow: castShadow(prismCorners(foot, z0, z0 + h), z0),
    body: prism(foot, z0, z0 + h, albedo),
  };
}

/** A cylinder resting on the plane z0, as a scene item for layer(). */
export function cylinderItem(p0, p1, r, albedo, z0) {
  const c = cylinder(p0, p1, r, albedo);
  return {
    d: depth((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2),
    shadow: castShadow(c.corners, z0),
    body: c.body,
  };
}

/** Gradient ids only need to be unique within one SVG; reset per scene. */
let gradientCount = 0;

/** Starts a new SVG: cylinder gradient ids count from zero again. */
export function resetGradients() {
  gradientCount = 0;
}

/**
 * A cylinder between two 3D axis points, standing or lying: silhouette
 * filled with a gradient that follows the real surface shading, plus the
 * end cap that faces the camera.
 * @returns {{body: string, corners: number[][]}} corners feed castShadow()
 */
export function cylinder(p0, p1, r, albedo) {
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
