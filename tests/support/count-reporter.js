// Jest reporter: writes how many tests passed and failed to .test-counts/ (one file per run),
// so .ci/run can print one plain "N passed, N failed" line for all suites.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class CountReporter {
  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '..', '.test-counts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `jest-${process.pid}-${Date.now()}.json`),
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
module.exports = CountReporter;
