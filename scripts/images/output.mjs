/**
 * Output: encoding the masters at every width and format, and the images
 * folder's README.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {H, W} from './camera.mjs';

const WIDTHS = [640, 1280, 1920];

/** Encoder settings; `effort` is pinned because it changes the bitstream. */
const ENCODERS = {
  avif: (img) => img.avif({quality: 50, effort: 4, chromaSubsampling: '4:2:0'}),
  webp: (img) => img.webp({quality: 70, effort: 6}),
  // A one-channel JPEG: the picture is grey anyway, so skip the chroma.
  jpg: (img) => img.toColourspace('b-w').jpeg({quality: 72, mozjpeg: true}),
};

/**
 * Encodes every width × format of one master.
 * @returns {Promise<Array<{file: string, bytes: number}>>}
 */
export async function writeRenditions(pixels, name, outDir) {
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

Generated illustrations, not photographs: the Roman theatre at Palmyra, Syria, and the tetrapylon where the colonnade ends, seen from a drone in June 2016 and in February 2017 after the theatre's central stage façade and the tetrapylon's sixteen columns were destroyed, as described in the AP/AFP article.
Drawn by \`scripts/images/make.mjs\` with seed 20170205; rebuild with \`npm run images\`.
The original drone footage is credited "Russian Defence Ministry Press Service via AP".
`;

/** Writes the README that says where the images come from. */
export const writeReadme = (outDir) =>
  writeFile(path.join(outDir, 'README.md'), README);
