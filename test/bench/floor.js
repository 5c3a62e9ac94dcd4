// <bench-floor>: the least a main-thread drag can cost on this page. It takes
// pointer input the way a real comparison must (pointer capture, the box
// measured once per press, at most one update per animation frame) and then
// moves one composited transform: no reveal, no second image drawn, no ARIA,
// no events. Whatever a real widget costs per move above this is the price of
// its reveal, its script and its style work. Same markup as <before-after>.
// Its upgrade reads no layout (the style draws the line at 50 %), so on the
// listicle page (measure-list.mjs) it is also the least starting costs.
const template = document.createElement('template');
template.innerHTML = `<style>
  :host { display: block; touch-action: pan-y pinch-zoom; user-select: none; }
  .box { position: relative; aspect-ratio: 16 / 9; overflow: hidden; contain: strict; }
  ::slotted(img) { display: block; width: 100%; height: 100%; object-fit: cover; pointer-events: none; }
  /* Its own layer from the start, so a move is a compositing update and no paint.
     Drawn at 50 % by the style alone: an upgrade reads no layout. */
  .line { position: absolute; inset: 0 auto 0 calc(50% - 1px); width: 2px; background: #fff; will-change: transform; }
</style><div class="box"><slot name="before"></slot><div class="line"></div></div>`;

class BenchFloor extends HTMLElement {
  #value = 50;
  #box = null;
  #x = 0;
  #frame = 0;
  #line;

  constructor() {
    super();
    const root = this.attachShadow({mode: 'open'});
    root.append(template.content.cloneNode(true));
    this.#line = root.querySelector('.line');
    this.addEventListener('pointerdown', this.#down);
    this.addEventListener('pointermove', this.#move);
    this.addEventListener('pointerup', this.#up);
    this.addEventListener('pointercancel', this.#up);
  }

  /** Divider position in percent, as the benchmark reads it. */
  get value() {
    return this.#value;
  }

  #down = (event) => {
    this.setPointerCapture(event.pointerId);
    // Measured once per drag: a move then reads no layout.
    this.#box = this.getBoundingClientRect();
    this.#move(event);
  };

  #move = (event) => {
    if (!this.#box) return;
    this.#x = event.clientX;
    this.#frame ||= requestAnimationFrame(this.#apply);
  };

  #up = (event) => {
    if (!this.#box) return;
    this.#x = event.clientX;
    cancelAnimationFrame(this.#frame);
    this.#apply();
    this.#box = null;
  };

  #apply = () => {
    this.#frame = 0;
    const {left, width} = this.#box;
    this.#value = Math.min(100, Math.max(0, ((this.#x - left) / width) * 100));
    this.#draw(width);
  };

  // From the 50 % the style draws it at: no box to measure until a press.
  #draw(width) {
    this.#line.style.transform = `translateX(${((this.#value - 50) / 100) * width}px)`;
  }
}

customElements.define('bench-floor', BenchFloor);
