// The bench page, one per contender, and the server that serves it.
//
// An article: a heading and a paragraph above the comparison, text below it,
// in an 800 px column, with the image rule nearly every news site has
// (`img {max-width: 100%; height: auto}`), so each widget gets the same box
// whatever its own sizing rules, and a widget that changes height while it
// loads pushes the text below it (layout shift), as in a real article.
// Served from 127.0.0.1 on a free port; slow networks are emulated by the
// browser (measure-load.mjs), never by the server.
// The scroll-reveal pages (measure-story.mjs) are a long article instead:
// PARAGRAPHS paragraphs above the comparison and as many below, so the page
// can scroll it from below the viewport to above it; ?story with
// `scroll-reveal` on ours, ?article the same page with the plain markup.
// The listicle pages (measure-list.mjs, ?list=N): N comparisons of the
// contender's own markup in a LIST_WIDTH px column, a short paragraph
// between them, every image lazy, so most of a long list is far below the
// fold, as in a "20 places, before and after" article.
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {gzipSync} from 'node:zlib';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  jpg: 'image/jpeg',
};
const TEXT =
  'Drone footage taken eight months apart shows the Roman theatre before and ' +
  'after. Drag the divider, or focus it and use the arrow keys, to compare. ' +
  'This paragraph is here so that text moves if the comparison above it ' +
  'changes height while it loads.';
const PARAGRAPHS = 12;
const LONG =
  'The theatre stood for eighteen centuries before the fighting reached it. ' +
  'Satellite pictures taken that winter show the stage front gone and the ' +
  'columns behind it broken at their bases; the seating, cut into the hill, ' +
  'survived. Archaeologists who worked on the site say the stones are still ' +
  'there, in the rubble, and could be set back where they stood.';
export const LIST_WIDTH = 640;
const SHORT =
  'Drone footage of the same site, taken months apart: drag the divider to ' +
  'compare.';

/**
 * Ours with `scroll-reveal` (the scroll story, measure-story.mjs), or null
 * for a contender without it: the peers have no such feature.
 */
export function storyMarkup(contender) {
  if (contender.role !== 'ours') return null;
  return contender.markup.replace(
    /^<before-after\b/,
    '<before-after scroll-reveal'
  );
}

/**
 * One instance's HTML, with the fixture URLs and Element Timing names.
 * `variant` 'zoom' takes the contender's zoomMarkup (the pan and pinch),
 * 'story' its storyMarkup (the long article; 'article' the same page with
 * the plain markup).
 */
export function markupFor(contender, variant = null) {
  const markup =
    variant === 'zoom'
      ? contender.zoomMarkup
      : variant === 'story'
        ? storyMarkup(contender)
        : contender.markup;
  return markup
    .replace(
      'src="{before}"',
      'src="/fixtures/before.jpg" elementtiming="before"'
    )
    .replace(
      'src="{after}"',
      'src="/fixtures/after.jpg" elementtiming="after"'
    );
}

/**
 * The listicle's body: `count` comparisons, each in its own figure after a
 * short paragraph. Every image is `loading="lazy"` and has its own URL (the
 * fixture with ?n=i): a listicle's photos differ, and one shared URL would
 * let the memory cache load and decode it once for all. The first keeps the
 * Element Timing names and the #stage figure, where the probe looks for
 * "the" comparison (its `ready` is then the first comparison drawn).
 */
export function listMarkup(contender, count) {
  const one = markupFor(contender).replaceAll('<img ', '<img loading="lazy" ');
  const figures = [];
  for (let i = 0; i < count; i++) {
    const markup = one.replace(/(\/fixtures\/\w+\.jpg)/g, `$1?n=${i}`);
    figures.push(
      `<p>${i + 1}. ${SHORT}</p>\n  ` +
        (i === 0
          ? `<figure id="stage">${markup}</figure>`
          : `<figure>${markup.replace(/ elementtiming="\w+"/g, '')}</figure>`)
    );
  }
  return figures.join('\n  ');
}

function page(contender, prepared, variant, count = 0) {
  const list = variant === 'list';
  const markup = markupFor(contender, list ? null : variant);
  const config = {
    markup,
    tag: /^<([a-z][\w-]*)/.exec(markup)[1],
    position: contender.position,
  };
  // JSON inside <script> must not be able to close it.
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  const script = `/c/${contender.name}/${basename(prepared.file)}`;
  const long = variant === 'story' || variant === 'article';
  const text = (count) => `<p>${LONG}</p>\n  `.repeat(count);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${contender.name}</title>
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; color: #222; }
  main { max-width: 800px; margin: 0 auto; padding: 16px; }
  h1 { margin: 0 0 12px; font-size: 28px; line-height: 1.2; }
  figure { margin: 0; }
  img { max-width: 100%; height: auto; }
  main.list { max-width: ${LIST_WIDTH}px; }
  main.list figure { margin: 0 0 24px; }
</style>
<script>window.__benchConfig = ${json};</script>
<script>${PROBE}</script>
${prepared.css ? `<link rel="stylesheet" href="/c/${contender.name}.css">` : ''}
<script type="module" src="${script}"></script>
</head>
<body>
${
  list
    ? `<main class="list">
  <h1>${count} places, before and after</h1>
  ${listMarkup(contender, count)}
</main>`
    : `<main>
  <h1>Palmyra, before and after</h1>
  <p>${TEXT}</p>
  ${long ? text(PARAGRAPHS) : ''}<figure id="stage">${markup}</figure>
  <div id="churn"></div>
  <p>${TEXT}</p>
  <p>${TEXT}</p>
  ${long ? text(PARAGRAPHS) : ''}</main>`
}
</body>
</html>
`;
}

/**
 * Serves every contender's page, its script folder and stylesheet, and the
 * two fixtures. `prepared` maps a contender's name to bytes.mjs's prepare().
 */
export async function serve(contenders, prepared) {
  const byName = new Map(contenders.map((c) => [c.name, c]));
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = url.pathname;
    let m;
    let body = null;
    if ((m = /^\/page\/([\w-]+)\.html$/.exec(path)) && byName.has(m[1])) {
      // ?zoom: the same page with the contender's zoomMarkup; ?story and
      // ?article: the long article, with and without scroll-reveal; ?list=N
      // the listicle of N comparisons.
      const c = byName.get(m[1]);
      const count = Number(url.searchParams.get('list'));
      const variant =
        Number.isInteger(count) && count > 0
          ? 'list'
          : url.searchParams.has('zoom') && c.zoomMarkup
            ? 'zoom'
            : url.searchParams.has('story') && storyMarkup(c)
              ? 'story'
              : url.searchParams.has('article')
                ? 'article'
                : null;
      body = page(c, prepared.get(m[1]), variant, count);
    } else if ((m = /^\/c\/([\w-]+)\.css$/.exec(path)) && byName.has(m[1])) {
      body = readFileSync(byName.get(m[1]).css);
    } else if ((m = /^\/c\/([\w-]+)\/([\w.-]+\.js)$/.exec(path))) {
      // Any script in the contender's own folder: a built file's lazy chunks.
      const dir = prepared.get(m[1])?.dir;
      body = dir ? readOrNull(join(dir, m[2])) : null;
    } else if ((m = /^\/fixtures\/(before|after)\.jpg$/.exec(path))) {
      body = readFileSync(join(FIXTURES, `${m[1]}.jpg`));
    }
    if (body === null) {
      response.writeHead(404).end();
      return;
    }
    const type = path.split('.').pop();
    const headers = {
      'content-type': TYPES[type],
      'cache-control': 'max-age=3600',
    };
    // Text compressed, as any CDN or web server sends it: on the throttled
    // network a contender pays for its gzipped bytes, not its raw ones.
    if (
      type !== 'jpg' &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      body = gzipSync(body, {level: 9});
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    /** A contender's page; with `variant` 'zoom', the page of its zoomMarkup; 'story' or 'article', the long article with or without scroll-reveal; 'list=N', the listicle of N. */
    url: (name, variant = null) =>
      `http://127.0.0.1:${server.address().port}/page/${name}.html${variant ? `?${variant}` : ''}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

function readOrNull(file) {
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}
