import type {ImageProblem, Side} from './image-slots-controller.js';
import type {StringsController} from './strings-controller.js';
import {sidesSeen} from './strings.js';

/** What the spoken words read of a comparison. */
export interface Compared {
  value: number;
  beforeLabel: string;
  afterLabel: string;
  orientation: string;
}

/** The slider's default name: "Compare June 6, 2016 with February 5, 2017", in the element's language. */
export function nameText(
  words: StringsController,
  before: string,
  after: string
): string {
  return before && after
    ? words.say('label', {before, after})
    : words.say('labelWithoutDates');
}

/** "62% June 6, 2016 on the left, 38% February 5, 2017 on the right", in the element's language. */
export function valueText(
  words: StringsController,
  {value, beforeLabel: before, afterLabel: after, orientation}: Compared,
  rtl: boolean
): string {
  const shown = Math.round(value);
  const [beforeSide, afterSide] = sidesSeen(orientation === 'vertical', rtl);
  return words.say('valueText', {
    value,
    before: before || words.say('beforeImage'),
    beforePercent: words.percent(shown / 100),
    beforeSide: words.say(beforeSide),
    after: after || words.say('afterImage'),
    afterPercent: words.percent((100 - shown) / 100),
    afterSide: words.say(afterSide),
  });
}

/** The message shown in place of a missing or broken image. */
export function problemText(
  words: StringsController,
  side: Side,
  problem: ImageProblem
): string {
  if (problem.kind === 'missing')
    return words.say(side === 'before' ? 'noBeforeImage' : 'noAfterImage');
  return problem.alt
    ? words.say('imageUnavailable', {alt: problem.alt})
    : words.say('imageUnavailableWithoutAlt');
}
