/** An event as a test asserts it: its type, and whether it leaves the shadow root and bubbles to the page. */
export interface FiredEvent {
  type: string;
  bubbles: boolean;
  composed: boolean;
}

/**
 * Runs `action` and resolves to the `input` and `change` events `target`
 * fired meanwhile, in order, so the test can state them in full:
 *
 *   expect(await expectEvents(el, () => sendKeys({press: 'End'}))).to.deep.equal([
 *     {type: 'input', bubbles: true, composed: true},
 *     {type: 'change', bubbles: true, composed: true},
 *   ]);
 *
 * `action` gets the list as it grows, for a test that looks at it midway.
 */
export async function expectEvents(
  target: EventTarget,
  action: (fired: readonly FiredEvent[]) => unknown,
  types: readonly string[] = ['input', 'change']
): Promise<FiredEvent[]> {
  const fired: FiredEvent[] = [];
  const record = ({type, bubbles, composed}: Event) =>
    fired.push({type, bubbles, composed});
  for (const type of types) target.addEventListener(type, record);
  try {
    await action(fired);
  } finally {
    for (const type of types) target.removeEventListener(type, record);
  }
  return fired;
}
