export {BeforeAfter, type Orientation} from './before-after.js';
export {BeforeAfterCaption} from './before-after-caption.js';
