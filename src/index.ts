export {BeforeAfter, type Orientation} from './before-after.js';
export {BeforeAfterCaption} from './before-after-caption.js';
export {BeforeAfterNote, type NoteSide} from './before-after-note.js';
export type {Strings, Template, ValueTextParams} from './strings.js';
