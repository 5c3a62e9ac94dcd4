// The in-page probe: a classic script inlined first in <head> of every bench
// page, so its observers see the whole load. It knows nothing about any
// contender beyond what page.mjs hands it in window.__benchConfig:
// {markup, tag, position} (position: the source of `(el) => percent`).
(() => {
  const config = window.__benchConfig;
  const readPosition = new Function(`return (${config.position});`)();
  const shifts = [];
  const painted = {};

  // Layout shifts not caused by input: what CLS adds up.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) shifts.push(entry.value);
    }
  }).observe({type: 'layout-shift', buffered: true});
  // Element Timing: when each <img elementtiming> was first painted.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      painted[entry.identifier] = entry.renderTime || entry.loadTime;
    }
  }).observe({type: 'element', buffered: true});

  const root = () => document.getElementById('stage').firstElementChild;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // After the next frame is produced: a rAF callback runs before paint, a
  // message posted from it is handled after that frame's paint.
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      })
    );
  const images = (el) => [...el.querySelectorAll('img')];
  // A lazy image in no slot (the floor's second) is never drawn, so never
  // fetched: waiting for its decode would never end. (Asked of the slot, not
  // of its box: reading layout here would add one to the measured upgrade.)
  const drawn = (img) => img.loading !== 'lazy' || img.assignedSlot !== null;

  /** Upgraded (and, for Lit, updated) with its drawn images loaded and decoded. */
  async function settled(el) {
    await customElements.whenDefined(config.tag);
    await el.updateComplete;
    await Promise.all(
      images(el)
        .filter(drawn)
        .map((img) => img.decode().catch(() => {}))
    );
  }

  window.__bench = {
    /** Ms from navigation start to the frame after the element and both images were ready. */
    ready: new Promise((resolve) =>
      document.addEventListener('DOMContentLoaded', resolve)
    )
      .then(() => settled(root()))
      .then(afterPaint),

    /** Both images painted (Element Timing, the latest of the two) and CLS so far. */
    loadResult: () => ({
      imagesPainted:
        painted.before && painted.after
          ? Math.max(painted.before, painted.after)
          : null,
      cls: shifts.reduce((sum, value) => sum + value, 0),
    }),

    position: (el = root()) => Number(readPosition(el)),

    box: (el = root()) => {
      const {left, top, width, height} = el.getBoundingClientRect();
      return {left, top, width, height};
    },

    /** Creates, renders and removes `count` instances one after another. */
    async churn(count) {
      const host = document.getElementById('churn');
      for (let i = 0; i < count; i++) {
        host.innerHTML = config.markup;
        await settled(host.firstElementChild);
        await frame();
        await frame();
        host.replaceChildren();
      }
    },
  };
})();
