// Prints 'N passed, N failed, N skipped' alone on the last line, because wtr's
// own summary is a progress bar: CI's "ran no test" check and people comparing
// runs read this line. It counts tests × browsers; a file that fails to load
// counts as one failed test.

export function totalsReporter() {
  let sessions = [];
  const count = (suite, t) => {
    for (const test of suite.tests)
      t[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
    suite.suites.forEach((s) => count(s, t));
  };
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const s of sessions) {
        const t = {passed: 0, failed: 0, skipped: 0};
        if (s.testResults) count(s.testResults, t);
        total.passed += t.passed;
        total.skipped += t.skipped;
        total.failed += t.failed || (s.passed ? 0 : 1);
      }
      // At exit, so it comes after the default reporter's summary.
      process.once('exit', () =>
        console.log(
          `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`
        )
      );
    },
  };
}
