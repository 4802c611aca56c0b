import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/support/chromium';

// Browser tests against the build served by real nginx with deploy/nginx.conf and the build's
// security headers. Started by scripts/test-nginx.ts (npm run test:nginx), which runs nginx on a
// free port and passes its address in NGINX_BASE_URL.
const baseURL = process.env.NGINX_BASE_URL;
if (!baseURL) {
  throw new Error(
    'NGINX_BASE_URL is not set: run these tests with `npm run test:nginx` (scripts/test-nginx.ts), which starts nginx.',
  );
}

export default defineConfig({
  testDir: './tests/nginx',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  use: {
    baseURL,
    launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
    trace: 'off',
    serviceWorkers: 'block',
  },
});
