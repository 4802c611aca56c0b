// `npm test`: every stage in order, stopping at the first that fails, each one timed. Ends
// with a table of the stages' times and the line "N passed, N failed" (scripts/test-summary.mjs).
// Earlier results in .test-counts/ are cleared first, unless KEEP_TEST_COUNTS is set (.ci/run
// sets it to keep the times of its own set-up steps).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { COUNTS_DIR, printSummary, recordStage } from './test-summary.mjs';

const STAGES = [
  ['browser check', 'bash', ['scripts/ensure-chromium.sh']],
  ['nginx check', 'bash', ['scripts/ensure-nginx.sh']],
  ['types (tsc)', 'npm', ['run', '--silent', 'test:types']],
  ['spell check', 'npm', ['run', '--silent', 'test:spell']],
  ['lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'test:lint']],
  ['unit (jest)', 'npm', ['run', '--silent', 'test:unit']],
  ['build', 'npm', ['run', '--silent', 'test:build']],
  ['search suite', 'npm', ['run', '--silent', 'test:search']],
  ['browser tests', 'npm', ['run', '--silent', 'test:e2e']],
  ['nginx + CSP', 'npm', ['run', '--silent', 'test:nginx']],
  ['clinic build', 'npm', ['run', '--silent', 'test:clinic']],
];

if (!process.env.KEEP_TEST_COUNTS) rmSync(COUNTS_DIR, { recursive: true, force: true });

let exitCode = 0;
for (const [name, command, args] of STAGES) {
  if (exitCode !== 0) {
    recordStage(name, 0, null);
    continue;
  }
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const status = result.status ?? 1;
  recordStage(name, (Date.now() - started) / 1000, status);
  if (status !== 0) exitCode = status;
}
printSummary(exitCode);
process.exit(exitCode);
