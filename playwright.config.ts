import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/chromium';
import { assertPortFree, testServerPort } from './tests/support/freePort';

// The local server's port: E2E_PORT if set, else a free one, picked once here in the main
// process and kept in E2E_PORT, so the workers (which evaluate this file again and inherit the
// environment) use the same one.
const PORT = testServerPort();
if (!process.env.E2E_PORT_CHECKED) {
  // Only before the server starts (the main process's first read of this file), never in a worker.
  assertPortFree(PORT);
  process.env.E2E_PORT_CHECKED = '1';
}
process.env.E2E_PORT = String(PORT);
// Which build to serve: ./build by default, or E2E_BUILD_DIR (for example a clinic's build).
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';

// Browser tests run against the production build in ./build, served locally.
// They use the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium): browsers are never downloaded.
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  // Tests tagged @clinic check the sample clinic's build; `npm run test:clinic` builds it and
  // runs them (scripts/check-clinic-build.ts). The public build runs everything else.
  grepInvert: process.env.E2E_CLINIC_BUILD ? undefined : /@clinic/,
  fullyParallel: true,
  // Two workers on the 2-core machine (Playwright's default would be one): most of a test is
  // waiting for Chromium, and npm test must stay under 10 minutes. E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  globalSetup: './tests/e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
    trace: 'off',
    // The service worker precaches the whole course; only the offline test lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node tests/e2e/support/serve.mjs ${PORT} ${BUILD_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never test whatever else may be listening on the port: fail and say so instead.
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
