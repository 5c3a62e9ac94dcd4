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
  private _notes: BeforeAfterNote[] = [];
  private _places: (Place | null)[] = [];
  /** The same, where the zoomed view draws them. */
  private _shownPlaces: (Place | null)[] = [];
  private _view: View = {scale: 1, x: 0.5, y: 0.5};
  private _at = 0;
  /** Where the bubble was last placed from: a pan or pinch move only translates it by as much as its point moved. */
  private _bubbleFrom?: Place;
  private _covered: boolean[] = [];
  /** Each note's marker, if it has one: found after each render, for the drag frames. */
  private _markerElements: (HTMLElement | undefined)[] = [];
  private _open: BeforeAfterNote | null = null;
  private _content: Node[] = [];
  private _frame = 0;
  private _box: Size = {width: 0, height: 0};
  private _rtl = false;
  private _bubbleAt = '';
  /** A note opened by the reader, whose marker takes focus once it is placed. */
  private _focusNext: BeforeAfterNote | null = null;
  /** A note opened with a zoom before its marker was placed. */
  private _zoomNext: BeforeAfterNote | null = null;
  private _stale = false;
  private _resizeObserver?: ResizeObserver;
  private readonly _mutationObserver = new MutationObserver(() =>
    this.changed()
  );

  constructor(
    private readonly _host: Host,
    private readonly _options: NotesOptions
  ) {
    const root = _host.shadowRoot;
    const sheet = notesStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    _host.addController(this);
    _host.requestUpdate();
  }

  hostConnected(): void {
    comparisons.set(this._host, this);
    this._read();
    // Notes added, removed or reworded; their own properties report through changed().
    this._mutationObserver.observe(this._host, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this._host.addEventListener('load', this._handleLoad, true);
  }

  hostDisconnected(): void {
    comparisons.delete(this._host);
    this._mutationObserver.disconnect();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._host.removeEventListener('load', this._handleLoad, true);
    this._close(false);
    this._stopGlide();
  }

  hostUpdated(): void {
    const track = this._track();
    // Once (observing again would report again): its first report measures.
    if (track && !this._resizeObserver) {
      this._resizeObserver = new ResizeObserver(() => this._measure());
      this._resizeObserver.observe(track);
    }
    // A flip of direction moves which side each marker is on: measure after this update.
    if (isRtl(this._host) !== this._rtl) this.changed();
    this._placeElements();
  }

  /** A note changed: read them all again and redraw, once for all the changes of a task. */
  changed = (): void => {
    if (this._stale) return;
    this._stale = true;
    queueMicrotask(() => {
      this._stale = false;
      this._read();
      this._measure();
    });
  };

  /** The box the markers were last placed in, in px. */
  get box(): Size {
    return this._box;
  }

  /** Where a note's marker is drawn in the box (px, and percent along the divider's axis); null without one. */
  placeOf(note: BeforeAfterNote): Place | null {
    return this._shownPlaces[this._notes.indexOf(note)] ?? null;
  }

  /** The markers shown on one image only, each with its note's side and place along the axis. */
  get sided(): {
    marker: HTMLElement;
    side: 'before' | 'after';
    along: number;
  }[] {
    return this._notes.flatMap((note, i) => {
      const marker = this._markerElements[i];
      const place = this._shownPlaces[i];
      return note.side !== 'both' && marker && place
        ? [{marker, side: note.side, along: place.along}]
        : [];
    });
  }

  /** Opens a note as a reader's press on its marker does. */
  show = (note: BeforeAfterNote): void => {
    if (!this._notes.includes(note)) return;
    this._setOpen(note);
    if (note.value !== null) {
      const from = this._host.value + this.offset;
      this._stopGlide();
      this._options.move(note.value);
      this._glide(from);
    }
    // Zoomed once its point is placed (now, or after the next measure).
    this._zoomNext = note.zoom ? note : null;
    this._zoomToNote();
    // Its marker takes focus once placed; a note without one leaves focus be.
    this._focusNext = note;
    this._host.requestUpdate();
  };

  private _zoomToNote(): void {
    const note = this._zoomNext;
    const place = note && this._places[this._notes.indexOf(note)];
    const {width, height} = this._box;
    if (!note?.zoom || !place || !width || !height) return;
    this._zoomNext = null;
    this._options.zoom(note.zoom, place.left / width, place.top / height);
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
    this._at = value;
    this._notes.forEach((note, i) => {
      const place = this._shownPlaces[i];
      const hidden = !!place && covered(note.side, place.along, value);
      if (hidden === !!this._covered[i]) return;
      this._covered[i] = hidden;
      const marker = this._markerElements[i];
      marker?.classList.toggle('covered', hidden);
      marker?.toggleAttribute('data-no-drag', this._ownsPress(note, i));
    });
  }

  /** A marker takes a press unless it is covered; the open note's always does (it shows). */
  private _ownsPress(note: BeforeAfterNote, i: number): boolean {
    return !this._covered[i] || note === this._open;
  }

  render() {
    const words = this._options.words;
    const number = (note: BeforeAfterNote) =>
      formatNumber(words.lang, note.number);
    const located = (note: BeforeAfterNote) =>
      note.x !== null && note.y !== null;
    const marks = (side: 'before' | 'after') => html`
      <div class="marks ${side}-marks" aria-hidden="true">
        ${this._notes.map((note) =>
          located(note) &&
          note.side !== (side === 'before' ? 'after' : 'before')
            ? html`<span class="mark">${number(note)}</span>`
            : nothing
        )}
      </div>
    `;
    return html`
      <div class="notes">
        ${this._notes.map((note, i) =>
          located(note)
            ? html`<button
                type="button"
                class="marker ${note.side === 'both' ? '' : 'one-sided'} ${this._covered[i] ? 'covered' : ''}"
                part="marker"
                ?data-no-drag=${this._ownsPress(note, i)}
                @mousedown=${(event: Event) => {
                  // A press on a covered marker drags: it must not take focus, unseen.
                  if (!this._ownsPress(note, i)) event.preventDefault();
                }}
                aria-label=${words.say('note', {
                  number: number(note),
                  text: text(note),
                })}
                aria-expanded=${note === this._open}
                aria-controls="note"
                ?hidden=${!this._places[i]}
                @click=${(event: MouseEvent) => this._press(note, i, event)}
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
        ?hidden=${!this._open}
      >
        ${this._content}
        <button
          type="button"
          class="close"
          part="note-close"
          aria-label=${words.say('closeNote')}
          @click=${() => this._close(true)}
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
  private _read(): void {
    this._notes = [
      ...this._host.querySelectorAll<BeforeAfterNote>(
        ':scope > before-after-note'
      ),
    ];
    this._notes.forEach((note, i) => (note.number = i + 1));
    const asked = this._notes.find((note) => pendingShows.has(note));
    if (asked) {
      pendingShows.delete(asked);
      queueMicrotask(() => this.show(asked));
    }
    // One open at a time: a note opened since, by script, wins.
    const opened = this._notes.filter((note) => note.open);
    const next = opened.find((note) => note !== this._open) ?? opened[0];
    for (const note of opened) if (note !== next) note.open = false;
    if (next !== this._open) {
      if (next) this._listen(true);
      else this._close(false);
      this._open = next ?? null;
    }
    this._content = this._open
      ? [...this._open.childNodes].map((node) => node.cloneNode(true))
      : [];
  }

  /** Where each marker goes in the box; read once per resize, image load or change of a note. */
  private _measure(): void {
    const track = this._track();
    if (!track) return;
    const box = {width: track.clientWidth, height: track.clientHeight};
    const rtl = isRtl(this._host);
    const vertical = this._host.orientation === 'vertical';
    const images = {
      before: imageOf(this._host, 'before'),
      after: imageOf(this._host, 'after'),
    };
    this._box = box;
    this._rtl = rtl;
    this._places = this._notes.map((note) => {
      if (note.x === null || note.y === null) return null;
      const image = images[note.side === 'after' ? 'after' : 'before'];
      const style = image && getComputedStyle(image);
      const point = imagePointInBox(note.x, note.y, naturalSize(image), box, {
        fit: style?.objectFit,
        position: style?.objectPosition,
      });
      return point && {...point, along: alongAxis(point, box, vertical, rtl)};
    });
    this._shownPlaces = this._places.map(this._shown);
    this._covered = [];
    this._bubbleAt = '';
    this._host.requestUpdate();
  }

  /**
   * The zoomed view moved: the markers follow their points, and the bubble
   * its marker (a translate during a pan or pinch, placed anew once it
   * settles); which side covers a marker may change.
   */
  follow(view: View, settled: boolean): void {
    this._view = view;
    this._shownPlaces = this._places.map(this._shown);
    this._writeMarkers();
    this.draw(this._at);
    const bubble = this._bubble();
    const from = this._bubbleFrom;
    const i = this._open ? this._notes.indexOf(this._open) : -1;
    const shown = this._shownPlaces[i];
    if (!bubble || !from || !shown) return;
    const to = this._inBox(shown);
    if (settled) {
      bubble.style.translate = '';
      this._placeBubble();
    } else {
      bubble.style.translate = `${to.left - from.left}px ${to.top - from.top}px`;
    }
  }

  /** Where the zoomed view draws a place of the unzoomed box. */
  private _shown = (place: Place | null): Place | null => {
    const {scale, x, y} = this._view;
    if (!place || scale === 1) return place;
    const {width, height} = this._box;
    const point = {
      left: width / 2 + scale * (place.left - x * width),
      top: height / 2 + scale * (place.top - y * height),
    };
    return {
      ...point,
      along: alongAxis(
        point,
        this._box,
        this._host.orientation === 'vertical',
        this._rtl
      ),
    };
  };

  /** A zoomed point may leave the box; its bubble stays at the nearest edge, in view. */
  private _inBox(place: Place): Place {
    const {width, height} = this._box;
    return {
      ...place,
      left: Math.min(width, Math.max(0, place.left)),
      top: Math.min(height, Math.max(0, place.top)),
    };
  }

  private _writeMarkers(): void {
    this._shownPlaces.forEach((place, i) => {
      const marker = this._markerElements[i];
      if (place && marker)
        marker.style.translate = `${place.left}px ${place.top}px`;
    });
  }

  private _bubble(): HTMLElement | null | undefined {
    return this._host.shadowRoot?.querySelector<HTMLElement>('.bubble');
  }

  /** Writes the markers' places and the bubble's, through the CSSOM (a page's CSP may forbid style attributes). */
  private _placeElements(): void {
    this._markerElements = this._markers();
    this._writeMarkers();
    const marks =
      this._host.shadowRoot?.querySelectorAll<HTMLElement>('.marks');
    marks?.forEach((group) => {
      const side = group.classList.contains('before-marks')
        ? 'after'
        : 'before';
      const shown = this._notes.filter(
        (note) => note.x !== null && note.y !== null && note.side !== side
      );
      group.querySelectorAll<HTMLElement>('.mark').forEach((mark, i) => {
        mark.style.left = `${shown[i]!.x}%`;
        mark.style.top = `${shown[i]!.y}%`;
      });
    });
    this.draw(this._host.value + this.offset);
    // Each marker is drawn now: the server's (hydrated notes) can go.
    if (this._box.width)
      for (const note of this._notes)
        if (!marked.has(note)) {
          marked.add(note);
          // Only a note still showing the server's marker redraws (once).
          if (note.shadowRoot?.querySelector('.pin')) note.requestUpdate();
        }
    this._placeBubble();
    this._zoomToNote();
    this._options.placed();
    // Its marker can take focus once the markers are placed; the whole
    // comparison comes into view (opened from the caption panel, say).
    const focus = this._focusNext;
    if (focus && this._box.width) {
      this._focusNext = null;
      const marker = this._marker(focus);
      if (marker && !marker.hidden) {
        this._host.scrollIntoView({block: 'nearest'});
        marker.focus({preventScroll: true});
      }
    }
  }

  /** Beside its marker, on the side with more room, and inside the box (see note-geometry.ts). */
  private _placeBubble(): void {
    const i = this._open ? this._notes.indexOf(this._open) : -1;
    // A note whose point is not shown (none, or cropped) opens in the middle.
    const {width, height} = this._box;
    const shown = this._shownPlaces[i];
    const place = shown
      ? this._inBox(shown)
      : {left: width / 2, top: height / 2, along: 50};
    const bubble = this._bubble();
    const key = i >= 0 ? `${i} ${place.left} ${place.top}` : '';
    if (!bubble || i < 0 || key === this._bubbleAt) return;
    this._bubbleAt = key;
    this._bubbleFrom = place;
    bubble.style.translate = '';
    Object.assign(bubble.style, bubbleAcross(place, this._box));
    const top = bubbleTop(place, this._box, bubble.offsetHeight);
    bubble.style.top = `${top}px`;
  }

  private _track(): HTMLElement | null {
    return this._host.renderRoot.querySelector('.track');
  }

  private _markers(): (HTMLElement | undefined)[] {
    const all = [
      ...(this._host.shadowRoot?.querySelectorAll<HTMLElement>('.marker') ??
        []),
    ];
    // Notes without a point have no marker: index them by note.
    let next = 0;
    return this._notes.map((note) =>
      note.x !== null && note.y !== null ? all[next++] : undefined
    );
  }

  private _marker(note: BeforeAfterNote): HTMLElement | undefined {
    return this._markers()[this._notes.indexOf(note)];
  }

  /**
   * The marker again closes its note. A covered marker is invisible to the
   * pointer (the press there drags the divider; some engines still send it
   * the click), but not to the keyboard (a key's click has no detail).
   */
  private _press(note: BeforeAfterNote, i: number, event: MouseEvent): void {
    if (note === this._open) this._close(true);
    else if (!this._covered[i] || event.detail === 0) this.show(note);
  }

  private _setOpen(note: BeforeAfterNote | null): void {
    for (const each of this._notes) each.open = each === note;
    this._read();
    this._host.requestUpdate();
  }

  /** Closes the open note; focus that was in the comparison goes back to its marker. */
  private _close(refocus: boolean): void {
    const note = this._open;
    if (!note) return;
    this._listen(false);
    this._open = null;
    note.open = false;
    this._content = [];
    this._host.requestUpdate();
    // Focus in the note (its marker, the bubble's button) or nowhere goes back to the marker; focus the reader put elsewhere stays.
    const inner = this._host.shadowRoot?.activeElement;
    const inNote =
      document.activeElement === document.body ||
      (document.activeElement === this._host &&
        !!inner?.closest('.bubble, .marker'));
    if (refocus && inNote)
      void this._host.updateComplete.then(() => this._marker(note)?.focus());
  }

  private _listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('pointerdown', this._handlePress, true);
    document[method]('keydown', this._handleKey);
  }

  /** A press outside the open note and its marker closes it. */
  private _handlePress = (event: Event): void => {
    const path = event.composedPath();
    const inside = path.some(
      (target) =>
        target instanceof HTMLElement &&
        (target.classList.contains('bubble') ||
          target.classList.contains('marker'))
    );
    // Zoomed, a press on the images pans them: the note stays open.
    const track = this._track();
    const panning =
      this._host.zoomLevel > 1 &&
      !!track &&
      path.includes(track) &&
      !path.some((target) => (target as Element).classList?.contains('handle'));
    if (inside || panning) return;
    this._close(false);
    // A press on the images is the slider's: it takes the focus a marker
    // had (the browser would leave it there, inside the same shadow root).
    if (path.includes(this._host) && this._host.shadowRoot?.activeElement)
      this._host.renderRoot
        .querySelector<HTMLElement>('[role="slider"]')
        ?.focus({preventScroll: true});
  };

  private _handleKey = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape' || !this._open) return;
    event.preventDefault();
    this._close(true);
  };

  private _handleLoad = (event: Event): void => {
    if (event.target instanceof HTMLImageElement) this._measure();
  };

  /** Draws the divider from where it was to the value it was just given, unless the reader prefers less motion. */
  private _glide(from: number): void {
    const to = this._host.value;
    if (from === to || matchMedia('(prefers-reduced-motion: reduce)').matches)
      return;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / GLIDE_MS);
      this.offset = (from - to) * (1 - t) ** 3;
      this._frame = t < 1 ? requestAnimationFrame(frame) : 0;
      this._options.draw();
    };
    this.offset = from - to;
    this._frame = requestAnimationFrame(frame);
    // The reader takes over: the glide gives way.
    this._host.addEventListener('input', this._stopGlide, {once: true});
  }

  private _stopGlide = (): void => {
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    if (this.offset === 0) return;
    this.offset = 0;
    this._options.draw();
  };
}

/** A note's text, for its marker's name: its words, spaces collapsed. */
function text(note: BeforeAfterNote): string {
  return (note.textContent ?? '').replace(/\s+/g, ' ').trim();
}
