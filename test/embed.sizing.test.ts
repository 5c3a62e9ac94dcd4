import {expect, nextFrame} from '@open-wc/testing';
import {
  ampHeights,
  closeEmbeds,
  isAmpSize,
  LONG,
  openEmbed,
  settledHeight,
  SOURCE,
  BUILT,
  VALID,
} from './helpers/embed.js';
import {guardConsole} from './helpers/guards.js';
import {until} from './helpers/wait.js';

const guard = guardConsole();
afterEach(closeEmbeds);

/*
 * The embed page's height messages, as hosts read them: AMP's embed-size,
 * Pym.js's height, WordPress's secret message, and requestResize for
 * responsive iframes.
 */

describe('the embed page: height messages', () => {
  it('posts its content height as an AMP message, and again when the frame gets narrower', async () => {
    const embed = await openEmbed(LONG, {width: 640, height: 1200});
    const wide = await settledHeight(embed);
    // Content, not viewport: the frame is 1200 px tall, the content much less.
    expect(wide).to.be.below(1000);
    expect(wide).to.be.above(360);

    embed.frame.style.width = '320px';
    await until(
      () => ampHeights(embed).at(-1) !== wide,
      'no new height after the width changed'
    );
    const narrow = await settledHeight(embed);
    expect(narrow).to.be.above(wide);
    expect(
      embed.messages
        .filter(isAmpSize)
        .every((m) => Object.keys(m).sort().join() === 'height,sentinel,type')
    ).to.be.true;

    // And shrinks again when the frame is wide again.
    embed.frame.style.width = '640px';
    await until(
      () => ampHeights(embed).at(-1) === wide,
      `did not shrink back to ${wide}`
    );
  });

  // A host sizes its frame from the first height: one the embed then takes
  // back (its comparison drawn a frame late, without the page's rules) makes
  // the article jump twice.
  for (const [name, path] of [
    ['source', SOURCE],
    ['built', BUILT],
  ])
    it(`sends its final height first, at 640 and 320 px (${name} page)`, async () => {
      for (const width of [640, 320]) {
        const embed = await openEmbed(VALID, {path, width});
        const height = await settledHeight(embed);
        expect(ampHeights(embed), `${width} px`).to.deep.equal([height]);
        closeEmbeds();
      }
    });

  it('never sends the same height twice in a row unasked', async () => {
    const embed = await openEmbed(VALID);
    await settledHeight(embed);
    embed.frame.style.width = '500px';
    await until(
      () => ampHeights(embed).length >= 2,
      'no second height after the width changed'
    );
    await settledHeight(embed);
    const heights = ampHeights(embed);
    for (let i = 1; i < heights.length; i++)
      expect(heights[i], `${heights}`).to.not.equal(heights[i - 1]);
  });

  it('sends the height again when the host asks: AMP frames-init and Pym width', async () => {
    const embed = await openEmbed({...VALID, childId: 'palmyra_1'});
    const height = await settledHeight(embed);
    const before = embed.messages.length;
    embed.frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'frames-init'},
      '*'
    );
    await until(
      () => embed.messages.length === before + 2,
      'frames-init got no answer'
    );
    expect(embed.messages.slice(before)).to.deep.equal([
      {sentinel: 'amp', type: 'embed-size', height},
      `pymxPYMxpalmyra_1xPYMxheightxPYMx${height}`,
    ]);
    const afterInit = embed.messages.length;
    embed.frame.contentWindow!.postMessage(
      'pymxPYMxpalmyra_1xPYMxwidthxPYMx640',
      '*'
    );
    await until(
      () => embed.messages.length === afterInit + 2,
      'a Pym width message got no answer'
    );
    expect(embed.messages.at(-1)).to.equal(
      `pymxPYMxpalmyra_1xPYMxheightxPYMx${height}`
    );

    // Neither a malformed request nor the frame's own message is an ask.
    const count = embed.messages.length;
    embed.frame.contentWindow!.postMessage(
      'pymxPYMxpalmyra_1xPYMxwidthxPYMxwide',
      '*'
    );
    embed.frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'embed-size'},
      '*'
    );
    embed.frame.contentWindow!.postMessage({type: 'frames-init'}, '*');
    // The frames-init sent after them proves they were all handled.
    embed.frame.contentWindow!.postMessage(
      {sentinel: 'amp', type: 'frames-init'},
      '*'
    );
    await until(
      () => embed.messages.length >= count + 2,
      'the last frames-init got no answer'
    );
    await nextFrame();
    expect(embed.messages.length).to.equal(count + 2);
  });

  it('ends at the height of the width it ends at, when the host asks as it resizes the frame and back', async () => {
    // As CI once found it: the ask came while the frame was narrow for a
    // moment, between two frames, and the frame kept that tall height.
    const embed = await openEmbed(LONG, {width: 640, height: 1200});
    const wide = await settledHeight(embed);
    const win = embed.frame.contentWindow!;
    embed.frame.style.width = '320px';
    // Handled at once, in this task, as a message that came just then is.
    win.dispatchEvent(
      new (win as unknown as typeof globalThis).MessageEvent('message', {
        data: {sentinel: 'amp', type: 'frames-init'},
        source: window,
      })
    );
    embed.frame.style.width = '640px';
    await until(() => ampHeights(embed).length >= 2, 'the ask got no answer');
    expect(await settledHeight(embed)).to.equal(wide);
    expect(ampHeights(embed).at(-1)).to.equal(wide);
  });

  it('sends Pym.js heights only with a valid childId', async () => {
    const embed = await openEmbed({...VALID, childId: 'story-42_b'});
    const height = await settledHeight(embed);
    expect(embed.messages).to.deep.include(
      `pymxPYMxstory-42_bxPYMxheightxPYMx${height}`
    );

    for (const childId of ['<b>x</b>', 'a'.repeat(65), 'a b', 'a.b', '']) {
      const bad = await openEmbed({...VALID, childId});
      await settledHeight(bad);
      expect(
        bad.messages.filter((m) => typeof m === 'string'),
        childId
      ).to.deep.equal([]);
    }
  });

  it("sends WordPress's height message when WordPress gave the frame a secret", async () => {
    // WordPress embeds an oEmbed iframe as src="…#?secret=…" and resizes it from {secret, message, value}.
    const query = `${new URLSearchParams(VALID)}#?secret=Ab12Cd34Ef`;
    const embed = await openEmbed(query);
    const height = await settledHeight(embed);
    expect(embed.messages).to.deep.include({
      secret: 'Ab12Cd34Ef',
      message: 'height',
      value: height,
    });

    const bad = await openEmbed(`${new URLSearchParams(VALID)}#?secret=<x>`);
    await settledHeight(bad);
    expect(
      bad.messages.filter((m) => (m as {message?: string}).message),
      'no secret, no WordPress message'
    ).to.deep.equal([]);
  });

  it('opts in to responsive iframes and calls requestResize after a change', async () => {
    const embed = await openEmbed(LONG);
    const wide = await settledHeight(embed);
    expect(
      embed.doc.head.querySelector('meta[name="responsive-embedded-sizing"]')
    ).to.not.equal(null);
    const win = embed.frame.contentWindow as Window & {
      requestResize?: () => void;
    };
    let calls = 0;
    win.requestResize = () => void calls++;
    embed.frame.style.width = '320px';
    await until(
      () => ampHeights(embed).at(-1) !== wide,
      'no new height after the width changed'
    );
    await until(() => calls > 0, 'requestResize was not called');
  });

  it('still posts its height when requestResize throws NotAllowedError, and logs nothing', async () => {
    const embed = await openEmbed(LONG);
    const wide = await settledHeight(embed);
    const win = embed.frame.contentWindow as Window & {
      requestResize?: () => void;
    };
    let thrown = 0;
    win.requestResize = () => {
      thrown++;
      throw new DOMException('not opted in', 'NotAllowedError');
    };
    embed.frame.style.width = '320px';
    await until(() => thrown > 0, 'requestResize was not called');
    await settledHeight(embed);
    expect(ampHeights(embed).at(-1)).to.be.above(wide);
    // openEmbed set the console trap in the frame: nothing logged, nothing thrown.
    expect(guard.errors).to.deep.equal([]);
  });

  it('posts its height with an error message too', async () => {
    const embed = await openEmbed({before: VALID.before!});
    const height = await settledHeight(embed);
    expect(height).to.be.above(40);
    expect(height).to.be.below(400);
  });
});
