import {expect} from '@open-wc/testing';
import {guardConsole} from './helpers/guards.js';
import {
  CONFIG,
  INPUTS,
  outUrl,
  publish,
  type RunOptions,
} from './helpers/publish.js';

guardConsole();

describe('before-after-embed publish', () => {
  describe('refuses, names the field and writes nothing', () => {
    const url = () => outUrl('refused');
    const cases: [string, () => [unknown, RunOptions?], RegExp][] = [
      [
        'a javascript: image',
        () => [{...CONFIG, before: 'javascript:alert(1)'}],
        /\bbefore\b.*http/,
      ],
      [
        'a missing alt text',
        () => [{...CONFIG, 'before-alt': undefined}],
        /before-alt is missing/,
      ],
      [
        'a 20,000-character caption',
        () => [{...CONFIG, caption: 'x'.repeat(20000)}],
        /caption is too long/,
      ],
      [
        'a note off the image',
        () => [
          {...CONFIG, notes: [CONFIG.notes[0], {x: 101, y: 5, text: 'x'}]},
        ],
        /notes\[1\]\.x must be a number from 0 to 100/,
      ],
      [
        'a note without text',
        () => [{...CONFIG, notes: [{x: 1, y: 5, text: '\x07 '}]}],
        /notes\[0\]\.text is empty/,
      ],
      [
        '21 notes',
        () => [{...CONFIG, notes: Array(21).fill(CONFIG.notes[0])}],
        /notes has too many notes \(21; at most 20\)/,
      ],
      ['bad JSON', () => ['{"before": "before.svg",'], /config\.json.*JSON/],
      ['a JSON array', () => [[CONFIG]], /config\.json.*object/],
      [
        'a relative file that does not exist',
        () => [{...CONFIG, after: 'photos/missing.svg'}],
        /\bafter\b.*photos\/missing\.svg.*not found/,
      ],
      [
        'a file outside the configuration folder',
        () => [{...CONFIG, before: '../../../test/fixtures/before.svg'}],
        /\bbefore\b.*outside/,
      ],
      [
        'an absolute file path',
        () => [{...CONFIG, still: '/etc/hostname'}],
        /\bstill\b.*absolute path/,
      ],
      [
        'a file that is not an image',
        () => [{...CONFIG, still: 'config.json'}],
        /\bstill\b.*not an image/,
      ],
      [
        'a --url that is not http(s)',
        () => [
          CONFIG,
          {args: ['--out', 'out', '--url', 'ftp://example.org/x/']},
        ],
        /--url must be an http: or https: address/,
      ],
      [
        'a missing --url',
        () => [CONFIG, {args: ['--out', 'out']}],
        /--url is missing/,
      ],
      [
        'a missing --out',
        () => [CONFIG, {args: ['--url', url()]}],
        /--out is missing/,
      ],
      [
        'an --out folder it did not write',
        () => [CONFIG, {args: ['--out', '.', '--url', url()]}],
        /--out .* is not a folder this command published/,
      ],
    ];
    for (const [what, given, message] of cases) {
      it(what, async () => {
        const [config, options] = given();
        const result = await publish('refused', config, options);
        expect(result.code, result.stdout).not.to.equal(0);
        expect(result.stderr).to.match(message);
        expect(result.stdout).to.equal('');
        expect(result.files).to.be.null;
        expect(result.folder).to.deep.equal(INPUTS);
      });
    }
  });
});
