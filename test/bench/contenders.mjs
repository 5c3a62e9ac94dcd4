// Who is measured, and how each is put on the page.
//
// Every contender gets the same article page (page.mjs), the same two
// 1600 × 900 JPEGs and markup a newsroom would write: the slot names and
// attributes of its own docs, images with alt, width and height. A peer is
// loaded as its docs say (the package's entry, its stylesheet if it ships
// one), bundled by esbuild into one minified ESM file with its runtime
// dependencies inlined, so its bytes compare with our script-tag build.
//
// `position` is how the benchmark reads where the divider is drawn, through
// each element's own API; a drag that does not leave it at the pointer FAILS.
// `zoomMarkup`, only where the element can zoom (ours: the peers have no
// zoom), is the same instance with zoom on: its page (page.mjs, ?zoom) is
// the one the pan and pinch of measure-zoom.mjs are measured on.
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(
  /\/$/,
  ''
);
// Read from disk: some packages export no ./package.json or stylesheet path.
const modules = (path) => join(ROOT, 'node_modules', path);
const versionOf = (dir) =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

/**
 * The image pair in each element's own slot names; page.mjs fills {before}
 * and {after}. A newsroom's CMS writes width and height on every image; the
 * page's `img {max-width: 100%; height: auto}` fits them to the column.
 */
const images = (first, second) =>
  `<img slot="${first}" src="{before}" alt="The theatre on June 6, 2016" width="1600" height="900">` +
  `<img slot="${second}" src="{after}" alt="The theatre on February 5, 2017" width="1600" height="900">`;

export const CONTENDERS = [
  {
    name: 'before-after',
    role: 'ours',
    version: versionOf(ROOT),
    // The script-tag build as it ships, with its page stylesheet: not re-bundled.
    built: join(ROOT, 'dist/cdn/before-after.js'),
    css: join(ROOT, 'dist/cdn/before-after.css'),
    markup:
      '<before-after before-label="June 6, 2016" after-label="February 5, 2017">' +
      images('before', 'after') +
      '</before-after>',
    // Issue 17: the reader may zoom; the zoom chunk comes with it.
    zoomMarkup:
      '<before-after zoom before-label="June 6, 2016" after-label="February 5, 2017">' +
      images('before', 'after') +
      '</before-after>',
    position: '(el) => el.value',
    notes: 'dist/cdn/before-after.js (Lit inside) + dist/cdn/before-after.css',
  },
  {
    // The same build with five notes pinned to the images (issue 16): their
    // markers must cost a drag nothing (no layout, no paint, style and main
    // thread within 5 % of the row before).
    name: 'before-after-5-notes',
    role: 'variant',
    version: versionOf(ROOT),
    built: join(ROOT, 'dist/cdn/before-after.js'),
    css: join(ROOT, 'dist/cdn/before-after.css'),
    markup:
      '<before-after before-label="June 6, 2016" after-label="February 5, 2017">' +
      images('before', 'after') +
      [
        [50, 38, 'both'],
        [34, 18, 'before'],
        [70, 60, 'after'],
        [20, 70, 'both'],
        [85, 30, 'before'],
      ]
        .map(
          ([x, y, side], i) =>
            `<before-after-note x="${x}" y="${y}" side="${side}" value="${x}">Note ${i + 1}: what changed here.</before-after-note>`
        )
        .join('') +
      '</before-after>',
    position: '(el) => el.value',
    notes:
      'the same build and stylesheet, with five <before-after-note>s (two on both images, three on one): its notes chunk is fetched too',
  },
  // BENCH_BASELINE=DIR: the script-tag build of another commit (its
  // dist/cdn/), measured beside this one in the same run, so that a change's
  // cost is read without the machine's drift between two runs.
  ...(process.env.BENCH_BASELINE
    ? [
        {
          name: 'before-after-baseline',
          role: 'variant',
          version: 'baseline',
          built: join(process.env.BENCH_BASELINE, 'before-after.js'),
          css: join(process.env.BENCH_BASELINE, 'before-after.css'),
          markup:
            '<before-after before-label="June 6, 2016" after-label="February 5, 2017">' +
            images('before', 'after') +
            '</before-after>',
          position: '(el) => el.value',
          notes: `the same markup on the build in ${process.env.BENCH_BASELINE} (BENCH_BASELINE)`,
        },
      ]
    : []),
  {
    name: 'floor',
    role: 'floor',
    entry: join(ROOT, 'test/bench/floor.js'),
    markup: '<bench-floor>' + images('before', 'after') + '</bench-floor>',
    position: '(el) => el.value',
    notes:
      'test/bench/floor.js: pointer capture, one rAF update, one transform; draws no reveal',
  },
  {
    name: 'img-comparison-slider',
    role: 'peer',
    version: versionOf(modules('img-comparison-slider')),
    // Its README: the script, plus a stylesheet that hides it until it has rendered.
    entry: "import 'img-comparison-slider';",
    css: modules('img-comparison-slider/dist/styles.css'),
    markup:
      '<img-comparison-slider>' +
      images('first', 'second') +
      '</img-comparison-slider>',
    position: '(el) => el.value',
    notes: 'README: dist/index.js + dist/styles.css',
  },
  {
    name: 'sl-image-comparer',
    role: 'peer',
    version: versionOf(modules('@shoelace-style/shoelace')),
    // Shoelace's "cherry picking": the one component's module and a theme.
    // 2.20.1 lists the handle's <sl-icon> as a scoped element, not as a
    // dependency, so cherry-picking leaves the grip empty unless the page
    // also imports sl-icon, as anyone who saw the empty handle would.
    entry:
      "import '@shoelace-style/shoelace/dist/components/image-comparer/image-comparer.js';\n" +
      "import '@shoelace-style/shoelace/dist/components/icon/icon.js';",
    css: modules('@shoelace-style/shoelace/dist/themes/light.css'),
    markup:
      '<sl-image-comparer>' +
      images('before', 'after') +
      '</sl-image-comparer>',
    position: '(el) => el.position',
    notes: 'cherry-picked image-comparer (+ sl-icon), Lit inside; light theme',
  },
  {
    name: 'cloudfour',
    role: 'peer',
    version: versionOf(modules('@cloudfour/image-compare')),
    entry: "import '@cloudfour/image-compare';",
    markup:
      '<image-compare>' + images('image-1', 'image-2') + '</image-compare>',
    // No position property: it draws from --exposure, which its internal
    // <input type=range> writes once per frame; read what it draws.
    position:
      "(el) => parseFloat(getComputedStyle(el).getPropertyValue('--exposure'))",
    notes:
      '@cloudfour/image-compare: a native <input type=range> over the images',
  },
];

/** Fails early, with the fix, when the build is missing or older than src/. */
export function checkBuild() {
  const ours = CONTENDERS.find((c) => c.role === 'ours');
  for (const file of [ours.built, ours.css, join(ROOT, 'dist/size/own.js')]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npm run build\` first`);
    }
  }
  const built = statSync(ours.built).mtimeMs;
  const newer = newestIn(join(ROOT, 'src'));
  return newer.mtimeMs > built ? newer.path : null;
}

function newestIn(dir) {
  let best = {path: dir, mtimeMs: 0};
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    const found = entry.isDirectory()
      ? newestIn(path)
      : {path, mtimeMs: statSync(path).mtimeMs};
    if (found.mtimeMs > best.mtimeMs) best = found;
  }
  return best;
}
