import type {BeforeAfter} from '../before-after.js';
import type {BoxController} from './box-controller.js';
import type {HintController, HintOptions} from './hint-controller.js';
import type {NotesController, NotesOptions} from './notes-controller.js';
import type {notesFor} from './notes.js';
import type {StoryController, StoryOptions} from './story-controller.js';
import type {StringsController} from './strings-controller.js';
import {inTurn} from './turns.js';
import type {ZoomController, ZoomOptions} from './zoom-controller.js';

export interface FeaturesOptions {
  words: StringsController;
  box: BoxController;
  /** A reader's whole move of the divider to `value` (fires `input`, then `change`). */
  move(value: number): void;
  cancelDrag(): void;
}

/**
 * The optional capabilities of a comparison: notes, zoom, the scroll story
 * and the hint. Each one's code is fetched the first time the comparison
 * needs it, so a page pays only for what it uses; all but the notes (which
 * a reader or a screen reader may meet anywhere) wait until it is near the
 * viewport.
 */
export class Features {
  __notes?: NotesController;
  __zoom?: ZoomController;
  __story?: StoryController;
  private __hint?: HintController;
  /** The reader took over: no hint now or later, even one still on its way. */
  private __hintCancelled = false;
  private __zoomLoading?: Promise<ZoomController>;

  /** What each feature's controller needs from the comparison: one object for all four. */
  private readonly __options: StoryOptions &
    NotesOptions &
    ZoomOptions &
    HintOptions;

  constructor(
    private readonly __host: BeforeAfter,
    options: FeaturesOptions
  ) {
    const {box} = options;
    this.__options = {
      ...options,
      parts: () => box.parts,
      measures: () => box.measures,
      draw: () => box.draw(),
      notes: () => this.__notes,
      zoom: (level, x, y) => {
        if (__host.zoom)
          void this.__zoomCode().then((zoom) => zoom.to(level, x, y, true));
      },
      placed: () => this.__story?.rebuild(),
      changed: (view, settled) => {
        // A hint never plays while zoomed.
        if (view.scale > 1) this.__cancelHint();
        this.__notes?.follow(view, settled);
      },
      wanted: () => __host.hint && !__host.scrollReveal,
      value: () => __host.value,
    };
  }

  /**
   * Where `value` is drawn: the story's place, or the value moved by the
   * hint's swing and a note's glide. The markers on one image follow it.
   */
  __at(value: number): number {
    const at =
      this.__story?.at ??
      value + (this.__hint?.offset || 0) + (this.__notes?.offset || 0);
    this.__notes?.draw(at);
    return at;
  }

  /** After an update: the notes' code if it has notes, and near the viewport what its attributes ask for. */
  __load(near: boolean): void {
    // Notes slotted in the server's markup send no slotchange.
    this.__handleNotes();
    if (!near) return;
    const host = this.__host;
    if (host.zoom) void this.__zoomCode();
    if (host.scrollReveal && !this.__story)
      void import('./story.js').then(({storyFor}) => {
        this.__story ??= storyFor(host, this.__options);
      });
    if (
      host.hint &&
      !host.scrollReveal &&
      !this.__hint &&
      !this.__hintCancelled
    )
      void import('./hint-controller.js').then(({HintController}) => {
        if (this.__hintCancelled) return;
        this.__hint ??= new HintController(host, this.__options);
      });
  }

  __cancelHint(): void {
    this.__hintCancelled = true;
    this.__hint?.cancel();
  }

  /** The first note fetches the notes' code. */
  __handleNotes = (): void => {
    const notes = !!this.__host.querySelector(':scope > before-after-note');
    if (!notes || this.__notes) return;
    void import('./notes.js').then(({notesFor}) =>
      inTurn(this.__handleNotes, () => this.__startNotes(notesFor))
    );
  };

  private __startNotes(start: typeof notesFor): void {
    this.__notes ??= start(this.__host, this.__options);
    if (this.__zoom) this.__notes.follow(this.__zoom.view, true);
  }

  /** The zoom's code, fetched the first time it is needed. */
  __zoomCode(): Promise<ZoomController> {
    this.__zoomLoading ??= import('./zoom.js').then(({zoomFor}) => {
      this.__zoom ??= zoomFor(this.__host, this.__options);
      return this.__zoom;
    });
    return this.__zoomLoading;
  }
}
