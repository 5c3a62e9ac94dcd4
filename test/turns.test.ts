import {expect} from '@open-wc/testing';
import {cancelTurn, inTurn, nextTask, together} from '../src/internal/turns.js';
import {until} from './helpers/wait.js';

/** Keeps the main thread busy for `ms`, as a costly first render does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('turns (start-up work of many comparisons)', () => {
  beforeEach(() => nextTask());

  it('runs work at once while the task has budget, and nothing waits', () => {
    const ran: string[] = [];
    inTurn({}, () => ran.push('a'));
    inTurn({}, () => ran.push('b'));
    expect(ran).to.deep.equal(['a', 'b']);
  });

  it('puts off what comes after the task spent its budget, to a later task, in order', async () => {
    const ran: string[] = [];
    inTurn({}, () => busy(12));
    inTurn({}, () => ran.push('a'));
    inTurn({}, () => ran.push('b'));
    expect(ran).to.deep.equal([]);
    await until(() => ran.length === 2, 'the waiting work ran');
    expect(ran).to.deep.equal(['a', 'b']);
  });

  it('splits a long line into tasks, the next after a frame', async () => {
    // A task ends at its microtask checkpoint: work that finds the mark
    // still set runs in the same task as the work that set it.
    const tasks: number[] = [];
    let task = 0;
    let marked = false;
    const taskNow = () => {
      if (!marked) {
        task++;
        marked = true;
        queueMicrotask(() => (marked = false));
      }
      return task;
    };
    inTurn({}, () => busy(12));
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 6; i++)
        inTurn({}, () => {
          busy(5);
          tasks.push(taskNow());
          if (tasks.length === 6) resolve();
        });
    });
    // Two 5 ms pieces fit in one turn's 8 ms budget at most (one, if the
    // machine is busy enough that the wall clock passes 8 ms in the first).
    const perTask = new Map<number, number>();
    for (const t of tasks) perTask.set(t, (perTask.get(t) ?? 0) + 1);
    expect(Math.max(...perTask.values())).to.be.at.most(2);
    expect(perTask.size).to.be.at.least(3);
  });

  it('runs what is near the viewport (soon) before what waited', async () => {
    const ran: string[] = [];
    inTurn({}, () => busy(12));
    inTurn({}, () => ran.push('far'));
    const near = {};
    inTurn(near, () => ran.push('late'));
    inTurn(near, () => ran.push('near'), true);
    await until(() => ran.length === 2, 'the waiting work ran');
    expect(ran).to.deep.equal(['near', 'far']);
  });

  it('holds what a batch asks for until it is done, then runs what its budget allows', async () => {
    const ran: string[] = [];
    together(() => {
      inTurn({}, () => ran.push('a'));
      inTurn({}, () => ran.push('b'));
      expect(ran, 'during the batch').to.deep.equal([]);
    });
    expect(ran, 'after a cheap batch').to.deep.equal(['a', 'b']);

    await nextTask();
    ran.length = 0;
    together(() => {
      inTurn({}, () => ran.push('c'));
      busy(12);
    });
    expect(ran, 'after a costly batch').to.deep.equal([]);
    await until(() => ran.length === 1, 'the held work ran');
  });

  it('runs what a costly batch held in the next task, before the next frame', async () => {
    // A page of one: its comparison's first render must not wait for a
    // frame (the decode of its images waits for that render). Each try
    // starts just after a frame, and counts the frames drawn before the
    // held work ran: waiting for a frame would make that 1 or more. On a
    // busy machine the next frame may be due first now and then, so one
    // try in five must find none.
    const tryOnce = () =>
      new Promise<number>((resolve, reject) =>
        requestAnimationFrame(() => {
          let frames = 0;
          let ran = false;
          const count = () => {
            frames++;
            if (!ran) requestAnimationFrame(count);
          };
          requestAnimationFrame(count);
          together(() => {
            inTurn({}, () => {
              ran = true;
              resolve(frames);
            });
            busy(9);
          });
          if (ran) reject(new Error('not held: it ran in the batch’s task'));
        })
      );
    const tries: number[] = [];
    while (tries.length < 5 && !tries.includes(0)) tries.push(await tryOnce());
    expect(tries, 'frames drawn before the held work, per try').to.include(0);
  });

  it('drops work cancelled while it waits', async () => {
    const ran: string[] = [];
    inTurn({}, () => busy(12));
    const gone = {};
    inTurn(gone, () => ran.push('gone'));
    inTurn({}, () => ran.push('kept'));
    cancelTurn(gone);
    await until(() => ran.length === 1, 'the waiting work ran');
    await nextTask();
    expect(ran).to.deep.equal(['kept']);
  });

  it('reports a failure of work run at once, and its caller goes on (the rest of an observer’s report)', async () => {
    const ran: string[] = [];
    const reported: string[] = [];
    // The page's error handler (mocha's, here) is where the failure goes.
    const handler = window.onerror;
    window.onerror = (message) => {
      reported.push(String(message));
      return true;
    };
    try {
      for (const name of ['a', 'b', 'c'])
        inTurn({}, () => {
          if (name === 'a') throw new Error('a failed');
          ran.push(name);
        });
      expect(ran).to.deep.equal(['b', 'c']);
      await until(() => reported.length > 0, 'the failure reported');
      expect(reported.join()).to.contain('a failed');
    } finally {
      window.onerror = handler;
    }
  });
});
