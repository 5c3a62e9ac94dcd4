/// <reference types="node" />
/**
 * before-after-embed publish CONFIG.json --out DIR --url https://example.org/DIR/
 *
 * Exit codes: 0 published; 1 the configuration or its files were refused
 * (or writing failed); 2 the command line itself was wrong.
 */
import {parseArgs} from 'node:util';
import {publish, PublishError} from './publish.js';

const USAGE = `Usage: before-after-embed publish CONFIG.json --out DIR --url URL

Writes DIR, a static folder to serve at URL (http or https): index.html (the
embed page with CONFIG baked in, oEmbed discovery and share tags),
oembed.json, the page's scripts, and CONFIG's local images. Paste the page's
address (printed at the end) into a CMS that embeds from a link (WordPress,
Ghost, …). Nothing is written unless everything checks out.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: 'string'},
        url: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, config, ...extra] = positionals;
  if (command !== 'publish')
    return usage(command ? `Unknown command ${command}.` : 'No command given.');
  if (!config) return usage('No configuration file given.');
  if (extra.length > 0) return usage(`Unexpected argument ${extra[0]}.`);
  if (!values.out) return usage('--out is missing: give the folder to write.');
  if (!values.url)
    return usage('--url is missing: give the address the folder is served at.');

  try {
    const published = await publish({config, out: values.out, url: values.url});
    for (const field of published.ignored)
      console.warn(`Ignored ${field}: not a configuration field.`);
    console.log(`Published ${published.out}
Page (paste into the CMS): ${published.page}
oEmbed: ${published.oembed}`);
    return 0;
  } catch (error) {
    if (!(error instanceof PublishError)) {
      // A disk error halfway: the staging folder is already removed.
      console.error(`Publishing failed: ${(error as Error).message}`);
      console.error('Nothing was written.');
      return 1;
    }
    for (const {message} of error.problems) console.error(message);
    console.error('Nothing was written.');
    return error.problems.some((p) => p.field.startsWith('--')) ? 2 : 1;
  }
}

function usage(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
