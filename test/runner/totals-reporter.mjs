// Prints 'N passed, N failed, N skipped' alone on the last line, because wtr's
// own summary is a progress bar: CI's "ran no test" check and people comparing
// runs read this line. It counts tests × browsers; a file that fails to load
// counts as one failed test. Above it, one line per failure (browser, file,
// test, first line of the error), so a log cut short at its head still says
// what failed.

export function totalsReporter() {
  let sessions = [];
  const count = (suite, t, path, failures) => {
    for (const test of suite.tests) {
      t[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
      if (!test.skipped && !test.passed)
        failures.push(
          [...path, test.name].join(' > ') + ': ' + firstLine(test.error)
        );
    }
    for (const s of suite.suites) count(s, t, [...path, s.name], failures);
  };
  const firstLine = (error) =>
    String(error?.message ?? 'failed')
      .split('\n')[0]
      .slice(0, 300);
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const total = {passed: 0, failed: 0, skipped: 0};
      const lines = [];
      for (const s of sessions) {
        const t = {passed: 0, failed: 0, skipped: 0};
        const failures = [];
        if (s.testResults) count(s.testResults, t, [], failures);
        if (!s.passed && !t.failed)
          failures.push(
            s.errors?.map(firstLine).join('; ') || 'the file failed'
          );
        const where = `${s.browser.name} ${s.testFile.replace(process.cwd() + '/', '')}`;
        for (const f of failures) lines.push(`FAILED ${where}: ${f}`);
        total.passed += t.passed;
        total.skipped += t.skipped;
        total.failed += t.failed || (s.passed ? 0 : 1);
      }
      // At exit, so it comes after the default reporter's summary.
      process.once('exit', () => {
        for (const line of lines) console.log(line);
        console.log(
          `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`
        );
      });
    },
  };
}
