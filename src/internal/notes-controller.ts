import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import {
  type BeforeAfterNote,
  comparisons,
  formatNumber,
  marked,
  pendingShows,
} from '../before-after-note.js';
import type {BeforeAfter} from '../before-after.js';
import {isRtl} from './geometry.js';
import {
  type BoxPoint,
  imageOf,
  imagePointInBox,
  naturalSize,
  type Size,
} from './image-point.js';
import {alongAxis, bubbleAcross, bubbleTop, covered} from './note-geometry.js';
import {notesStyles} from './notes.styles.js';
import type {StringsController} from './strings-controller.js';
import type {View} from './zoom-geometry.js';
import {inTurn} from './turns.js';

/** What the controller needs from the comparison beyond its public properties. */
export interface NotesOptions {
  words: StringsController;
  /** A reader's move of the divider to `value` (fires `input`, then `change`). */
  move(value: number): void;
  /** Draws the position again (the glide's offset changed). */
  draw(): void;
  /** A reader's zoom to `level` about the box point (`x`, `y`), fractions of the box; nothing unless the comparison zooms. */
  zoom(level: number, x: number, y: number): void;
  /** The markers were placed again: what follows them (the scroll story) follows. */
  placed(): void;
}

type Host = ReactiveControllerHost & BeforeAfter;

/** A marker's place: px in the box, and percent along the divider's axis from the inline-start (or top) edge. */
export interface Place extends BoxPoint {
  along: number;
}

const GLIDE_MS = 300;

/**
 * The comparison's notes: a numbered marker on each note's point of the
 * image (mapped through the box's real `object-fit` and `object-position`),
 * and a bubble that shows the open note beside its marker. Markers are
 * placed once per resize; during a drag a marker shown on one image only is
 * hidden or shown as the divider passes it, a class written on crossing and
 * nothing else.
 */
export class NotesController implements ReactiveController {
  /** Percent the divider is drawn away from the value while it glides to an opened note's value. */
  offset = 0;
  private __notes: BeforeAfterNote[] = [];
  private __places: (Place | null)[] = [];
  /** The same, where the zoomed view draws them. */
  private __shownPlaces: (Place | null)[] = [];
  private __view: View = {scale: 1, x: 0.5, y: 0.5};
  private __at = 0;
  /** Where the bubble was last placed from: a pan or pinch move only translates it by as much as its point moved. */
  private __bubbleFrom?: Place;
  private __covered: boolean[] = [];
  /** Each note's marker, if it has one: found after each render, for the drag frames. */
  private __markerElements: (HTMLElement | undefined)[] = [];
  private __open: BeforeAfterNote | null = null;
  private __content: Node[] = [];
  private __frame = 0;
  private __box: Size = {width: 0, height: 0};
  private __rtl = false;
  private __bubbleAt = '';
  /** A note opened by the reader, whose marker takes focus once it is placed. */
  private __focusNext: BeforeAfterNote | null = null;
  /** A note opened with a zoom before its marker was placed. */
  private __zoomNext: BeforeAfterNote | null = null;
  private __stale = false;
  private __resizeObserver?: ResizeObserver;
  private readonly __mutationObserver = new MutationObserver(() =>
    this.changed()
  );

  constructor(
    private readonly __host: Host,
    private readonly __options: NotesOptions
  ) {
    const root = __host.shadowRoot;
    const sheet = notesStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    __host.addController(this);
    __host.requestUpdate();
    // Constructed in a turn (turns.ts), never within an update: the markers
    // draw now, in the turn's budget, not in a microtask after it, where a
    // page of many comparisons would redraw them all in one long task.
    this.__updateNow();
  }

  hostConnected(): void {
    comparisons.set(this.__host, this);
    this.__read();
    // Notes added, removed or reworded; their own properties report through changed().
    this.__mutationObserver.observe(this.__host, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.__host.addEventListener('load', this.__handleLoad, true);
  }

  hostDisconnected(): void {
    comparisons.delete(this.__host);
    this.__mutationObserver.disconnect();
    this.__resizeObserver?.disconnect();
    this.__resizeObserver = undefined;
    this.__host.removeEventListener('load', this.__handleLoad, true);
    this.__close(false);
    this.__stopGlide();
  }

  hostUpdated(): void {
    const track = this.__track();
    // Once (observing again would report again): its first report measures.
    if (track && !this.__resizeObserver) {
      this.__resizeObserver = new ResizeObserver(this.__measureSoon);
      this.__resizeObserver.observe(track);
    }
    // A flip of direction moves which side each marker is on: measure after this update.
    if (isRtl(this.__host) !== this.__rtl) this.changed();
    this.__placeElements();
  }

  /** A note changed: read them all again and redraw, once for all the changes of a task. */
  changed = (): void => {
    if (this.__stale) return;
    this.__stale = true;
    queueMicrotask(() => {
      this.__stale = false;
      this.__read();
      this.__measureSoon();
    });
  };

  /** The box the markers were last placed in, in px. */
  get box(): Size {
    return this.__box;
  }

  /** Where a note's marker is drawn in the box (px, and percent along the divider's axis); null without one. */
  placeOf(note: BeforeAfterNote): Place | null {
    return this.__shownPlaces[this.__notes.indexOf(note)] ?? null;
  }

  /** The markers shown on one image only, each with its note's side and place along the axis. */
  get sided(): {
    marker: HTMLElement;
    side: 'before' | 'after';
    along: number;
  }[] {
    return this.__notes.flatMap((note, i) => {
      const marker = this.__markerElements[i];
      const place = this.__shownPlaces[i];
      return note.side !== 'both' && marker && place
        ? [{marker, side: note.side, along: place.along}]
        : [];
    });
  }

  /** Opens a note as a reader's press on its marker does. */
  show = (note: BeforeAfterNote): void => {
    if (!this.__notes.includes(note)) return;
    this.__setOpen(note);
    if (note.value !== null) {
      const from = this.__host.value + this.offset;
      this.__stopGlide();
      this.__options.move(note.value);
      this.__glide(from);
    }
    // Zoomed once its point is placed (now, or after the next measure).
    this.__zoomNext = note.zoom ? note : null;
    this.__zoomToNote();
    // Its marker takes focus once placed; a note without one leaves focus be.
    this.__focusNext = note;
    this.__host.requestUpdate();
  };

  private __zoomToNote(): void {
    const note = this.__zoomNext;
    const place = note && this.__places[this.__notes.indexOf(note)];
    const {width, height} = this.__box;
    if (!note?.zoom || !place || !width || !height) return;
    this.__zoomNext = null;
    this.__options.zoom(note.zoom, place.left / width, place.top / height);
  }

  /**
   * Draws what a position means for the markers: one shown on a single
   * image fades out while the other image covers its point, and a press
   * there drags the divider as on the image. Writes a class and an
   * attribute, neither of which restyles more than the marker or repaints
   * (pointer-events would: hit-testing regions are painted), and only on
   * crossing.
   */
  draw(value: number): void {
    this.__at = value;
    this.__notes.forEach((note, i) => {
      const place = this.__shownPlaces[i];
      const hidden = !!place && covered(note.side, place.along, value);
      if (hidden === !!this.__covered[i]) return;
      this.__covered[i] = hidden;
      const marker = this.__markerElements[i];
      marker?.classList.toggle('covered', hidden);
      marker?.toggleAttribute('data-no-drag', this.__ownsPress(note, i));
    });
  }

  /** A marker takes a press unless it is covered; the open note's always does (it shows). */
  private __ownsPress(note: BeforeAfterNote, i: number): boolean {
    return !this.__covered[i] || note === this.__open;
  }

  render() {
    const words = this.__options.words;
    const number = (note: BeforeAfterNote) =>
      formatNumber(words.lang, note.number);
    const located = (note: BeforeAfterNote) =>
      note.x !== null && note.y !== null;
    const marks = (side: 'before' | 'after') => html`
      <div class="marks ${side}-marks" aria-hidden="true">
        ${this.__notes.map((note) =>
          located(note) &&
          note.side !== (side === 'before' ? 'after' : 'before')
            ? html`<span class="mark">${number(note)}</span>`
            : nothing
        )}
      </div>
    `;
    return html`
      <div class="notes">
        ${this.__notes.map((note, i) =>
          located(note)
            ? html`<button
                type="button"
                class="marker ${note.side === 'both' ? '' : 'one-sided'} ${this.__covered[i] ? 'covered' : ''}"
                part="marker"
                ?data-no-drag=${this.__ownsPress(note, i)}
                @mousedown=${(event: Event) => {
                  // A press on a covered marker drags: it must not take focus, unseen.
                  if (!this.__ownsPress(note, i)) event.preventDefault();
                }}
                aria-label=${words.say('note', {
                  number: number(note),
                  text: text(note),
                })}
                aria-expanded=${note === this.__open}
                aria-controls="note"
                ?hidden=${!this.__places[i]}
                @click=${(event: MouseEvent) => this.__press(note, i, event)}
              >
                ${number(note)}
              </button>`
            : nothing
        )}
      </div>
      <div
        id="note"
        class="bubble"
        part="note"
        data-no-drag
        ?hidden=${!this.__open}
      >
        ${this.__content}
        <button
          type="button"
          class="close"
          part="note-close"
          aria-label=${words.say('closeNote')}
          @click=${() => this.__close(true)}
        >
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2 2l8 8M10 2l-8 8" />
          </svg>
        </button>
      </div>
      ${marks('before')} ${marks('after')}
    `;
  }

  /** The notes, numbered in document order, and which one is open. */
  private __read(): void {
    this.__notes = [
      ...this.__host.querySelectorAll<BeforeAfterNote>(
        ':scope > before-after-note'
      ),
    ];
    this.__notes.forEach((note, i) => (note.number = i + 1));
    const asked = this.__notes.find((note) => pendingShows.has(note));
    if (asked) {
      pendingShows.delete(asked);
      queueMicrotask(() => this.show(asked));
    }
    // One open at a time: a note opened since, by script, wins.
    const opened = this.__notes.filter((note) => note.open);
    const next = opened.find((note) => note !== this.__open) ?? opened[0];
    for (const note of opened) if (note !== next) note.open = false;
    if (next !== this.__open) {
      if (next) this.__listen(true);
      else this.__close(false);
      this.__open = next ?? null;
    }
    this.__content = this.__open
      ? [...this.__open.childNodes].map((node) => node.cloneNode(true))
      : [];
  }

  /**
   * Measures, and draws what it found, in turns (turns.ts), so that the
   * redraw counts in a turn's budget: a page of many comparisons with notes
   * redraws a few each task, not all of them in one.
   */
  private __measureSoon = (): void =>
    inTurn(this, () => {
      this.__measure();
      this.__updateNow();
    });

  /** Lit's own synchronous update (protected there). */
  private __updateNow(): void {
    (this.__host as unknown as {performUpdate(): void}).performUpdate();
  }

  /** Where each marker goes in the box; read once per resize, image load or change of a note. */
  private __measure(): void {
    const track = this.__track();
    if (!track) return;
    const box = {width: track.clientWidth, height: track.clientHeight};
    const rtl = isRtl(this.__host);
    const vertical = this.__host.orientation === 'vertical';
    const images = {
      before: imageOf(this.__host, 'before'),
      after: imageOf(this.__host, 'after'),
    };
    this.__box = box;
    this.__rtl = rtl;
    this.__places = this.__notes.map((note) => {
      if (note.x === null || note.y === null) return null;
      const image = images[note.side === 'after' ? 'after' : 'before'];
      const style = image && getComputedStyle(image);
      const point = imagePointInBox(note.x, note.y, naturalSize(image), box, {
        fit: style?.objectFit,
        position: style?.objectPosition,
      });
      return point && {...point, along: alongAxis(point, box, vertical, rtl)};
    });
    this.__shownPlaces = this.__places.map(this.__shown);
    this.__covered = [];
    this.__bubbleAt = '';
    this.__host.requestUpdate();
  }

  /**
   * The zoomed view moved: the markers follow their points, and the bubble
   * its marker (a translate during a pan or pinch, placed anew once it
   * settles); which side covers a marker may change.
   */
  follow(view: View, settled: boolean): void {
    this.__view = view;
    this.__shownPlaces = this.__places.map(this.__shown);
    this.__writeMarkers();
    this.draw(this.__at);
    const bubble = this.__bubble();
    const from = this.__bubbleFrom;
    const i = this.__open ? this.__notes.indexOf(this.__open) : -1;
    const shown = this.__shownPlaces[i];
    if (!bubble || !from || !shown) return;
    const to = this.__inBox(shown);
    if (settled) {
      bubble.style.translate = '';
      this.__placeBubble();
    } else {
      bubble.style.translate = `${to.left - from.left}px ${to.top - from.top}px`;
    }
  }

  /** Where the zoomed view draws a place of the unzoomed box. */
  private __shown = (place: Place | null): Place | null => {
    const {scale, x, y} = this.__view;
    if (!place || scale === 1) return place;
    const {width, height} = this.__box;
    const point = {
      left: width / 2 + scale * (place.left - x * width),
      top: height / 2 + scale * (place.top - y * height),
    };
    return {
      ...point,
      along: alongAxis(
        point,
        this.__box,
        this.__host.orientation === 'vertical',
        this.__rtl
      ),
    };
  };

  /** A zoomed point may leave the box; its bubble stays at the nearest edge, in view. */
  private __inBox(place: Place): Place {
    const {width, height} = this.__box;
    return {
      ...place,
      left: Math.min(width, Math.max(0, place.left)),
      top: Math.min(height, Math.max(0, place.top)),
    };
  }

  private __writeMarkers(): void {
    this.__shownPlaces.forEach((place, i) => {
      const marker = this.__markerElements[i];
      if (place && marker)
        marker.style.translate = `${place.left}px ${place.top}px`;
    });
  }

  private __bubble(): HTMLElement | null | undefined {
    return this.__host.shadowRoot?.querySelector<HTMLElement>('.bubble');
  }

  /** Writes the markers' places and the bubble's, through the CSSOM (a page's CSP may forbid style attributes). */
  private __placeElements(): void {
    this.__markerElements = this.__markers();
    this.__writeMarkers();
    const marks =
      this.__host.shadowRoot?.querySelectorAll<HTMLElement>('.marks');
    marks?.forEach((group) => {
      const side = group.classList.contains('before-marks')
        ? 'after'
        : 'before';
      const shown = this.__notes.filter(
        (note) => note.x !== null && note.y !== null && note.side !== side
      );
      group.querySelectorAll<HTMLElement>('.mark').forEach((mark, i) => {
        mark.style.left = `${shown[i]!.x}%`;
        mark.style.top = `${shown[i]!.y}%`;
      });
    });
    this.draw(this.__host.value + this.offset);
    // Each marker is drawn now: the server's (hydrated notes) can go.
    if (this.__box.width)
      for (const note of this.__notes)
        if (!marked.has(note)) {
          marked.add(note);
          // Only a note still showing the server's marker redraws (once).
          if (note.shadowRoot?.querySelector('.pin')) note.requestUpdate();
        }
    this.__placeBubble();
    this.__zoomToNote();
    this.__options.placed();
    // Its marker can take focus once the markers are placed; the whole
    // comparison comes into view (opened from the caption panel, say).
    const focus = this.__focusNext;
    if (focus && this.__box.width) {
      this.__focusNext = null;
      const marker = this.__marker(focus);
      if (marker && !marker.hidden) {
        this.__host.scrollIntoView({block: 'nearest'});
        marker.focus({preventScroll: true});
      }
    }
  }

  /** Beside its marker, on the side with more room, and inside the box (see note-geometry.ts). */
  private __placeBubble(): void {
    const i = this.__open ? this.__notes.indexOf(this.__open) : -1;
    // A note whose point is not shown (none, or cropped) opens in the middle.
    const {width, height} = this.__box;
    const shown = this.__shownPlaces[i];
    const place = shown
      ? this.__inBox(shown)
      : {left: width / 2, top: height / 2, along: 50};
    const bubble = this.__bubble();
    const key = i >= 0 ? `${i} ${place.left} ${place.top}` : '';
    if (!bubble || i < 0 || key === this.__bubbleAt) return;
    this.__bubbleAt = key;
    this.__bubbleFrom = place;
    bubble.style.translate = '';
    Object.assign(bubble.style, bubbleAcross(place, this.__box));
    const top = bubbleTop(place, this.__box, bubble.offsetHeight);
    bubble.style.top = `${top}px`;
  }

  private __track(): HTMLElement | null {
    return this.__host.renderRoot.querySelector('.track');
  }

  private __markers(): (HTMLElement | undefined)[] {
    const all = [
      ...(this.__host.shadowRoot?.querySelectorAll<HTMLElement>('.marker') ??
        []),
    ];
    // Notes without a point have no marker: index them by note.
    let next = 0;
    return this.__notes.map((note) =>
      note.x !== null && note.y !== null ? all[next++] : undefined
    );
  }

  private __marker(note: BeforeAfterNote): HTMLElement | undefined {
    return this.__markers()[this.__notes.indexOf(note)];
  }

  /**
   * The marker again closes its note. A covered marker is invisible to the
   * pointer (the press there drags the divider; some engines still send it
   * the click), but not to the keyboard (a key's click has no detail).
   */
  private __press(note: BeforeAfterNote, i: number, event: MouseEvent): void {
    if (note === this.__open) this.__close(true);
    else if (!this.__covered[i] || event.detail === 0) this.show(note);
  }

  private __setOpen(note: BeforeAfterNote | null): void {
    for (const each of this.__notes) each.open = each === note;
    this.__read();
    this.__host.requestUpdate();
  }

  /** Closes the open note; focus that was in the comparison goes back to its marker. */
  private __close(refocus: boolean): void {
    const note = this.__open;
    if (!note) return;
    this.__listen(false);
    this.__open = null;
    note.open = false;
    this.__content = [];
    this.__host.requestUpdate();
    // Focus in the note (its marker, the bubble's button) or nowhere goes back to the marker; focus the reader put elsewhere stays.
    const inner = this.__host.shadowRoot?.activeElement;
    const inNote =
      document.activeElement === document.body ||
      (document.activeElement === this.__host &&
        !!inner?.closest('.bubble, .marker'));
    if (refocus && inNote)
      void this.__host.updateComplete.then(() => this.__marker(note)?.focus());
  }

  private __listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('pointerdown', this.__handlePress, true);
    document[method]('keydown', this.__handleKey);
  }

  /** A press outside the open note and its marker closes it. */
  private __handlePress = (event: Event): void => {
    const path = event.composedPath();
    const inside = path.some(
      (target) =>
        target instanceof HTMLElement &&
        (target.classList.contains('bubble') ||
          target.classList.contains('marker'))
    );
    // Zoomed, a press on the images pans them: the note stays open.
    const track = this.__track();
    const panning =
      this.__host.zoomLevel > 1 &&
      !!track &&
      path.includes(track) &&
      !path.some((target) => (target as Element).classList?.contains('handle'));
    if (inside || panning) return;
    this.__close(false);
    // A press on the images is the slider's: it takes the focus a marker
    // had (the browser would leave it there, inside the same shadow root).
    if (path.includes(this.__host) && this.__host.shadowRoot?.activeElement)
      this.__host.renderRoot
        .querySelector<HTMLElement>('[role="slider"]')
        ?.focus({preventScroll: true});
  };

  private __handleKey = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape' || !this.__open) return;
    event.preventDefault();
    this.__close(true);
  };

  private __handleLoad = (event: Event): void => {
    if (event.target instanceof HTMLImageElement) this.__measure();
  };

  /** Draws the divider from where it was to the value it was just given, unless the reader prefers less motion. */
  private __glide(from: number): void {
    const to = this.__host.value;
    if (from === to || matchMedia('(prefers-reduced-motion: reduce)').matches)
      return;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      this.offset = (from - to) * (1 - t) ** 3;
      this.__frame = t < 1 ? requestAnimationFrame(frame) : 0;
      this.__options.draw();
    };
    this.offset = from - to;
    this.__frame = requestAnimationFrame(frame);
    // The reader takes over: the glide gives way.
    this.__host.addEventListener('input', this.__stopGlide, {once: true});
  }

  private __stopGlide = (): void => {
    cancelAnimationFrame(this.__frame);
    this.__frame = 0;
    if (this.offset === 0) return;
    this.offset = 0;
    this.__options.draw();
  };
}

/** A note's text, for its marker's name: its words, spaces collapsed. */
function text(note: BeforeAfterNote): string {
  return (note.textContent ?? '').replace(/\s+/g, ' ').trim();
}
