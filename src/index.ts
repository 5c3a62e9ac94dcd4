export {BeforeAfter, type Orientation} from './before-after.js';
