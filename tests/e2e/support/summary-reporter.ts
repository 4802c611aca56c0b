import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

// Writes how many browser tests passed and failed to .test-counts/ (one file per run), so
// .ci/run can print one plain "N passed, N failed" line for all suites.
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }

  onEnd(result: FullResult): void {
    const dir = join(__dirname, '..', '..', '..', '.test-counts');
    mkdirSync(dir, { recursive: true });
    const failed = this.failed + (result.status === 'passed' || this.failed > 0 ? 0 : 1);
    writeFileSync(
      join(dir, `e2e-${process.pid}-${Date.now()}.json`),
      JSON.stringify({ passed: this.passed, failed, skipped: this.skipped }),
    );
  }
}
