// The end of a test run: how long each stage took, and one plain closing line for the whole
// run, "N passed, N failed", from what the stages leave in .test-counts/:
//   stages.jsonl   one line per stage: {"stage", "seconds", "status"} (scripts/test-all.mjs,
//                  and .ci/run for its own set-up steps)
//   *.json         test counts from the Jest and Playwright reporters (one file per run)
// A stage that failed without running any counted test (type check, build) counts as one
// failure, so a red run never reads as green.
//
//   node scripts/test-summary.mjs                      print the summary
//   node scripts/test-summary.mjs --record NAME SECONDS STATUS   add a stage's line
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COUNTS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '.test-counts');
const STAGES_FILE = join(COUNTS_DIR, 'stages.jsonl');

/** Adds one stage's time and exit status. */
export function recordStage(stage, seconds, status) {
  mkdirSync(COUNTS_DIR, { recursive: true });
  appendFileSync(STAGES_FILE, `${JSON.stringify({ stage, seconds, status })}\n`);
}

function readStages() {
  if (!existsSync(STAGES_FILE)) return [];
  return readFileSync(STAGES_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

function readCounts() {
  let passed = 0;
  let failed = 0;
  if (existsSync(COUNTS_DIR)) {
    for (const file of readdirSync(COUNTS_DIR).filter((f) => f.endsWith('.json'))) {
      const counts = JSON.parse(readFileSync(join(COUNTS_DIR, file), 'utf8'));
      passed += counts.passed;
      failed += counts.failed;
    }
  }
  return { passed, failed };
}

/** Prints the per-stage table and the closing line; returns the closing line. */
export function printSummary(exitCode) {
  const stages = readStages();
  if (stages.length > 0) {
    const width = Math.max(5, ...stages.map((s) => s.stage.length));
    const row = (name, time, result) => `${name.padEnd(width)}  ${time.padStart(9)}  ${result}`;
    console.log(`\n${row('stage', 'time', 'result')}`);
    for (const s of stages) {
      const result = s.status === 0 ? 'ok' : s.status === null ? 'not run' : `failed (exit ${s.status})`;
      console.log(row(s.stage, s.status === null ? '-' : `${s.seconds.toFixed(1)} s`, result));
    }
    const total = stages.reduce((sum, s) => sum + (s.seconds ?? 0), 0);
    console.log(row('total', `${total.toFixed(1)} s`, `(${Math.floor(total / 60)} min ${Math.round(total % 60)} s)`));
  }
  const { passed } = readCounts();
  let { failed } = readCounts();
  const stageFailed = stages.some((s) => s.status !== 0 && s.status !== null);
  if ((exitCode !== 0 || stageFailed) && failed === 0) failed = 1;
  const line = `${passed} passed, ${failed} failed`;
  console.log(line);
  return line;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  if (args[0] === '--record') {
    recordStage(args[1], Number(args[2]), Number(args[3]));
  } else {
    printSummary(Number(args[0] ?? 0));
  }
}
