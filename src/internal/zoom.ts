/**
 * The zoom's code, fetched by a comparison only when it zooms (`zoom` set,
 * or `zoomTo()` called). Nothing here runs on import.
 */
import {ZoomController, type ZoomOptions} from './zoom-controller.js';

export function zoomFor(
  host: ConstructorParameters<typeof ZoomController>[0],
  options: ZoomOptions
): ZoomController {
  return new ZoomController(host, options);
}
