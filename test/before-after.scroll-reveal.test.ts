import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {emulateMediaFeatures, engine} from './helpers/commands.js';
import {
  AFTER,
  BEFORE,
  compare,
  drawnAt,
  frames,
  handle,
  image,
  settled,
} from './helpers/element.js';
import {closeEmbeds, openEmbed, VALID} from './helpers/embed.js';
import {expectEvents} from './helpers/events.js';
import {appendFrame} from './helpers/frames.js';
import {guardConsole, watchFrame} from './helpers/guards.js';
import {trackListeners} from './helpers/listeners.js';
import {type NoteSpec, centreOf, markers, notesOf} from './helpers/notes.js';
import {
  article,
  centreAt,
  fractionFor,
  opacityOf,
  progressAt,
  scrollAndSettle,
  scrollCentreTo,
  spokenPercent,
  spyOnListeners,
  storyFor,
  storyReady,
  storyRequests,
  told,
  withoutViewTimeline,
} from './helpers/story.js';
import {until} from './helpers/wait.js';

guardConsole({resetMouse: true});

/*
 * Reveal on scroll (issue 18), as a reader sees it, against the contract in
 * /work/notes/story-contract.md: a long article scrolled by script, the
 * divider's drawn position (drawnAt) at each scroll position, the story
 * bubbles' opacity, the value and ARIA once the scroll settles, the reader's
 * takeover, reduced motion, the fallback's listener, and the sweep in a frame.
 */

// The page fetches many modules in development: room for all their entries.
performance.setResourceTimingBufferSize(2000);

const extras: Element[] = [];
afterEach(() => {
  for (const extra of extras.splice(0)) extra.remove();
  closeEmbeds();
  window.scrollTo({top: 0, behavior: 'instant'});
});

/** A block of empty page, 600 px tall. */
function spacer(): HTMLElement {
  const block = document.createElement('div');
  block.style.height = '600px';
  return block;
}

/** Centre positions going down the page (the comparison rises), and the divider there: 100 − 100·p. */
const DOWN: [number, number][] = [
  [0.85, 100],
  [0.7, 90],
  [0.5, 50],
  [0.3, 10],
  [0.15, 0],
];

/** Two notes with values, in document order 30 then 70: the sweep meets 70 first. */
const NOTES: NoteSpec[] = [
  {x: '30', y: '60', value: '30', text: 'The second stop.'},
  {x: '70', y: '40', value: '70', text: 'The first stop.'},
];

/** The divider the sweep draws (no notes) for the comparison's centre where it is now. */
const sweepHere = (el: BeforeAfter) => 100 - 100 * progressAt(centreAt(el));

/** A comparison with scroll-reveal in a long article, its story code arrived. */
async function story(
  attributes: Partial<Record<string, string>> = {},
  options: Parameters<typeof article>[1] = {}
): Promise<BeforeAfter> {
  const el = await article({'scroll-reveal': '', ...attributes}, options);
  await storyReady(el);
  return el;
}

/** Puts the centre at `fraction`, checking the page really went there (a precondition, not the test). */
async function scrollTo(el: BeforeAfter, fraction: number): Promise<void> {
  await scrollCentreTo(el, fraction);
  expect(centreAt(el), `centre scrolled to ${fraction}`).to.be.closeTo(
    fraction,
    0.01
  );
}

/** After a takeover: scrolling anywhere leaves the divider (and value) at `at`. */
async function expectUnlinked(el: BeforeAfter, at: number): Promise<void> {
  for (const fraction of [0.85, 0.15, 0.5]) {
    await scrollCentreTo(el, fraction);
    await frames(2);
    expect(
      drawnAt(el),
      `drawn after the takeover, centre at ${fraction}`
    ).to.be.closeTo(at, 0.5);
  }
  expect(el.value, 'value after the takeover').to.be.closeTo(at, 0.5);
}

// First in the file: its page must not have fetched the story code before.
describe('<before-after> story code', () => {
  it('is not fetched without `scroll-reveal`, even when scrolled; it is once set, and once only', async () => {
    const el = await article();
    for (const [fraction] of DOWN) await scrollCentreTo(el, fraction);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(storyRequests(), 'story code without scroll-reveal').to.deep.equal(
      []
    );
    el.scrollReveal = true;
    await el.updateComplete;
    expect(el.hasAttribute('scroll-reveal'), 'reflects').to.be.true;
    await until(() => storyRequests().length > 0, 'the story code fetched');
    // Its modules come one import after another: the list once it stops growing.
    let fetched: string[] = [];
    while (fetched.join() !== storyRequests().join()) {
      fetched = storyRequests();
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(new Set(fetched).size, 'each module once').to.equal(fetched.length);
    // A second comparison with scroll-reveal reuses it.
    const second = await compare({'scroll-reveal': ''});
    await second.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(storyRequests()).to.deep.equal(fetched);
  });
});

describe('<before-after scroll-reveal>', () => {
  for (const path of ['engine', 'fallback'] as const)
    describe(
      path === 'engine'
        ? 'as the engine draws it (scroll-driven where it can)'
        : 'through the fallback (ViewTimeline taken away)',
      () => {
        let restore: () => unknown = () => undefined;
        beforeEach(() => {
          restore = path === 'fallback' ? withoutViewTimeline() : () => 0;
        });
        afterEach(() => restore());

        it('draws the divider where the scroll puts it at five positions, down then up, firing nothing', async () => {
          const el = await story();
          const fired = await expectEvents(el, async () => {
            for (const [fraction, nominal] of [
              ...DOWN,
              ...[...DOWN].reverse(),
            ]) {
              await scrollTo(el, fraction);
              const drawn = drawnAt(el);
              const what = `centre at ${fraction} of the viewport`;
              expect(drawn, what).to.be.closeTo(nominal, 3);
              expect(drawn, `${what} (measured)`).to.be.closeTo(
                sweepHere(el),
                3
              );
            }
          });
          expect(fired).to.deep.equal([]);
        });

        it('sweeps across the scrolling box it sits in, not the window', async () => {
          const box = document.createElement('div');
          box.style.cssText = 'height:400px;width:360px;overflow-y:auto';
          const el = document.createElement('before-after');
          el.scrollReveal = true;
          el.append(image('before', BEFORE), image('after', AFTER));
          box.append(spacer(), el, spacer());
          document.body.prepend(box);
          extras.push(box);
          await el.updateComplete;
          await settled(...el.querySelectorAll('img'));
          await storyReady(el);
          const fired = await expectEvents(el, async () => {
            for (const [fraction, nominal] of [
              ...DOWN,
              ...[...DOWN].reverse(),
            ]) {
              const at = el.getBoundingClientRect();
              const view = box.getBoundingClientRect();
              box.scrollTop +=
                at.top + at.height / 2 - view.top - fraction * box.clientHeight;
              await frames(3);
              expect(
                drawnAt(el),
                `centre at ${fraction} of the box`
              ).to.be.closeTo(nominal, 3);
            }
          });
          expect(fired).to.deep.equal([]);
        });

        it('on a page opened already scrolled into the sweep, says where the divider is drawn before any scroll', async () => {
          const el = await article();
          await scrollTo(el, 0.3);
          const fired = await expectEvents(el, async () => {
            el.scrollReveal = true;
            await storyReady(el);
            await until(
              () => Math.abs(el.value - 10) < 3,
              'the value to follow the drawn divider'
            );
          });
          expect(drawnAt(el), 'drawn').to.be.closeTo(10, 3);
          expect(el.value, 'value').to.be.closeTo(drawnAt(el), 0.5);
          expect(
            Number(handle(el).getAttribute('aria-valuenow')),
            'aria-valuenow'
          ).to.be.closeTo(drawnAt(el), 0.5);
          expect(fired).to.deep.equal([]);
        });

        it('draws the story bubbles as part story-note, in sweep order, hidden from assistive technology', async () => {
          const el = await story({}, {notes: NOTES});
          await scrollTo(el, 0.6);
          const bubbles = [
            ...el.shadowRoot!.querySelectorAll<HTMLElement>(
              '[part~="story-note"]'
            ),
          ];
          expect(
            bubbles.map((b) => [
              b.classList.contains('bubble'),
              b.closest('[aria-hidden="true"]') !== null,
              b.textContent!.trim(),
            ])
          ).to.deep.equal([
            [true, true, 'The first stop.'],
            [true, true, 'The second stop.'],
          ]);
        });

        it('holds at each note’s value over its share and tells each note only during its hold', async () => {
          const el = await story({}, {notes: NOTES});
          const {holds, valueAt} = storyFor([70, 30]);
          const bubbles = told(el);
          expect(bubbles, 'one told bubble per held note').to.have.length(2);
          expect(bubbles[0]!.textContent, 'sweep order').to.contain(
            'The first stop.'
          );
          expect(bubbles[1]!.textContent, 'sweep order').to.contain(
            'The second stop.'
          );
          for (const bubble of bubbles)
            expect(
              bubble.closest('[aria-hidden="true"]'),
              'a told bubble is hidden from assistive technology'
            ).to.not.equal(null);
          const opacities = () => told(el).map(opacityOf);
          const real = () =>
            el.shadowRoot!.querySelector<HTMLElement>('[part~="note"]');

          for (const [i, [from, to]] of holds.entries()) {
            const held = [70, 30][i]!;
            const drawn: number[] = [];
            for (const share of [0.2, 0.8]) {
              await scrollTo(el, fractionFor(from + (to - from) * share));
              drawn.push(drawnAt(el));
            }
            expect(drawn[0], `hold ${i + 1} early`).to.be.closeTo(held, 3);
            expect(drawn[1], `hold ${i + 1} late`).to.be.closeTo(held, 3);
            expect(
              Math.abs(drawn[0]! - drawn[1]!),
              `hold ${i + 1} holds (drawn ${drawn})`
            ).to.be.at.most(0.5);

            await scrollTo(el, fractionFor((from + to) / 2));
            const shown = opacities();
            expect(shown[i], `bubble ${i + 1} mid-hold`).to.be.above(0.9);
            expect(
              shown[1 - i],
              `bubble ${2 - i} during hold ${i + 1}`
            ).to.equal(0);
          }
          // Outside the holds: before the first, between them, after the last.
          for (const p of [0.05, (holds[0]![1] + holds[1]![0]) / 2, 0.95]) {
            await scrollTo(el, fractionFor(p));
            expect(opacities(), `bubbles at progress ${p}`).to.deep.equal([
              0, 0,
            ]);
            expect(drawnAt(el), `divider at progress ${p}`).to.be.closeTo(
              valueAt(progressAt(centreAt(el))),
              3
            );
          }
          const note = real();
          expect(
            note === null || opacityOf(note) === 0,
            'the real note bubble stays closed'
          ).to.be.true;
          expect(notesOf(el).map((n) => n.open)).to.deep.equal([false, false]);
        });

        it('settles value, aria-valuenow and the value text on the drawn position, firing nothing', async () => {
          const el = await story();
          const fired = await expectEvents(el, async () => {
            for (const fraction of [0.62, 0.4, 0.8, 0.55]) {
              await scrollAndSettle(el, fraction);
              const drawn = drawnAt(el);
              const what = `settled with the centre at ${fraction}`;
              expect(drawn, what).to.be.closeTo(sweepHere(el), 3);
              expect(el.value, `${what}: value`).to.be.closeTo(drawn, 1);
              const now = handle(el).getAttribute('aria-valuenow');
              expect(Number(now), `${what}: aria-valuenow`).to.be.closeTo(
                drawn,
                1
              );
              expect(now, `${what}: aria-valuenow is the value`).to.equal(
                String(el.value)
              );
              expect(spokenPercent(el), `${what}: value text`).to.be.closeTo(
                drawn,
                1
              );
            }
          });
          expect(fired).to.deep.equal([]);
        });

        describe('the reader takes over', () => {
          it('with a mouse drag on the handle: it starts where drawn, and the scroll moves it no more', async () => {
            const el = await story();
            await scrollTo(el, 0.6);
            const at = drawnAt(el);
            expect(at, 'before the press').to.be.closeTo(70, 3);
            const [x, y] = centreOf(handle(el));
            await sendMouse({type: 'move', position: [x, y]});
            await sendMouse({type: 'down'});
            await frames(2);
            expect(drawnAt(el), 'pressed').to.be.closeTo(at, 0.5);
            expect(el.value, 'value when pressed').to.be.closeTo(at, 0.5);
            for (const f of [0.25, 0.5, 0.75, 1])
              await sendMouse({
                type: 'move',
                position: [Math.round(x + 64 * f), y],
              });
            await sendMouse({type: 'up'});
            await frames(2);
            const moved = drawnAt(el);
            expect(moved, 'dragged 64 px, a tenth').to.be.closeTo(at + 10, 1);
            expect(el.value).to.be.closeTo(moved, 0.5);
            await expectUnlinked(el, moved);
          });

          it('with a key: the divider moves one step from where it was drawn', async () => {
            const el = await story();
            await scrollTo(el, 0.6);
            const at = drawnAt(el);
            expect(at, 'before the key').to.be.closeTo(70, 3);
            handle(el).focus({preventScroll: true});
            await sendKeys({press: 'ArrowLeft'});
            await el.updateComplete;
            await frames(2);
            const moved = drawnAt(el);
            expect(moved, 'one step down').to.be.closeTo(at - 1, 0.5);
            expect(el.value).to.be.closeTo(moved, 0.5);
            expect(handle(el).getAttribute('aria-valuenow')).to.equal(
              String(el.value)
            );
            await expectUnlinked(el, moved);
          });

          it('by pressing a note’s marker (a note without a value): the divider stays where it was drawn', async () => {
            const el = await story(
              {},
              {notes: [{x: '20', y: '50', text: 'A note without a value.'}]}
            );
            await scrollTo(el, 0.6);
            const at = drawnAt(el);
            expect(at, 'before the press').to.be.closeTo(70, 3);
            await sendMouse({
              type: 'move',
              position: centreOf(markers(el)[0]!),
            });
            await sendMouse({type: 'down'});
            await sendMouse({type: 'up'});
            await el.updateComplete;
            await frames(2);
            expect(notesOf(el)[0]!.open, 'the note opened').to.be.true;
            expect(drawnAt(el), 'opened').to.be.closeTo(at, 0.5);
            await expectUnlinked(el, at);
          });

          it('by note.show(): the divider stays where it was drawn', async () => {
            const el = await story(
              {},
              {notes: [{x: '20', y: '50', text: 'A note without a value.'}]}
            );
            await scrollTo(el, 0.4);
            const at = drawnAt(el);
            expect(at, 'before show()').to.be.closeTo(30, 3);
            notesOf(el)[0]!.show();
            await el.updateComplete;
            await frames(2);
            expect(notesOf(el)[0]!.open, 'the note opened').to.be.true;
            expect(drawnAt(el), 'opened').to.be.closeTo(at, 0.5);
            await expectUnlinked(el, at);
          });

          it('by pressing the marker of a note with a value: it goes to that value, as without scroll-reveal, and stays', async () => {
            const el = await story(
              {},
              {notes: [{x: '20', y: '50', value: '25', text: 'Held at 25.'}]}
            );
            await scrollTo(el, 0.6);
            const {valueAt} = storyFor([25]);
            expect(drawnAt(el), 'before the press').to.be.closeTo(
              valueAt(progressAt(centreAt(el))),
              3
            );
            await sendMouse({
              type: 'move',
              position: centreOf(markers(el)[0]!),
            });
            await sendMouse({type: 'down'});
            await sendMouse({type: 'up'});
            await el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 450));
            expect(notesOf(el)[0]!.open, 'the note opened').to.be.true;
            expect(el.value).to.equal(25);
            expect(drawnAt(el)).to.be.closeTo(25, 0.3);
            await expectUnlinked(el, 25);
          });
        });
      }
    );

  /** Does this engine draw the story scroll-driven (the contract's test for the native path)? */
  const native = () =>
    'ViewTimeline' in window && CSS.supports('animation-timeline: view()');

  it('adds no scroll, wheel or touchmove listener, from creation through scrolling', async function () {
    // Engine exception, Chromium only: Firefox draws through the fallback,
    // whose passive scroll listener is its contract (tested below); WebKit has
    // no `scrollend`, and the contract settles it 150 ms after the last
    // scroll, which takes a scroll listener.
    if (engine !== 'chromium') this.skip();
    expect(native(), 'Chromium has scroll-driven animations').to.be.true;
    const spy = spyOnListeners();
    try {
      const el = await story({}, {notes: NOTES});
      for (const [fraction] of [...DOWN, ...[...DOWN].reverse()])
        await scrollCentreTo(el, fraction);
      await scrollAndSettle(el, 0.6);
    } finally {
      spy.restore();
    }
    expect(spy.added.length, 'the spy saw the element’s listeners').to.be.above(
      0
    );
    const forbidden = spy.added.filter(({type}) =>
      ['scroll', 'wheel', 'touchmove'].includes(type)
    );
    expect(forbidden, 'scroll, wheel and touchmove listeners').to.deep.equal(
      []
    );
  });

  it('runs its moving parts and told bubbles on a ViewTimeline', async function () {
    // Engine exception: Firefox has no ViewTimeline (nor WebKit before
    // scroll-driven animations); it draws through the fallback. Chromium must.
    if (!native() && engine !== 'chromium') this.skip();
    expect(native(), 'scroll-driven animations').to.be.true;
    const el = await story({}, {notes: NOTES});
    await scrollTo(el, 0.6);
    const ViewTimeline = (window as unknown as {ViewTimeline: typeof Object})
      .ViewTimeline;
    const animations = el.shadowRoot!.getAnimations();
    const root = el.shadowRoot!;
    const moving = [
      '.before',
      '.before > .picture',
      '.mover',
      '.handle',
      '[part~="story-note"]',
    ].flatMap((selector) =>
      [...root.querySelectorAll(selector)].map(
        (element) => [selector, element] as const
      )
    );
    expect(moving.length, 'moving parts found').to.be.at.least(6);
    for (const [selector, element] of moving) {
      const own = animations.filter(
        (a) => (a.effect as KeyframeEffect | null)?.target === element
      );
      expect(own, `${selector}'s animations`).to.not.be.empty;
      for (const animation of own)
        expect(
          animation.timeline instanceof ViewTimeline,
          `${selector}'s animation on a ViewTimeline (it is on ${animation.timeline?.constructor.name})`
        ).to.be.true;
    }
  });

  it('does not move the divider from `value`, nor tell a note, under prefers-reduced-motion', async function () {
    // Engine exception: only Chromium's driver can emulate media features.
    if (!(await emulateMediaFeatures({'prefers-reduced-motion': 'reduce'})))
      this.skip();
    try {
      const el = await article(
        {'scroll-reveal': '', value: '40'},
        {notes: NOTES}
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const fired = await expectEvents(el, async () => {
        for (const [fraction] of [...DOWN, ...[...DOWN].reverse()]) {
          await scrollTo(el, fraction);
          expect(drawnAt(el), `centre at ${fraction}`).to.be.closeTo(40, 0.3);
          expect(
            told(el).filter((bubble) => opacityOf(bubble) > 0),
            `told bubbles shown, centre at ${fraction}`
          ).to.deep.equal([]);
        }
        await scrollAndSettle(el, 0.5);
      });
      expect(el.value).to.equal(40);
      expect(handle(el).getAttribute('aria-valuenow')).to.equal('40');
      expect(notesOf(el).map((n) => n.open)).to.deep.equal([false, false]);
      expect(fired).to.deep.equal([]);
    } finally {
      await emulateMediaFeatures({'prefers-reduced-motion': 'no-preference'});
    }
  });

  it('has the fallback listen to scroll only while near the viewport', async () => {
    // Forced in every engine; in Firefox this is the real path.
    const restore = withoutViewTimeline();
    const tracker = trackListeners();
    const live = () => tracker.live('window:scroll');
    try {
      const el = await article({'scroll-reveal': ''}, {spacer: '500vh'});
      await storyReady(el);
      // At the top of the page the comparison is four screens below.
      expect(live(), 'far below at first').to.equal(0);
      await scrollCentreTo(el, 0.5);
      await until(() => live() === 1, 'the scroll listener when near');
      await frames(2);
      expect(drawnAt(el), 'near: drawn by the fallback').to.be.closeTo(
        sweepHere(el),
        3
      );
      for (const fraction of [0.8, 0.3, 0.6]) {
        await scrollTo(el, fraction);
        expect(live(), `one listener, centre at ${fraction}`).to.equal(1);
        expect(drawnAt(el), `centre at ${fraction}`).to.be.closeTo(
          sweepHere(el),
          3
        );
      }
      // Far below again, then far above: more than two screens away.
      window.scrollTo({top: 0, behavior: 'instant'});
      await until(() => live() === 0, 'no scroll listener when far below');
      await scrollCentreTo(el, 0.5);
      await until(() => live() === 1, 'the scroll listener when near again');
      window.scrollTo({
        top: document.documentElement.scrollHeight,
        behavior: 'instant',
      });
      expect(centreAt(el), 'far above').to.be.below(-2);
      await until(() => live() === 0, 'no scroll listener when far above');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(live(), 'still none while far').to.equal(0);
    } finally {
      tracker.restore();
      restore();
    }
  });

  it('ignores `hint`: no nudge when the comparison comes into view', async () => {
    const el = await story({hint: ''});
    const fired = await expectEvents(el, async () => {
      await scrollCentreTo(el, 0.5);
      const expected = sweepHere(el);
      let far = 0;
      const start = performance.now();
      while (performance.now() - start < 1500) {
        far = Math.max(far, Math.abs(drawnAt(el) - expected));
        await frames(1);
      }
      expect(far, 'largest distance from the sweep’s value').to.be.below(1);
    });
    expect(fired).to.deep.equal([]);
  });

  describe('in a frame', () => {
    interface Sample {
      t: number;
      drawn: number;
      told: number[];
    }

    /** Puts a tall block above what comes next, so that a frame appended after it is out of view. */
    function spacerAbove(): void {
      const spacer = document.createElement('div');
      spacer.style.height = '150vh';
      document.body.append(spacer);
      extras.push(spacer);
    }

    /** Samples the frame's comparison each frame of this page until it rests at 0 for 500 ms, or `limit` ms. */
    async function watchSweep(el: BeforeAfter, limit: number) {
      const samples: Sample[] = [];
      const start = performance.now();
      let restingSince = Infinity;
      for (;;) {
        const t = performance.now() - start;
        const drawn = drawnAt(el);
        samples.push({t, drawn, told: told(el).map(opacityOf)});
        if (drawn < 0.5 && el.value === 0)
          restingSince = Math.min(restingSince, t);
        else restingSince = Infinity;
        if (t - restingSince > 500 || t > limit) break;
        await frames(1);
      }
      return samples;
    }

    /**
     * The longest stretch (in ms) over which the divider stands still (within
     * 0.3 of where the stretch began) within 3 of `value`: a hold there.
     */
    function dwell(samples: Sample[], value: number) {
      let best = {from: 0, to: -1, at: NaN};
      for (let i = 0; i < samples.length; i++) {
        const start = samples[i]!;
        if (Math.abs(start.drawn - value) > 3) continue;
        let j = i;
        while (
          j + 1 < samples.length &&
          Math.abs(samples[j + 1]!.drawn - start.drawn) <= 0.3
        )
          j++;
        if (samples[j]!.t - start.t > best.to - best.from)
          best = {from: start.t, to: samples[j]!.t, at: start.drawn};
      }
      return best;
    }

    async function expectStill(el: BeforeAfter, ms: number, what: string) {
      const first = drawnAt(el);
      const start = performance.now();
      while (performance.now() - start < ms) {
        expect(drawnAt(el), what).to.be.closeTo(first, 0.3);
        await frames(1);
      }
      return first;
    }

    it('plays the sweep once, in time, when the comparison comes into view, holding at its notes (a page of its own)', async function () {
      this.timeout(30000);
      spacerAbove();
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:640px;height:420px;border:0;display:block';
      const notes = NOTES.map(
        ({x, y, value, text}) =>
          `<before-after-note x="${x}" y="${y}" value="${value}">${text}</before-after-note>`
      ).join('');
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title>
        <style>html{overflow:hidden}body{margin:0}</style><script type="module" src="/src/define.ts"></script></head><body>
        <before-after scroll-reveal>
          <img slot="before" src="${BEFORE}" alt="before photo" width="1600" height="900">
          <img slot="after" src="${AFTER}" alt="after photo" width="1600" height="900">
          ${notes}
        </before-after></body></html>`;
      extras.push(frame);
      await appendFrame(frame);
      const win = frame.contentWindow!;
      watchFrame(win);
      await win.customElements.whenDefined('before-after');
      await win.customElements.whenDefined('before-after-note');
      const el = frame.contentDocument!.querySelector('before-after')!;
      await el.updateComplete;
      await Promise.all(
        [...el.querySelectorAll('img')].map((img) =>
          img.decode().catch(() => undefined)
        )
      );
      expect(frame.getBoundingClientRect().top, 'out of view').to.be.above(
        innerHeight
      );
      const fired = await expectEvents(el, async () => {
        // Once the story's code has arrived (until then, at `value`), out of view.
        await until(
          () => Math.abs(drawnAt(el) - 100) < 0.5,
          'drawn where the sweep starts'
        );
        await expectStill(el, 600, 'out of view: no sweep yet');
        frame.scrollIntoView({block: 'center', behavior: 'instant'});
        const samples = await watchSweep(el, 15000);
        const early = samples.filter((s) => s.t < 300).map((s) => s.drawn);
        expect(Math.max(...early), 'near 100 early').to.be.above(95);
        const at70 = dwell(samples, 70);
        const at30 = dwell(samples, 30);
        expect(
          at70.to - at70.from,
          `held near 70 (ms; at ${at70.at})`
        ).to.be.at.least(500);
        expect(
          at30.to - at30.from,
          `held near 30 (ms; at ${at30.at})`
        ).to.be.at.least(500);
        expect(at70.to, '70 before 30').to.be.below(at30.from);
        // Each bubble shows in its own hold only.
        const during = (d: {from: number; to: number}) =>
          samples.filter((s) => s.t >= d.from && s.t <= d.to);
        expect(
          Math.max(...during(at70).map((s) => s.told[0] ?? 0)),
          'the first note told during its hold'
        ).to.be.above(0.9);
        expect(
          Math.max(...during(at30).map((s) => s.told[1] ?? 0)),
          'the second note told during its hold'
        ).to.be.above(0.9);
        expect(
          Math.max(...during(at70).map((s) => s.told[1] ?? 0)),
          'the second note hidden during the first hold'
        ).to.equal(0);
        expect(
          Math.max(...during(at30).map((s) => s.told[0] ?? 0)),
          'the first note hidden during the second hold'
        ).to.equal(0);
        const last = samples.at(-1)!;
        expect(last.drawn, 'rests at 0').to.be.below(0.5);
        expect(
          last.told.filter((opacity) => opacity > 0),
          'no note told at rest'
        ).to.deep.equal([]);
        expect(el.value).to.equal(0);
        expect(handle(el).getAttribute('aria-valuenow')).to.equal('0');
        // Once: out of view and back, it stays at 0.
        window.scrollTo({top: 0, behavior: 'instant'});
        await new Promise((resolve) => setTimeout(resolve, 300));
        frame.scrollIntoView({block: 'center', behavior: 'instant'});
        expect(await expectStill(el, 1000, 'in view again')).to.be.below(0.5);
      });
      expect(fired).to.deep.equal([]);
    });

    it('plays once on the embed page with scroll-reveal=true, when at least half the comparison is in view', async function () {
      this.timeout(20000);
      spacerAbove();
      const {frame, doc} = await openEmbed(
        {...VALID, 'scroll-reveal': 'true'},
        {height: 600}
      );
      const el = doc.querySelector<BeforeAfter>('before-after')!;
      expect(el.hasAttribute('scroll-reveal'), 'the embed sets it').to.be.true;
      expect(frame.getBoundingClientRect().top, 'out of view').to.be.above(
        innerHeight
      );
      const fired = await expectEvents(el, async () => {
        // Once the story's code has arrived (until then, at `value`), out of view.
        await until(
          () => Math.abs(drawnAt(el) - 100) < 0.5,
          'drawn where the sweep starts'
        );
        await expectStill(el, 600, 'out of view: no sweep yet');
        // A quarter of the comparison in view: not yet.
        const box = () => {
          const inner = el.getBoundingClientRect();
          const outer = frame.getBoundingClientRect();
          return {top: outer.top + inner.top, height: inner.height};
        };
        const {top, height} = box();
        window.scrollTo({
          top: scrollY + top - (innerHeight - height / 4),
          behavior: 'instant',
        });
        await frames(2);
        expect(innerHeight - box().top, 'a quarter in view').to.be.closeTo(
          height / 4,
          2
        );
        await expectStill(el, 600, 'a quarter in view: no sweep yet');
        frame.scrollIntoView({block: 'center', behavior: 'instant'});
        const samples = await watchSweep(el, 10000);
        const early = samples.filter((s) => s.t < 300).map((s) => s.drawn);
        expect(Math.max(...early), 'near 100 early').to.be.above(95);
        // From the sweep's start (before it, the divider is at its value).
        const drawn = samples
          .map((s) => s.drawn)
          .filter((_, i, all) => all.slice(0, i + 1).some((d) => d > 95));
        expect(
          drawn.every((d, i) => i === 0 || d <= drawn[i - 1]! + 0.5),
          `one way, from 100 to 0 (${drawn.map(Math.round)})`
        ).to.be.true;
        expect(samples.at(-1)!.drawn, 'rests at 0').to.be.below(0.5);
        expect(el.value).to.equal(0);
        expect(handle(el).getAttribute('aria-valuenow')).to.equal('0');
        window.scrollTo({top: 0, behavior: 'instant'});
        await new Promise((resolve) => setTimeout(resolve, 300));
        frame.scrollIntoView({block: 'center', behavior: 'instant'});
        expect(await expectStill(el, 1000, 'in view again')).to.be.below(0.5);
      });
      expect(fired).to.deep.equal([]);
    });
  });
});
