import {writeFileSync} from 'node:fs';

// Prints the runner's real counts as a plain last line, "N passed, N failed" (skipped tests,
// e.g. a browser without an API a test needs, are counted on the line before it).
// A test file that failed to load (no test ran) counts as one failure.
function walk(suite, acc) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite.suites ?? []) walk(s, acc);
}

export function countsReporter() {
  let line = '';
  return {
    onTestRunFinished({sessions}) {
      const acc = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        const before = acc.passed + acc.failed + acc.skipped;
        walk(session.testResults, acc);
        const ran = acc.passed + acc.failed + acc.skipped - before;
        if (!session.passed && (ran === 0 || (session.errors?.length ?? 0) > 0)) acc.failed++;
      }
      line = `${acc.skipped ? `${acc.skipped} skipped\n` : ''}${acc.passed} passed, ${acc.failed} failed`;
    },
    async stop() {
      // scripts/test.mjs prints the line after the runner exits, so it is the very last line.
      if (!line) return;
      if (process.env.NEWS_COUNTS_FILE) writeFileSync(process.env.NEWS_COUNTS_FILE, line);
      else process.stdout.write(`\n${line}\n`);
    },
  };
}
