declare module 'pointer-events-polyfill/src/pointerevents.js';
