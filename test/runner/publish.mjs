// The `publish` test command: runs the built CLI, as a user would, on a
// configuration the test gives, in dist/test-publish/<name>/, and answers
// {code, stdout, stderr, files, folder}: `files` lists what the run wrote
// under out/ (null when out/ does not exist), `folder` everything beside
// config.json, so a refused run can be shown to have written nothing at all.
import {execFile} from 'node:child_process';
import {copyFile, mkdir, readdir, rm, writeFile} from 'node:fs/promises';
import {basename, join, relative, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const CLI = join(root, 'dist/cli/before-after-embed.js');
const FIXTURES = join(root, 'test/fixtures');

/**
 * Payload: {name, origin, config, images?, args?}. `config` is written as
 * JSON, or as is when a string; `images` are fixture paths (under
 * test/fixtures) copied beside it; `args` replace the usual
 * `--out out --url <origin>/dist/test-publish/<name>/out/`.
 */
export const publishCommand = {
  name: 'publish-command',
  async executeCommand({command, payload}) {
    if (command !== 'publish') return undefined;
    const {name, origin, config, images = [], args} = payload;
    if (!/^[a-z\d-]+$/.test(name)) throw new Error(`publish: bad name ${name}`);
    const folder = join(root, 'dist/test-publish', name);
    await rm(folder, {recursive: true, force: true});
    await mkdir(folder, {recursive: true});
    await writeFile(
      join(folder, 'config.json'),
      typeof config === 'string' ? config : JSON.stringify(config)
    );
    for (const image of images)
      await copyFile(join(FIXTURES, image), join(folder, basename(image)));
    const url = `${origin}/dist/test-publish/${name}/out/`;
    const {code, stdout, stderr} = await run(
      ['publish', 'config.json', ...(args ?? ['--out', 'out', '--url', url])],
      folder
    );
    return {
      code,
      stdout,
      stderr,
      files: await list(join(folder, 'out')),
      folder: (await readdir(folder)).sort(),
    };
  },
};

function run(args, cwd) {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [CLI, ...args], {cwd}, (error, stdout, stderr) =>
      resolvePromise({code: error ? (error.code ?? 1) : 0, stdout, stderr})
    );
  });
}

async function list(folder) {
  let entries;
  try {
    entries = await readdir(folder, {recursive: true, withFileTypes: true});
  } catch {
    return null;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}
