// Prints one plain line for the whole run, "Total: N passed, N failed", from the counts the
// Jest and Playwright reporters leave in .test-counts/ (one file per run). A stage that failed
// before running any test (type check, build) counts as one failure, so a red run never
// reads as green.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const exitCode = Number(process.argv[2] ?? 0);
const dir = '.test-counts';
let passed = 0;
let failed = 0;
if (existsSync(dir)) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const counts = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
  }
}
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`Total: ${passed} passed, ${failed} failed`);
