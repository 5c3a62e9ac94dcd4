import {expect} from '@open-wc/testing';
import {guardConsole} from './helpers/guards.js';

guardConsole();

// The React typings as the package publishes them (npm test builds first);
// `tsc -p test/react` (npm run lint) checks what they allow and refuse.
describe('the React typings', () => {
  it('are exported as before-after-compare/react, types and an empty module', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.exports['./react']).to.deep.equal({
      types: './dist/react.d.ts',
      default: './dist/react.js',
    });
    const dts = await (await fetch('/dist/react.d.ts')).text();
    expect(dts).to.include("declare module 'react'");
    expect(dts).to.include("'before-after': BeforeAfterProps;");
    expect(dts).to.include("'before-after-caption': BeforeAfterCaptionProps;");
    // Importing it at run time (a side-effect import) is harmless: no exports, no effect.
    const module = await import(new URL('/dist/react.js', location.href).href);
    expect(Object.keys(module)).to.deep.equal([]);
    expect(pkg.devDependencies['@types/react']).to.match(/^19\./);
  });
});
