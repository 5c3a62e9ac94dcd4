/**
 * Camera and sun: an orthographic drone view, ~64° above the horizon, and the
 * Lambert shading and shadow direction of a fixed sun.
 */
import {DEG, normalise2} from './geometry.mjs';

/** Frame size of the masters, in pixels. */
export const W = 1920;
export const H = 1080;

export const VIEW = {cx: 960, cy: 545, scale: 1.1, yaw: -4 * DEG, tilt: 0.86};
const TILT_C = Math.sqrt(1 - VIEW.tilt ** 2);
const COS_Y = Math.cos(VIEW.yaw);
const SIN_Y = Math.sin(VIEW.yaw);
/** Unit vector from the ground towards the camera, in ground coordinates. */
export const CAMERA = [TILT_C * SIN_Y, TILT_C * COS_Y, VIEW.tilt];

export const SUN_ELEVATION = 42 * DEG;
export const SUN_AZIMUTH = normalise2(-0.944, 0.33); // low from the left, a bit behind us
/** Unit vector towards the sun. */
const SUN = [
  SUN_AZIMUTH[0] * Math.cos(SUN_ELEVATION),
  SUN_AZIMUTH[1] * Math.cos(SUN_ELEVATION),
  Math.sin(SUN_ELEVATION),
];
/** Ground offset of a shadow per unit of height. */
export const SHADOW_DIR = [-SUN[0] / SUN[2], -SUN[1] / SUN[2]];
const AMBIENT = 0.32;
const DIFFUSE = 0.62;
export const SHADOW_OPACITY = 0.55;

/**
 * Ground point (x right, y towards the camera, z up; ~11 units per metre)
 * to screen pixels.
 * @returns {[number, number]}
 */
export function project(x, y, z = 0) {
  const xr = x * COS_Y - y * SIN_Y;
  const yr = x * SIN_Y + y * COS_Y;
  return [
    VIEW.cx + VIEW.scale * xr,
    VIEW.cy + VIEW.scale * (VIEW.tilt * yr - TILT_C * z),
  ];
}

/** Screen pixel back to the ground plane (z = 0). */
export function unproject(sx, sy) {
  const xr = (sx - VIEW.cx) / VIEW.scale;
  const yr = (sy - VIEW.cy) / VIEW.scale / VIEW.tilt;
  return [xr * COS_Y + yr * SIN_Y, -xr * SIN_Y + yr * COS_Y];
}

/** Depth for painter's-algorithm sorting: larger is nearer the camera. */
export const depth = (x, y) => x * SIN_Y + y * COS_Y;

/** Lambert shading of a surface with normal `n` and albedo in [0, 1]. */
export function shade(n, albedo) {
  const lit = Math.max(0, n[0] * SUN[0] + n[1] * SUN[1] + n[2] * SUN[2]);
  return albedo * (AMBIENT + DIFFUSE * lit);
}

export const TOP = shade([0, 0, 1], 1);
