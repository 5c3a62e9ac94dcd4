/**
 * The scroll story's code, fetched by a comparison only when it has
 * `scroll-reveal`. Nothing here runs on import.
 */
import {StoryController, type StoryOptions} from './story-controller.js';

export function storyFor(
  host: ConstructorParameters<typeof StoryController>[0],
  options: StoryOptions
): StoryController {
  return new StoryController(host, options);
}
