import {executeServerCommand} from '@web/test-runner-commands';
import {engine} from './commands.js';

/*
 * The `publish` command (test/runner/publish.mjs) as the
 * test/publish*.test.ts files run it: on a configuration with images beside
 * it, in a folder of its own per engine.
 */

/** What the `publish` command (test/runner/publish.mjs) answers. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Files under out/, or null when there is no out/. */
  files: string[] | null;
  /** Everything beside config.json. */
  folder: string[];
}

export interface RunOptions {
  images?: string[];
  args?: string[];
}

/** Markup that would end the page's data block if it were written out raw. */
export const HOSTILE = '</script><script>window.top.pwned=1</script>';

/** The fixtures copied beside config.json (test/fixtures/…). */
const IMAGES = ['before.svg', 'after.svg', 'publish/still.png'];

/** What the run's folder holds before it: the configuration and its images. */
export const INPUTS = ['after.svg', 'before.svg', 'config.json', 'still.png'];

/** A configuration that publishes. */
export const CONFIG = {
  before: 'before.svg',
  after: './after.svg',
  'before-alt': 'The theatre before: columns & stage "intact"',
  'after-alt': 'The theatre after: the tetrapylon <gone>',
  'before-label': 'June 6, 2016',
  'after-label': 'February 5, 2017',
  caption: `Palmyra's theatre ${HOSTILE} \u2028 & <b>not bold</b>`,
  credit: 'Drone footage',
  value: 40,
  width: '1600',
  height: '900',
  still: 'still.png',
  notes: [
    {x: 50, y: 38, text: 'The proscenium, blown up.', value: 25},
    {x: 86, y: 22, text: `The tetrapylon ${HOSTILE}`, side: 'before'},
  ],
};

/** The comparison's name: the frame's title, the page's and the slider's. */
export const NAME = 'Compare June 6, 2016 with February 5, 2017';

/** Each engine in its own folder: the three run at the same time. */
export const publish = (
  name: string,
  config: unknown,
  options: RunOptions = {}
) =>
  executeServerCommand<Run, unknown>('publish', {
    name: `${engine}-${name}`,
    origin: location.origin,
    config,
    images: IMAGES,
    ...options,
  });

/** Where a run's out/ folder is served. */
export const outUrl = (name: string) =>
  `${location.origin}/dist/test-publish/${engine}-${name}/out/`;
