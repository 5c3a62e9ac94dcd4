/**
 * Raster: the desert ground, compositing the SVG over it, and the
 * drone-video grade.
 */
import sharp from 'sharp';
import {H, VIEW, W} from './camera.mjs';
import {fbm, stream, valueNoise} from './noise.mjs';

/**
 * Desert ground luminance: broad dunes of light and shade, gravel patches
 * and faint wind ripples, all from seeded noise.
 * @returns {Float32Array}
 */
export function desertGround(seed) {
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
export async function composite(svg, ground) {
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
export function soften(lum) {
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
export function grade(lum, seed) {
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
