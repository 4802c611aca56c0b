// Prints one plain line for the whole run, "Total: N passed, N failed", from the counts the
// Jest and Playwright reporters leave in test-results/. A stage that failed before running any
// test (type check, build) counts as one failure, so a red run never reads as green.
import { existsSync, readFileSync } from 'node:fs';

const exitCode = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
for (const file of ['test-results/jest-counts.json', 'test-results/e2e-counts.json']) {
  if (existsSync(file)) {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
  }
}
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`Total: ${passed} passed, ${failed} failed`);
