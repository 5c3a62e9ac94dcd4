// The declaration build (tsconfig.build.json) loads no Node types by default.
/// <reference types="node" />
/**
 * `before-after-embed publish`: turns a JSON configuration into a static
 * folder a CDN can serve and a CMS can embed from its URL alone (oEmbed).
 * Everything is checked before anything is written, and the folder is built
 * aside and renamed into place, so a refused or failed run leaves no trace.
 */
import {createHash} from 'node:crypto';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import {basename, dirname, extname, join, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {
  checkConfig,
  FIELDS,
  frameSize,
  toJson,
  type EmbedConfig,
} from '../embed/config.js';
import {comparisonName} from '../embed/comparison.js';
import {escapeHtml} from '../embed/html.js';

export interface PublishOptions {
  /** The JSON configuration file. */
  config: string;
  /** The folder to write. */
  out: string;
  /** The address the folder will be served from. */
  url: string;
  /** The built embed page; its assets folder sits beside it. */
  embedPage?: URL;
}

export interface Published {
  out: string;
  page: string;
  oembed: string;
  /** Fields of the file that are not configuration fields and were left out. */
  ignored: string[];
}

/** One reason not to publish, named after the field or option at fault. */
export interface Problem {
  field: string;
  message: string;
}

export class PublishError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
  }
}

const PROVIDER_NAME = 'before-after';
const ASSETS = 'embed-assets/';
const IMAGE_FIELDS = ['before', 'after', 'still'] as const;
const IMAGE_TYPES = new Set([
  '.avif',
  '.gif',
  '.jpeg',
  '.jpg',
  '.png',
  '.svg',
  '.webp',
]);

interface LocalImage {
  field: (typeof IMAGE_FIELDS)[number];
  source: string;
}

export async function publish(options: PublishOptions): Promise<Published> {
  const problems: Problem[] = [];
  const site = siteUrl(options.url, problems);
  const out = resolve(options.out);
  await checkOut(out, problems);
  const configPath = resolve(options.config);
  const {config, ignored} = await readConfig(configPath, problems);
  const images = config
    ? await localImages(config, dirname(configPath), problems)
    : [];
  const embedPage =
    options.embedPage ?? new URL('../embed.html', import.meta.url);
  const template = await readEmbedPage(embedPage, problems);
  if (problems.length > 0 || !site || !config || template === undefined)
    throw new PublishError(problems);

  const page = new URL('index.html', site);
  const oembedUrl = new URL('oembed.json', site);
  const parent = dirname(out);
  await mkdir(parent, {recursive: true});
  const staging = await mkdtemp(join(parent, `.${basename(out)}-`));
  try {
    const baked = {...config};
    let still: Still | undefined;
    if (images.length > 0) await mkdir(join(staging, 'images'));
    for (const {field, source} of images) {
      const bytes = await readFile(source);
      const name = `images/${imageName(source, bytes)}`;
      await writeFile(join(staging, name), bytes, {flag: 'wx'}).catch(
        (error: NodeJS.ErrnoException) => {
          // The same file named twice (a still that is also `before`) is copied once.
          if (error.code !== 'EEXIST') throw error;
        }
      );
      baked[field] = name;
      if (field === 'still') still = {url: name, size: imageSize(bytes)};
    }
    if (baked.still && !still) still = {url: baked.still};

    const assets = fileURLToPath(new URL(ASSETS, embedPage));
    await mkdir(join(staging, ASSETS));
    for (const name of await usedAssets(template, assets))
      await copyFile(join(assets, name), join(staging, ASSETS, name));
    await writeFile(
      join(staging, 'index.html'),
      bakePage(template, baked, {page, oembed: oembedUrl, still})
    );
    await writeFile(
      join(staging, 'oembed.json'),
      `${JSON.stringify(oembed(baked, page, still), null, 2)}\n`
    );
    await swapIn(staging, out);
  } catch (error) {
    await rm(staging, {recursive: true, force: true});
    throw error;
  }
  return {out, page: page.href, oembed: oembedUrl.href, ignored};
}

/** The folder's public address, always ending in a slash. */
function siteUrl(given: string, problems: Problem[]): URL | undefined {
  let url: URL | undefined;
  try {
    url = new URL(given);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    problems.push({
      field: '--url',
      message: `--url must be an http: or https: address (got ${JSON.stringify(given)}).`,
    });
    return undefined;
  }
  if (url.search || url.hash) {
    problems.push({
      field: '--url',
      message: '--url must be the folder address, without ?query or #fragment.',
    });
    return undefined;
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** Only a folder this command wrote before is replaced: a typo must not wipe someone's folder. */
async function checkOut(out: string, problems: Problem[]): Promise<void> {
  const entries: string[] | null = await readdir(out).catch(
    (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : null)
  );
  if (
    entries === null ||
    (entries.length > 0 &&
      !(entries.includes('oembed.json') && entries.includes('index.html')))
  )
    problems.push({
      field: '--out',
      message: `--out ${out} exists and is not a folder this command published: give a new folder.`,
    });
}

async function readConfig(
  path: string,
  problems: Problem[]
): Promise<{config?: EmbedConfig; ignored: string[]}> {
  const name = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const {code} = error as NodeJS.ErrnoException;
    problems.push({
      field: 'config',
      message:
        code === 'ENOENT'
          ? `${name} was not found.`
          : `${name}: cannot read it (${code ?? error}).`,
    });
    return {ignored: []};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    problems.push({
      field: 'config',
      message: `${name}: not valid JSON (${(error as Error).message}).`,
    });
    return {ignored: []};
  }
  const {config, errors} = checkConfig(parsed);
  for (const {field, message} of errors)
    problems.push({field, message: `${name}: ${message}`});
  const known: readonly string[] = [...FIELDS, 'notes'];
  const ignored =
    typeof parsed === 'object' && parsed !== null
      ? Object.keys(parsed).filter((key) => !known.includes(key))
      : [];
  return {config: errors.length > 0 ? undefined : config, ignored};
}

/**
 * The image fields that name files: relative to the configuration's folder,
 * and kept inside it, so a configuration from elsewhere cannot publish any
 * file of this machine. Full http(s) addresses stay as they are.
 */
async function localImages(
  config: EmbedConfig,
  folder: string,
  problems: Problem[]
): Promise<LocalImage[]> {
  const base = pathToFileURL(folder + sep);
  const root = await realpath(folder);
  const images: LocalImage[] = [];
  for (const field of IMAGE_FIELDS) {
    const value = config[field];
    if (!value) continue;
    const url = new URL(value, base);
    if (url.protocol !== 'file:' || url.host !== '') continue;
    const refuse = (why: string) =>
      problems.push({field, message: `${field}: ${value} ${why}`});
    if (value.startsWith('/') || value.startsWith('\\')) {
      refuse(
        'is an absolute path: give a path relative to the configuration file, or a full https: address.'
      );
      continue;
    }
    const path = fileURLToPath(url);
    const real = await realpath(path).catch(() => undefined);
    if (!real || !(await stat(real)).isFile()) {
      refuse(`was not found (looked for ${path}).`);
    } else if (!real.startsWith(root + sep)) {
      refuse(`is outside the configuration file's folder (${root}).`);
    } else if (!IMAGE_TYPES.has(extname(real).toLowerCase())) {
      refuse(`is not an image file (${[...IMAGE_TYPES].join(', ')}).`);
    } else {
      images.push({field, source: real});
    }
  }
  return images;
}

async function readEmbedPage(
  page: URL,
  problems: Problem[]
): Promise<string | undefined> {
  try {
    return await readFile(page, 'utf8');
  } catch {
    problems.push({
      field: 'embed page',
      message: `The embed page ${fileURLToPath(page)} is missing: run npm run build first.`,
    });
    return undefined;
  }
}

/**
 * The files of the assets folder the page needs: those it names, and those
 * they name in turn (chunks, the polyfill). Builds add hashed files there
 * without removing old ones, so copying the whole folder would ship stale ones.
 */
async function usedAssets(page: string, folder: string): Promise<string[]> {
  const all = await readdir(folder);
  const used = new Set<string>();
  const queue = [page];
  for (let text = queue.pop(); text !== undefined; text = queue.pop()) {
    for (const name of all) {
      if (used.has(name) || !text.includes(name)) continue;
      used.add(name);
      queue.push(await readFile(join(folder, name), 'utf8'));
    }
  }
  return [...used];
}

/** A name that is safe in any URL and file system, and changes with the content, so a CDN may cache it for good. */
function imageName(source: string, bytes: Uint8Array): string {
  const ext = extname(source).toLowerCase();
  const stem =
    basename(source, extname(source))
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z\d]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'image';
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return `${stem}-${hash}${ext}`;
}

/**
 * Width and height of a PNG, GIF or JPEG, which oEmbed wants with a
 * thumbnail; undefined for other formats.
 */
function imageSize(
  bytes: Uint8Array
): {width: number; height: number} | undefined {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (from: number, to: number) =>
    String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 24 && data.getUint32(0) === 0x89504e47)
    return {width: data.getUint32(16), height: data.getUint32(20)};
  if (bytes.length >= 10 && ascii(0, 4) === 'GIF8')
    return {width: data.getUint16(6, true), height: data.getUint16(8, true)};
  if (bytes.length < 4 || data.getUint16(0) !== 0xffd8) return undefined;
  let i = 2;
  while (i + 9 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    // SOF0–SOF15 carry the frame size; C4, C8 and CC are other segments in that range.
    if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc
    )
      return {width: data.getUint16(i + 7), height: data.getUint16(i + 5)};
    i += 2 + data.getUint16(i + 2);
  }
  return undefined;
}

interface Still {
  /** Relative to the page, or absolute. */
  url: string;
  size?: {width: number; height: number};
}

interface Addresses {
  page: URL;
  oembed: URL;
  still?: Still;
}

/**
 * JSON that stays data inside a `<script>` element: `<` cannot start
 * `</script>` or `<!--`, and U+2028/2029 cannot end a line for an old parser.
 */
function scriptJson(config: EmbedConfig): string {
  return toJson(config).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

/** The embed page with the configuration, oEmbed discovery and share tags in its head. */
function bakePage(
  template: string,
  config: EmbedConfig,
  {page, oembed, still}: Addresses
): string {
  const title = escapeHtml(comparisonName(config));
  const meta = (key: 'property' | 'name', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}">`;
  const tags = [
    `<title>${title}</title>`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed.href)}" title="${title}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', comparisonName(config)),
    ...(config.caption
      ? [
          meta('name', 'description', config.caption),
          meta('property', 'og:description', config.caption),
        ]
      : []),
    meta('property', 'og:url', page.href),
    ...(still
      ? [
          meta('property', 'og:image', new URL(still.url, page).href),
          ...(still.size
            ? [
                meta('property', 'og:image:width', String(still.size.width)),
                meta('property', 'og:image:height', String(still.size.height)),
              ]
            : []),
        ]
      : []),
    meta('name', 'twitter:card', still ? 'summary_large_image' : 'summary'),
    // A data block, never run: the page reads it in place of its query string.
    `<script type="application/json" id="before-after-config">${scriptJson(config)}</script>`,
  ];
  const head = template.search(/\s*<\/head>/i);
  if (head < 0) throw new Error('The embed page has no </head>.');
  const html = template
    .slice(0, head)
    .replace(/\s*<title>[^<]*<\/title>/i, '')
    .replace(/<html\b[^>]*>/i, (tag) => htmlTag(tag, config));
  return `${html}${tags.map((tag) => `\n    ${tag}`).join('')}${template.slice(head)}`;
}

/** The page's language and direction before any script runs, for crawlers and screen readers. */
function htmlTag(tag: string, config: EmbedConfig): string {
  let attributes = tag.slice(5, -1);
  for (const name of ['lang', 'dir'] as const) {
    if (!config[name]) continue;
    attributes = attributes.replace(
      new RegExp(`\\s${name}(\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]*))?`, 'i'),
      ''
    );
    attributes += ` ${name}="${escapeHtml(config[name])}"`;
  }
  return `<html${attributes}>`;
}

/** The oEmbed answer: a bare iframe, since WordPress keeps nothing else from a provider it does not know. */
function oembed(
  config: EmbedConfig,
  page: URL,
  still: Still | undefined
): Record<string, string | number> {
  const {width, height} = frameSize(config);
  const title = comparisonName(config);
  const html =
    `<iframe src="${escapeHtml(page.href)}" width="${width}" height="${height}"` +
    ` title="${escapeHtml(title)}" loading="lazy" data-before-after` +
    // The only border control WordPress keeps (it strips style).
    ` frameborder="0"></iframe>`;
  return {
    type: 'rich',
    version: '1.0',
    html,
    width,
    height,
    title,
    provider_name: PROVIDER_NAME,
    // oEmbed wants a thumbnail's size with it; a still of unknown size is left to og:image.
    ...(still?.size && {
      thumbnail_url: new URL(still.url, page).href,
      thumbnail_width: still.size.width,
      thumbnail_height: still.size.height,
    }),
  };
}

/** Moves the finished folder into place, replacing an earlier publish. */
async function swapIn(staging: string, out: string): Promise<void> {
  const old = `${staging}-old`;
  const replaced = await rename(out, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return false;
    }
  );
  await rename(staging, out);
  if (replaced) await rm(old, {recursive: true, force: true});
}
