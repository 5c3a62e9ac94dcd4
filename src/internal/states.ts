/** Custom states are new (and older Chromium wanted `--dragging`): failing quietly only loses the styling hook. */
export function setState(
  internals: ElementInternals,
  name: string,
  on: boolean
): void {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // unsupported
  }
}
