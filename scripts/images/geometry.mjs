/**
 * Plain geometry shared by the camera and the scene: vectors, footprints,
 * arcs and rings in ground units, and the convex hull of screen points.
 */

export const DEG = Math.PI / 180;

/** Unit 2D vector. */
export function normalise2(x, y) {
  const l = Math.hypot(x, y);
  return [x / l, y / l];
}

/** Axis-aligned rectangle footprint. */
export const rect = (x0, y0, x1, y1) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Rectangle footprint of size w×d centred on (x, y), turned by `angle`. */
export function turnedRect(x, y, w, d, angle) {
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
export function ring(centre, axis, r, n = 16) {
  const helper = Math.abs(axis[2]) > 0.9 ? [1, 0, 0] : [0, 0, 1];
  const e1 = normalise3(cross3(axis, helper));
  const e2 = cross3(axis, e1);
  return Array.from({length: n}, (_, i) => {
    const t = (i / n) * 2 * Math.PI;
    const [c, s] = [Math.cos(t) * r, Math.sin(t) * r];
    return centre.map((v, k) => v + c * e1[k] + s * e2[k]);
  });
}

/** Cross product of two 3D vectors. */
export const cross3 = (a, b) => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
/** Dot product of two 3D vectors. */
export const dot3 = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** Unit 3D vector. */
export function normalise3(v) {
  const l = Math.hypot(...v);
  return v.map((c) => c / l);
}

/** Monotone-chain convex hull of screen points. */
export function hull(points) {
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

/** Ground points of an arc of radius r from angle a0 to a1 (0 = right). */
export function arc(r, a0, a1, step = 1.5 * DEG) {
  const n = Math.max(2, Math.ceil(Math.abs(a1 - a0) / step) + 1);
  return Array.from({length: n}, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / (n - 1);
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}
