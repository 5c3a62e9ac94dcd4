import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {BeforeAfter} from '../before-after.js';
import type {BeforeAfterNote} from '../before-after-note.js';
import {type Drawing, type Measures, drawing, handleStop} from './geometry.js';
import {bubbleAcross, bubbleTop} from './note-geometry.js';
import type {NotesController} from './notes-controller.js';
import {
  type Story,
  bubbleOpacity,
  keyPoints,
  progressAt,
  storyOf,
  valueAt,
} from './story-geometry.js';
import {storyStyles} from './story.styles.js';
import {MAX, clamp} from './value.js';

/** What the story needs from the comparison beyond its public surface. */
export interface StoryOptions {
  /** The elements a position moves, by the part of the drawing each takes. */
  parts(): Record<keyof Drawing, [HTMLElement, string]> | undefined;
  measures(): Measures;
  notes(): NotesController | undefined;
  /** Draws the divider again (at `at`, while the fallback draws it). */
  draw(): void;
}

type Host = ReactiveControllerHost & BeforeAfter;

/** A scroll that pauses this long has ended, where `scrollend` is missing. */
const SETTLE_MS = 150;
/** In a frame: the sweep, and each hold, played once over this long. */
const PLAY_MS = 2000;
/** Where `scrollend` is missing (Safari), a pause in the scroll stands for it. */
const scrollEnds = (): boolean => 'onscrollend' in window;
/** A one-sided marker fades over this much of the divider's travel as it passes. */
const MARKER_FADE = 0.5;

/**
 * The nearest ancestor that scrolls on the block axis (across shadow roots),
 * as a ViewTimeline finds it; null for the page's own scroll.
 */
function scrollerOf(element: Element): Element | null {
  const up = (node: Element): Element | null =>
    node.parentElement ??
    (node.getRootNode() as Partial<ShadowRoot>).host ??
    null;
  for (let node = up(element); node; node = up(node)) {
    if (node === document.body || node === document.documentElement) break;
    if (
      /auto|scroll/.test(getComputedStyle(node).overflowY) &&
      node.scrollHeight > node.clientHeight
    )
      return node;
  }
  return null;
}

/**
 * The scroll story, fetched only by a comparison with `scroll-reveal`. As the
 * reader scrolls the comparison through the viewport, the divider sweeps from
 * the `before` image to the `after` image and holds at each note that has a
 * value while its bubble shows. Where the browser has scroll-driven
 * animations, that is one set of keyframes per moving part on a ViewTimeline
 * and no script runs per scrolled frame; elsewhere a scroll listener, woken
 * only near the viewport, draws through the drag's path. In a frame the
 * page's scroll is out of reach: the sweep plays once when it comes into view.
 * The reader's first drag, key, note or zoom ends it.
 */
export class StoryController implements ReactiveController {
  /** Where the fallback last drew the divider; null when it has not. */
  at: number | null = null;
  private __story: Story = storyOf([]);
  private __told: BeforeAfterNote[] = [];
  private __bubbles: HTMLElement[] = [];
  private __animations: Animation[] = [];
  private __subject?: HTMLElement;
  private __layer?: HTMLElement;
  /** Until the reader takes over, for this page view. */
  private __linked = true;
  private __on = false;
  private __building = false;
  private __near?: IntersectionObserver;
  private __listening = false;
  /** No view timeline: the scroll listener draws. */
  private __fallback = false;
  /** The box the fallback's sweep crosses; null for the window. */
  private __scroller: Element | null = null;
  private __frame = 0;
  private __settleTimer = 0;
  private readonly __motion = matchMedia('(prefers-reduced-motion: reduce)');
  private readonly __opened = new MutationObserver((records) => {
    if (
      records.some((record) => (record.target as Element).hasAttribute('open'))
    )
      this.end();
  });

  constructor(
    private readonly __host: Host,
    private readonly __options: StoryOptions
  ) {
    const root = __host.shadowRoot;
    const sheet = storyStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    __host.addController(this);
    if (__host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    const host = this.__host;
    host.addEventListener('pointerdown', this.end, true);
    host.addEventListener('keydown', this.__handleKey, true);
    host.addEventListener('zoom', this.end);
    this.__opened.observe(host, {subtree: true, attributeFilter: ['open']});
    this.__motion.addEventListener('change', this.rebuild);
    addEventListener('scrollend', this.__settle, true);
    this.__on = false;
    this.hostUpdated();
  }

  hostDisconnected(): void {
    const host = this.__host;
    host.removeEventListener('pointerdown', this.end, true);
    host.removeEventListener('keydown', this.__handleKey, true);
    host.removeEventListener('zoom', this.end);
    this.__opened.disconnect();
    this.__motion.removeEventListener('change', this.rebuild);
    removeEventListener('scrollend', this.__settle, true);
    this.__stop();
  }

  /** `scroll-reveal` set or removed. */
  hostUpdated(): void {
    const on = this.__host.scrollReveal && this.__linked;
    if (on === this.__on) return;
    this.__on = on;
    if (on) this.rebuild();
    else this.__stop();
  }

  /** The box, the labels or the notes changed: the keyframes are made again, once, after the update. */
  rebuild = (): void => {
    if (!this.__on || this.__building) return;
    this.__building = true;
    void this.__host.updateComplete.then(() => {
      this.__building = false;
      if (this.__on) this.__build();
    });
  };

  /**
   * The reader took over: the divider stays where it is drawn, and is the
   * value from now on; the story does not come back in this page view.
   */
  end = (): void => {
    if (!this.__linked) return;
    const drawn = this.__drawn();
    this.__linked = false;
    this.__on = false;
    if (drawn !== null) this.__host.value = drawn;
    this.__stop();
  };

  private __build(): void {
    const parts = this.__options.parts();
    const track = this.__host.renderRoot.querySelector<HTMLElement>('.track');
    if (!parts || !track) return;
    this.__stop();
    // Reduced motion: no sweep; the divider stays at its value, the notes closed.
    if (this.__motion.matches) return;
    this.__told = [
      ...this.__host.querySelectorAll<BeforeAfterNote>(
        ':scope > before-after-note'
      ),
    ]
      .filter((note) => note.value !== null)
      // Sorting is stable: notes at one value are told in document order.
      .sort((a, b) => b.value! - a.value!);
    this.__story = storyOf(this.__told.map((note) => note.value!));
    this.__placeBubbles(track);
    if (window !== window.top) return this.__playWhenSeen();
    const timeline = this.__timeline();
    this.__fallback = !timeline;
    if (timeline) {
      this.__animate({
        timeline,
        rangeStart: 'cover 25%',
        rangeEnd: 'cover 75%',
      } as KeyframeAnimationOptions);
      // What assistive technology reads matches what is drawn from the start.
      this.__settle();
    }
    // A scroll listener only where one is needed (to draw, or where
    // `scrollend` is missing to see the scroll pause) and only while the
    // comparison is within a screen of the viewport.
    if (this.__fallback) this.__scroller = scrollerOf(this.__host);
    if (this.__fallback || !scrollEnds()) {
      this.__near = new IntersectionObserver(
        ([entry]) => this.__listen(!!entry?.isIntersecting),
        {rootMargin: '100% 0px'}
      );
      this.__near.observe(this.__host);
    }
  }

  /**
   * The comparison's centre crossing its scroll container's viewport, where
   * the browser has ViewTimeline; not when that container cannot scroll
   * (`overflow: hidden` on a wrapper, or on body beside html, makes one),
   * which would hold the sweep still.
   */
  private __timeline(): AnimationTimeline | null {
    if (!('ViewTimeline' in window)) return null;
    const subject = (this.__subject ??= document.createElement('div'));
    subject.className = 'story-subject';
    this.__host.shadowRoot!.append(subject);
    const timeline = new ViewTimeline({subject, axis: 'block'});
    const source = timeline.source as Element | null;
    const still =
      !!source &&
      source !== document.scrollingElement &&
      source.scrollHeight <= source.clientHeight;
    return still ? null : timeline;
  }

  /** Every moving part's keyframes over the story, exact at each point where a drawn value changes slope. */
  private __animate(options: KeyframeAnimationOptions): void {
    const parts = this.__options.parts()!;
    const measures = this.__options.measures();
    const vertical = this.__host.orientation === 'vertical';
    const story = this.__story;
    const sided = this.__options.notes()?.sided ?? [];
    const stop = handleStop(measures);
    const {beforeEnd, afterStart, fade} = measures.labels;
    const points = keyPoints(story, [
      stop,
      MAX - stop,
      beforeEnd,
      beforeEnd + fade,
      afterStart - fade,
      afterStart,
      ...sided.flatMap(({along}) => [
        along - MARKER_FADE,
        along,
        along + MARKER_FADE,
      ]),
    ]);
    const values = points.map((p) => valueAt(story, p));
    // In px: Firefox resolves container units in keyframes against another
    // box (the keyframes are made again when this one changes).
    const px = (style: string) =>
      style.replace(
        /(-?[\d.]+)cq[wh]/g,
        (_, n: string) => `${(Number(n) * measures.size) / MAX}px`
      );
    const drawn = values.map((value) => {
      const drawn = drawing(value, vertical, measures);
      return {...drawn, mover: px(drawn.mover), handle: px(drawn.handle)};
    });
    const tracks: [HTMLElement, string, (i: number) => string][] = [
      ...(Object.keys(drawn[0]!) as (keyof Drawing)[]).map(
        (key): [HTMLElement, string, (i: number) => string] => [
          ...parts[key],
          (i) => drawn[i]![key],
        ]
      ),
      ...this.__bubbles.map(
        (bubble, n): [HTMLElement, string, (i: number) => string] => [
          bubble,
          'opacity',
          (i) => String(bubbleOpacity(story, n, points[i]!)),
        ]
      ),
      // A marker on one image fades as the other image covers its point.
      ...sided.map(
        ({
          marker,
          side,
          along,
        }): [HTMLElement, string, (i: number) => string] => [
          marker,
          'opacity',
          (i) => {
            const past = (values[i]! - along) / MARKER_FADE;
            return String(clamp(side === 'before' ? past : -past, 0, 1));
          },
        ]
      ),
    ];
    this.__animations = tracks.map(([element, property, at]) =>
      element.animate(
        points.map((offset, i) => ({offset, [property]: at(i)})),
        {...options, fill: 'both', easing: 'linear'}
      )
    );
  }

  /** Told bubbles, one per note with a value, placed as the open note's bubble is. */
  private __placeBubbles(track: HTMLElement): void {
    const notes = this.__options.notes();
    this.__layer ??= document.createElement('div');
    this.__layer.className = 'told';
    this.__layer.setAttribute('aria-hidden', 'true');
    track.append(this.__layer);
    this.__bubbles = this.__told.map((note) => {
      const bubble = document.createElement('div');
      bubble.className = 'bubble';
      bubble.setAttribute('part', 'story-note');
      bubble.append(
        ...[...note.childNodes].map((node) => node.cloneNode(true))
      );
      return bubble;
    });
    this.__layer.replaceChildren(...this.__bubbles);
    const box = {width: track.clientWidth, height: track.clientHeight};
    this.__bubbles.forEach((bubble, i) => {
      const place = notes?.placeOf(this.__told[i]!) ?? {
        left: box.width / 2,
        top: box.height / 2,
      };
      Object.assign(bubble.style, bubbleAcross(place, box));
      bubble.style.top = `${bubbleTop(place, box, bubble.offsetHeight)}px`;
    });
  }

  private __listen(on: boolean): void {
    if (on === this.__listening) return;
    this.__listening = on;
    if (on) {
      addEventListener('scroll', this.__handleScroll, true);
      // Opened already scrolled into the sweep: the value says where it is drawn.
      if (this.__fallback) {
        this.__drawScrolled();
        this.__settle();
      }
    } else {
      removeEventListener('scroll', this.__handleScroll, true);
      cancelAnimationFrame(this.__frame);
      this.__frame = 0;
    }
  }

  private __handleScroll = (): void => {
    if (this.__fallback)
      this.__frame ||= requestAnimationFrame(this.__drawScrolled);
    if (!scrollEnds()) {
      clearTimeout(this.__settleTimer);
      this.__settleTimer = window.setTimeout(this.__settle, SETTLE_MS);
    }
  };

  /** The fallback's frame: the divider drawn as a drag draws it, and the bubbles' opacity. */
  private __drawScrolled = (): void => {
    this.__frame = 0;
    const p = this.__scrolled();
    this.at = valueAt(this.__story, p);
    this.__bubbles.forEach((bubble, i) => {
      bubble.style.opacity = String(bubbleOpacity(this.__story, i, p));
    });
    this.__options.draw();
  };

  /** Progress from where the comparison is in its scroller's view. */
  private __scrolled(): number {
    const {top, height} = this.__host.getBoundingClientRect();
    const scroller = this.__scroller;
    const view = scroller
      ? scroller.getBoundingClientRect().top + scroller.clientTop
      : 0;
    return progressAt(
      top + height / 2 - view,
      scroller ? scroller.clientHeight : innerHeight
    );
  }

  /**
   * In a frame, the sweep plays once when at least half the comparison is
   * in view; until then it is drawn where the sweep starts.
   */
  private __playWhenSeen(): void {
    this.__animate({duration: PLAY_MS * (1 + this.__told.length)});
    for (const animation of this.__animations) animation.pause();
    this.__settle();
    this.__near = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting) return;
        this.__near?.disconnect();
        for (const animation of this.__animations) animation.play();
        void this.__animations[0]?.finished.then(this.end, () => {});
      },
      {threshold: 0.5}
    );
    this.__near.observe(this.__host);
  }

  /** Where the story draws the divider now; null when it draws nothing. */
  private __drawn(): number | null {
    const animation = this.__animations[0];
    if (!animation) return this.at;
    // None yet on a timeline that has not ticked since the animation began.
    const progress = animation.effect?.getComputedTiming().progress;
    return progress == null ? null : valueAt(this.__story, progress);
  }

  /** The scroll came to rest: the value, and what it says, match what is drawn. No event: the reader moved the page, not the divider. */
  private __settle = (): void => this.__settleIn(3);

  // In the next frame: a scroll timeline catches up with the scroll there
  // (one just made may take a frame or two more to tick).
  private __settleIn(frames: number): void {
    requestAnimationFrame(() => {
      const drawn = this.__on ? this.__drawn() : null;
      if (drawn !== null) this.__host.value = drawn;
      else if (this.__on && frames > 1) this.__settleIn(frames - 1);
    });
  }

  /** Any key but moving focus on or modifiers is the reader's. */
  private __handleKey = (event: KeyboardEvent): void => {
    if (!/^(Tab|Shift|Control|Alt|Meta)$/.test(event.key)) this.end();
  };

  /** Nothing of the story drawn or listening: the divider is drawn at its value. */
  private __stop(): void {
    for (const animation of this.__animations) animation.cancel();
    this.__animations = [];
    this.__near?.disconnect();
    this.__near = undefined;
    this.__listen(false);
    clearTimeout(this.__settleTimer);
    this.__layer?.remove();
    this.__subject?.remove();
    this.__bubbles = [];
    if (this.at !== null) {
      this.at = null;
      this.__options.draw();
    }
  }
}
