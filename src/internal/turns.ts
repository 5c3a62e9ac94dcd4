/**
 * Start-up work taken in turns, so that a page of many comparisons never
 * blocks the reader for long: a piece of work runs at once while the task
 * it arrives in has budget left, and waits in line otherwise. The line runs
 * a few at a time, each batch after a frame has been drawn (the first after
 * a batch of upgrades, in the very next task), in a task of its own that
 * yields to input between batches.
 */

/** A task's budget, in ms: far below the 50 ms of a long task, since one comparison's first render may take a few. */
const BUDGET = 8;

/** Waiting work by its key (an element), in the order it runs; a key whose work has run is skipped. */
const waiting = new Map<object, () => void>();
let line: object[] = [];
/** When the current task began spending; undefined until a task does. */
let spending: number | undefined;
let draining = false;

/** A new task: `scheduler.yield()`, which resumes ahead of other tasks, where it exists. */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}})
    .scheduler;
  return scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve));
};

/** After the next frame is drawn; a hidden page draws none, so at most 100 ms. */
const afterFrame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  }).then(nextTask);

function withinBudget(): boolean {
  const now = performance.now();
  if (spending === undefined) {
    spending = now;
    void nextTask().then(() => (spending = undefined));
  }
  return now - spending < BUDGET;
}

/**
 * Runs `work`, which asks for turns (upgrading every comparison on the page
 * does), holding what it asks for until it is done, then as much of that as
 * this task's budget still allows, in order: the upgrades' own cost counts.
 */
export function together(work: () => void): void {
  withinBudget();
  const start = spending!;
  spending = -Infinity;
  work();
  spending = start;
  take(start);
}

/**
 * Runs `work` now if this task has budget left and nothing is waiting, else
 * in a later task. `soon` (a comparison coming into view) goes before what
 * waits. Work already waiting under `key` is replaced.
 */
export function inTurn(key: object, work: () => void, soon = false): void {
  if ((soon || !line.length) && withinBudget()) return run(key, work);
  if (soon) line.unshift(key);
  else if (!waiting.has(key)) line.push(key);
  waiting.set(key, work);
  if (!draining) {
    draining = true;
    // What a batch held goes on in the next task, not after a frame: on a
    // page of one, the first render waits for no frame (its images' decode
    // waits for it).
    void (spending! < 0 ? nextTask() : afterFrame()).then(drain);
  }
}

/** Forgets the work waiting under `key` (its element left the page). */
export function cancelTurn(key: object): void {
  waiting.delete(key);
}

/** Runs waiting work, in order, until the budget of a task begun at `start` is spent. */
function take(start: number): void {
  while (line.length && performance.now() - start < BUDGET) run(line.shift()!);
}

/**
 * Runs the work of `key` (none if it was cancelled), no longer waiting. One
 * comparison's failure must not stall the others (a line, an observer's report).
 */
function run(key: object, work = waiting.get(key)): void {
  waiting.delete(key);
  try {
    work?.();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

function drain(): void {
  // The task's clock: work that the line's work asks for shares its budget.
  withinBudget();
  take(spending!);
  line = line.filter((key) => waiting.has(key));
  draining = !!line.length;
  if (draining) void afterFrame().then(drain);
}
