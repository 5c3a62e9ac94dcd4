import {LitElement, html, isServer, nothing} from 'lit';
import type {BeforeAfter} from './before-after.js';
import {styles} from './before-after-caption.styles.js';
import {StringsController} from './internal/strings-controller.js';
import type {Strings} from './strings.js';
import {IdRefController} from './internal/id-ref-controller.js';
import {unwatchNear, whenNear, whenScrolledTo} from './internal/near.js';
import {fromServer} from './internal/server-root.js';
import {cancelTurn, inTurn} from './internal/turns.js';

type Side = 'before' | 'after';

/**
 * The caption and credits of a `<before-after>` comparison, as a companion
 * panel that can sit beside it, below it, or anywhere on the page. It shows
 * each image's date (from the comparison's `before-label` and `after-label`),
 * its caption and credit, and a shared caption and credit, and emphasises the
 * date that covers more of the view as the reader drags. The text is light-DOM
 * markup, so it is in the page for search engines and for readers without
 * JavaScript. After the images' entries it lists the comparison's notes
 * (`<before-after-note>`), numbered as their markers; pressing one opens that
 * note in the comparison.
 *
 * On a page of many, panels draw themselves in turns, as the comparisons do,
 * and each sets the `rendered` attribute once it has drawn.
 *
 * @tagname before-after-caption
 * @summary Caption and credits panel for a `<before-after>` comparison.
 *
 * @slot - The shared caption.
 * @slot before-date - Optional: the `before` image's date as the page writes it (e.g. a `<time>`), shown in place of the comparison's `before-label`. It is in the page before the script runs and without JavaScript.
 * @slot before - Caption of the `before` image.
 * @slot before-credit - Credit of the `before` image.
 * @slot after-date - Optional: the `after` image's date, in place of `after-label`.
 * @slot after - Caption of the `after` image.
 * @slot after-credit - Credit of the `after` image.
 * @slot credit - A credit shared by both images.
 *
 * @csspart dates - The list of the two images.
 * @csspart item - Each image's entry; also `before`, `after`, and `dominant` for the one covering more of the view.
 * @csspart date - Each image's date.
 * @csspart caption - The shared caption.
 * @csspart credit - Every credit line.
 * @csspart note-list - The list of the comparison's notes, after the images' entries (only when it has notes).
 * @csspart note-item - Each note's entry: a button that opens the note in the comparison; also `current` while that note is open.
 * @csspart note-number - Each note's number, as its marker shows it.
 *
 * @cssprop --before-after-caption-accent - Colour of the emphasised date. Default `#b3261e`.
 * @cssprop --before-after-caption-muted - Colour of the credits. Default `#5f6368`.
 * @cssprop --before-after-caption-font-size - Default `0.875rem`.
 */
export class BeforeAfterCaption extends LitElement {
  static override styles = styles;
  // Not decorators: the same declarations in fewer bytes.
  static override properties = {
    htmlFor: {attribute: 'for'},
    strings: {attribute: false},
    __labels: {state: true},
    __dominant: {state: true},
    __announcement: {state: true},
    __ownDates: {state: true},
  };

  /**
   * The id of the `<before-after>` this panel belongs to, in the same document
   * or shadow root. Like `<label for>`, it follows the page: a comparison added
   * later, or an id that changes, is picked up. Without it, the panel takes the
   * nearest `<before-after>` before it among its siblings, or in its `<figure>`.
   */
  htmlFor = '';

  private __labels: Record<Side, string> = {before: '', after: ''};
  private __dominant: Side | '' = '';
  /**
   * The page's own wording for the panel's announcement (`mostly`: "Mostly
   * {date}"), which wins over the built-in languages. Assign a new object to
   * change it.
   */
  strings: Partial<Strings> = {};

  /** What the status says, kept as the date it names so that it is put into words at render, in the panel's language. */
  private __announcement: {side: Side; date: string} | null = null;
  /** Whether the page slotted its own date for a side (`before-date`, `after-date`). */
  private __ownDates: Record<Side, boolean> = {
    before: false,
    after: false,
  };

  /** The list of the comparison's notes, once it has one: its code comes with the notes'. */
  private __noteList?: {render(): unknown};
  private __comparison: BeforeAfter | null = null;
  private __announced: Side | '' = '';
  /** Added to the comparison: it hears every update, whatever made it (drag, keys, property, attribute). */
  private readonly __follower = {hostUpdated: () => this.__read()};
  private readonly __words = new StringsController(this);
  private readonly __idRef = new IdRefController(this, {
    id: () => this.htmlFor,
    changed: () => this.__link(),
  });

  /** The comparison this panel follows, if one was found. */
  get control(): BeforeAfter | null {
    return this.__comparison;
  }

  /** Hydrating server-rendered markup: see BeforeAfter's. */
  private __fromServer = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const [root, hydrating] = fromServer(this, () => super.createRenderRoot());
    this.__fromServer = hydrating;
    return root;
  }

  override connectedCallback(): void {
    if (this.hasUpdated) return this.__start();
    // The comparison it follows is known at once (`control`), but for
    // server-rendered markup, whose first render must repeat the server's.
    if (!this.shadowRoot?.firstChild) this.__link();
    // Beside a comparison already drawn, at once: a page without the page's
    // rules, or a frame that sizes itself to its content, sees it drawn in
    // the same frame. Otherwise in turns (turns.ts): those near the viewport
    // first, one scrolled on screen at once; until then the page's rules
    // draw it (before-after.css).
    if (this.__comparison?.hasUpdated) return this.__start();
    inTurn(this, this.__start);
    if (this.hasUpdated) return;
    whenNear(this, () => inTurn(this, this.__start, true));
    whenScrolledTo(this, this.__start);
  }

  private __start = (): void => {
    cancelTurn(this);
    unwatchNear(this);
    whenScrolledTo(this);
    if (!this.isConnected) return;
    super.connectedCallback();
    // Over server-rendered markup the first render must repeat the server's
    // (which found no comparison): it links once that render is done.
    if (!this.__fromServer) this.__link();
    else
      void this.updateComplete.then(() => {
        this.__fromServer = false;
        this.__link();
      });
    // A comparison later in the page than its panel exists once the page is parsed.
    if (!this.__comparison && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.__handlePageParsed);
    }
    // Now, in this turn, not in a microtask after its budget is spent.
    if (!this.hasUpdated) this.performUpdate();
  };

  protected override firstUpdated(): void {
    // The page's rules for a panel not yet drawn (before-after.css) are not for it.
    this.setAttribute('rendered', '');
  }

  override disconnectedCallback(): void {
    cancelTurn(this);
    unwatchNear(this);
    whenScrolledTo(this);
    super.disconnectedCallback();
    document.removeEventListener('DOMContentLoaded', this.__handlePageParsed);
    this.__unlink();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Tells the page's rules for a panel not yet upgraded (before-after.css),
    // which stand in for the shadow root, that this one has it already.
    if (isServer) this.setAttribute('server-rendered', '');
    if (changed.has('htmlFor') && this.isConnected && !this.__fromServer) {
      this.__idRef.sync();
      this.__link();
    }
  }

  protected override render() {
    const announcement = this.__announcementText();
    return html`
      <ul class="dates" part="dates" role="list">
        ${this.__renderItem('before')} ${this.__renderItem('after')}
      </ul>
      ${this.__noteList?.render()}
      <p class="caption" part="caption"><slot></slot></p>
      <p class="credit" part="credit"><slot name="credit"></slot></p>
      <div class="sr-only" role="status">${announcement || nothing}</div>
    `;
  }

  private __renderItem(side: Side) {
    const dominant = this.__dominant === side;
    const label = this.__labels[side];
    // The server knows no comparison: it holds the date's line, which the
    // linked comparison fills after hydration without moving anything.
    const held = isServer || this.__fromServer ? '\u00a0' : nothing;
    const date = Boolean(label) || this.__ownDates[side] || held !== nothing;
    // The credit has its own line, and the slot its own box, so that a page
    // stylesheet can draw this entry the same before the upgrade (before-after.css).
    return html`
      <li
        class="item ${dominant ? 'dominant' : ''}"
        part="item ${side}${dominant ? ' dominant' : ''}"
      >
        <span class=${date ? 'date' : ''} part=${date ? 'date' : nothing}
          ><slot name="${side}-date" @slotchange=${this.__handleDateSlotChange}
            >${label || held}</slot
          ></span
        >
        <slot name=${side}></slot>
        <div class="credit" part="credit">
          <slot name="${side}-credit"></slot>
        </div>
      </li>
    `;
  }

  private __handleDateSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const side: Side = slot.name === 'before-date' ? 'before' : 'after';
    const own = slot.assignedNodes().length > 0;
    if (own !== this.__ownDates[side])
      this.__ownDates = {...this.__ownDates, [side]: own};
  };

  private __handlePageParsed = (): void => {
    document.removeEventListener('DOMContentLoaded', this.__handlePageParsed);
    this.__link();
  };

  private __link(): void {
    const next = this.__findComparison();
    if (next === this.__comparison) return;
    this.__unlink();
    this.__comparison = next;
    if (!next) {
      // No stale dates from a comparison it no longer follows.
      this.__labels = {before: '', after: ''};
      this.__dominant = '';
      return;
    }
    next.addEventListener('change', this.__handleChange);
    this.__read();
    this.__announced = this.__dominant;
    // Before it upgrades the comparison is a plain element: follow it once it is defined.
    void customElements.whenDefined(next.localName).then(() => {
      if (this.__comparison !== next) return;
      next.addController(this.__follower);
      this.__read();
    });
  }

  private __unlink(): void {
    const comparison = this.__comparison;
    if (!comparison) return;
    comparison.removeEventListener('change', this.__handleChange);
    comparison.removeController?.(this.__follower);
    this.__comparison = null;
  }

  private __findComparison(): BeforeAfter | null {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const target = root.getElementById?.(this.htmlFor);
      return target?.localName === 'before-after'
        ? (target as BeforeAfter)
        : null;
    }
    for (
      let sibling = this.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      if (sibling.localName === 'before-after') return sibling as BeforeAfter;
    }
    return this.closest('figure')?.querySelector('before-after') ?? null;
  }

  private __read = (): void => {
    const comparison = this.__comparison;
    if (!comparison) return;
    // Properties once the comparison has upgraded, attributes before.
    const before =
      comparison.beforeLabel ?? comparison.getAttribute('before-label') ?? '';
    const after =
      comparison.afterLabel ?? comparison.getAttribute('after-label') ?? '';
    if (before !== this.__labels.before || after !== this.__labels.after)
      this.__labels = {before, after};
    this.__dominant = dominantSide(
      Number(comparison.value ?? comparison.getAttribute('value') ?? 50)
    );
    if (
      !this.__noteList &&
      comparison.querySelector(':scope > before-after-note')
    )
      void import('./internal/notes.js').then(({noteList}) => {
        this.__noteList ??= noteList(this, this.__words);
      });
  };

  /** Announced on change only, and only when the date in view changed, so screen readers are not flooded. */
  private __handleChange = (): void => {
    this.__read();
    if (this.__dominant && this.__dominant !== this.__announced) {
      this.__announced = this.__dominant;
      this.__announcement = {
        side: this.__dominant,
        date: this.__labels[this.__dominant],
      };
    }
  };

  /** Empty while the panel's language is on its way: a status that changes is spoken, so English must not stand in. */
  private __announcementText(): string {
    const announcement = this.__announcement;
    const words = this.__words;
    if (!announcement || !words.final) return '';
    const date =
      announcement.date ||
      words.say(announcement.side === 'before' ? 'beforeImage' : 'afterImage');
    return words.say('mostly', {date});
  }
}

/** The side covering more of the view: `before` fills 0 → value, `after` value → 100. */
function dominantSide(value: number): Side | '' {
  if (!Number.isFinite(value) || value === 50) return '';
  return value > 50 ? 'before' : 'after';
}
