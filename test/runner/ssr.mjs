// The `ssr` test command: renders a page on the server (test/ssr/write-page.mjs,
// in its own Node process, so Lit's server build and DOM shim stay out of the
// test runner) to dist/test-ssr/<name>.html, and answers its URL path.
import {execFile} from 'node:child_process';
import {join, resolve} from 'node:path';
import {promisify} from 'node:util';

const root = resolve(import.meta.dirname, '../..');

/** Payload: {name, mode: 'none' | 'hydrate' | 'plain', variants: string[], caption?: false}. */
export const ssrCommand = {
  name: 'ssr-command',
  async executeCommand({command, payload}) {
    if (command !== 'ssr') return undefined;
    const {name, mode, variants, caption = true} = payload;
    if (!/^[a-z\d-]+$/.test(name)) throw new Error(`ssr: bad name ${name}`);
    const file = join(root, 'dist/test-ssr', `${name}.html`);
    await promisify(execFile)(
      process.execPath,
      [
        'test/ssr/write-page.mjs',
        file,
        mode,
        ...(caption ? [] : ['--no-caption']),
        ...variants,
      ],
      {cwd: root}
    );
    return `/dist/test-ssr/${name}.html`;
  },
};
