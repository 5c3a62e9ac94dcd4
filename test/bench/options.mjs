// Command-line flags of `npm run bench -- …`, and their defaults.
//
// The defaults keep a full run under 15 minutes on a 2-core machine shared
// with other work (about 9 of them spent on the drags, one more on ours'
// pan and pinch); --quick is a smoke test of every phase in about 3
// minutes, with too few runs to trust. The scroll-reveal phase (story: ours
// only, three pages a round) adds about a minute, --quick about 30 s. The
// listicle (pages of 1, 20 and 300 comparisons, a fresh load each, every
// contender) adds about 2.5 minutes, --quick about 1.
import {parseArgs} from 'node:util';

export const USAGE = `npm run bench -- [options]   (after npm run build)

  --quick              few repetitions (~3 min): checks that every phase works
  --runs N             drags per contender and input, pans and pinches per
                       zooming contender, and scroll-reveal scrolls per mode
                       (default 5; quick 2)
  --loads N            slow-network loads per contender (default 3; quick 1)
  --memory-runs N      memory runs per contender (default 2; quick 1)
  --list-loads N       fresh loads of each listicle page (1, 20 and 300
                       comparisons) per contender (default 3; quick 1)
  --list-sizes a,b     only these listicle pages (default 1,20,300), e.g.
                       --list-sizes 1 --list-loads 30 for the first render
  --only a,b           only these contenders (names as in the table)
  --skip p,q           skip phases: mouse, touch, pan, pinch, story, load,
                       listicle, memory (pan and pinch: ours only, the peers
                       have no zoom; story, the scroll-reveal sweep: ours
                       only; e.g. --only before-after --skip
                       mouse,touch,story,load,listicle,memory measures just
                       the pan and pinch; --skip
                       mouse,touch,pan,pinch,story,load,memory just the
                       listicle, on every contender)
  --json FILE          also write every raw number to FILE
  --chromium PATH      default $CHROME_PATH or /usr/bin/chromium
  --help

Environment: BENCH_BASELINE=DIR adds before-after-baseline, the script-tag
build in DIR (another commit's dist/cdn/), beside this one in the same run.`;

const PHASES = [
  'mouse',
  'touch',
  'pan',
  'pinch',
  'story',
  'load',
  'listicle',
  'memory',
];

export function options(argv) {
  const {values} = parseArgs({
    args: argv,
    options: {
      quick: {type: 'boolean', default: false},
      runs: {type: 'string'},
      loads: {type: 'string'},
      'memory-runs': {type: 'string'},
      'list-loads': {type: 'string'},
      'list-sizes': {type: 'string'},
      only: {type: 'string'},
      skip: {type: 'string', default: ''},
      json: {type: 'string'},
      chromium: {type: 'string'},
      help: {type: 'boolean', default: false},
    },
  });
  const count = (name, normal, quick) => {
    const text = values[name];
    if (text === undefined) return values.quick ? quick : normal;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name} ${text}: not a count`);
    return n;
  };
  const list = (text) => text.split(',').filter(Boolean);
  const skip = new Set(list(values.skip));
  for (const phase of skip) {
    if (!PHASES.includes(phase))
      throw new Error(`--skip ${phase}: no such phase`);
  }
  return {
    help: values.help,
    quick: values.quick,
    runs: count('runs', 5, 2),
    loads: count('loads', 3, 1),
    memoryRuns: count('memory-runs', 2, 1),
    listLoads: count('list-loads', 3, 1),
    listSizes: values['list-sizes']
      ? list(values['list-sizes']).map(Number)
      : null,
    only: values.only ? new Set(list(values.only)) : null,
    phases: PHASES.filter((phase) => !skip.has(phase)),
    json: values.json ?? null,
    chromium: values.chromium ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
  };
}
