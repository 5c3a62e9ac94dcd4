import {expect} from '@open-wc/testing';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const text = async (path: string): Promise<string> => {
  const response = await fetch(path);
  expect(response.ok, path).to.be.true;
  return response.text();
};

/** The packages the script-tag build bundles, as installed. */
const BUNDLED = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  'pointer-events-polyfill',
];
/** The embed page, an app build, also has Vite's helper for its lazy chunks. */
const EMBED_BUNDLED = [...BUNDLED, 'vite'];

const BANNER =
  /^\/\*! before-after-compare \S+ \(MIT\); licences: THIRD-PARTY-LICENSES\.txt \*\/$/;

/** The script's first line, at most 200 characters of it (a failure need not print a whole minified script). */
const firstLine = (code: string): string => code.slice(0, 200).split('\n')[0]!;

/** Each bundled package's name, version and licence, and its licence text, are in the file. */
async function expectNotices(path: string, bundled: string[]): Promise<void> {
  const notices = await text(path);
  for (const name of bundled) {
    const pkg = JSON.parse(await text(`/node_modules/${name}/package.json`));
    expect(notices, name).to.include(
      `\n${name} ${pkg.version} (${pkg.license})\n`
    );
  }
  // Lit's BSD-3-Clause terms, four times (lit and its three parts), and the polyfill's MIT ones.
  expect(
    notices.match(/Redistribution and use in source and binary forms/g)
  ).to.have.length(4);
  expect(notices).to.include(
    'Copyright jQuery Foundation and other contributors'
  );
  const vite = 'Copyright (c) 2019-present, VoidZero Inc.';
  if (bundled.includes('vite')) expect(notices).to.include(vite);
  else expect(notices).not.to.include(vite);
}

// What `npm run build` writes (npm test builds first).
describe('licences', () => {
  it('the package has an MIT LICENSE', async () => {
    const license = await text('/LICENSE');
    expect(license).to.match(/^MIT License\n/);
    expect(license).to.include(
      'Copyright (c) 2026 the before-after-compare authors'
    );
    const pkg = JSON.parse(await text('/package.json'));
    expect(pkg.license).to.equal('MIT');
  });

  it('the script-tag build names the bundled packages and ships their licences', async () => {
    const script = await text('/dist/cdn/before-after.js');
    expect(firstLine(script)).to.match(BANNER);
    const polyfill = /pointerevents-[\w-]+\.js/.exec(script)?.[0];
    expect(polyfill, 'the polyfill chunk').to.be.a('string');
    expect(firstLine(await text(`/dist/cdn/${polyfill}`))).to.match(BANNER);
    await expectNotices('/dist/cdn/THIRD-PARTY-LICENSES.txt', BUNDLED);
  });

  it('the embed page names the bundled packages and ships their licences', async () => {
    const page = await text('/dist/embed.html');
    const script = /src="\.\/(embed-assets\/[\w-]+\.js)"/.exec(page)?.[1];
    expect(script, 'the page script').to.be.a('string');
    expect(firstLine(await text(`/dist/${script}`))).to.match(BANNER);
    await expectNotices(
      '/dist/embed-assets/THIRD-PARTY-LICENSES.txt',
      EMBED_BUNDLED
    );
  });
});
