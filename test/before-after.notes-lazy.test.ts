import {expect} from '@open-wc/testing';
import {compare} from './helpers/element.js';
import {guardConsole} from './helpers/guards.js';
import {addNotes, markers, notesReady} from './helpers/notes.js';

guardConsole();

// Its own file, so its page has never fetched the notes' code before.
const notesRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) =>
      /\/internal\/notes\.ts$|\/notes-[\w-]+\.js$/.test(entry.name)
    );

describe('<before-after> without notes', () => {
  it('fetches no notes code until a note arrives, then fetches it once', async () => {
    const el = await compare();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notesRequests()).to.deep.equal([]);
    expect(customElements.get('before-after-note')).to.equal(undefined);
    addNotes(el, [{x: '50', y: '50', text: 'Now it comes'}]);
    await notesReady(el);
    expect(markers(el)).to.have.length(1);
    const second = await compare();
    addNotes(second, [{x: '40', y: '40'}]);
    await notesReady(second);
    expect(notesRequests().map((entry) => entry.name)).to.have.length(1);
  });
});
