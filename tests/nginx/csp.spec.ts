/**
 * The build served by real nginx with deploy/nginx.conf and the build's own security headers
 * (scripts/test-nginx.ts starts it): the policy is enforced by the browser, and every page must
 * hydrate and work without a single Content-Security-Policy violation.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sitemapPaths, waitForHydration, watchProblems, type PageProblems } from '../e2e/support/site';
import { getQuiz } from '../../src/data/quizzes';
import { contentSecurityPolicy, DENIED_FEATURES } from '../../src/config/securityHeaders';
import { collectScriptHashes } from '../../src/plugins/hostingFiles';

const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? 'build');
const EXPECTED_CSP = contentSecurityPolicy(collectScriptHashes(BUILD_DIR));
/** The Spanish edition, when the build has one (build/es/, with its own sitemap). */
const SPANISH_SITEMAP = join(BUILD_DIR, 'es', 'sitemap.xml');
const hasSpanish = existsSync(SPANISH_SITEMAP);

function spanishPaths(): string[] {
  const xml = readFileSync(SPANISH_SITEMAP, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
}

interface Watch {
  readonly problems: PageProblems;
  /** Violations reported by the page (securitypolicyviolation events) and CSP messages in the console. */
  violations(): Promise<string[]>;
}

async function watch(page: Page, baseURL: string): Promise<Watch> {
  const problems = await watchProblems(page.context(), page, baseURL);
  const consoleCsp: string[] = [];
  page.on('console', (msg) => {
    if (
      /Content Security Policy|Content-Security-Policy|Refused to (execute|load|apply|evaluate|compile|connect|create)|Permissions-Policy|Permissions policy/i.test(
        msg.text(),
      )
    ) {
      consoleCsp.push(`console: ${msg.text()}`);
    }
  });
  // Init scripts run through the DevTools protocol, outside the page's policy.
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        list.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      true,
    );
  });
  return {
    problems,
    async violations() {
      const inPage = await page.evaluate(
        () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
      );
      return [...inPage, ...consoleCsp];
    },
  };
}

async function expectClean(page: Page, w: Watch): Promise<void> {
  expect(await w.violations(), `CSP violations on ${page.url()}`).toEqual([]);
  expect(w.problems.pageErrors, `errors on ${page.url()}`).toEqual([]);
  expect(w.problems.consoleErrors, `console errors on ${page.url()}`).toEqual([]);
  expect(w.problems.offHostRequests).toEqual([]);
}

/** Opens a page, checks it came with the policy, and waits for React to hydrate it. */
async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()['content-security-policy'], `${path} is served with the build's policy`).toBe(
    EXPECTED_CSP,
  );
  await waitForHydration(page);
}

test.describe('headers from deploy/nginx.conf and the build', () => {
  test('pages and assets carry the security headers; hashed assets are cached for a year', async ({ request }) => {
    const home = await request.get('/');
    const headers = home.headers();
    expect(headers['content-security-policy']).toBe(EXPECTED_CSP);
    const scriptSrc = EXPECTED_CSP.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
    expect(EXPECTED_CSP).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
      expect(DENIED_FEATURES).toContain(feature);
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['server']).toBe('nginx');

    const script = /<link rel=preload as=script[^>]* href=(\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(
      await home.text(),
    )?.[1];
    expect(script).toBeDefined();
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-security-policy']).toBe(EXPECTED_CSP);
    expect(asset.headers()['content-type']).toMatch(/javascript/);
  });

  test('clean addresses with and without the slash, the 404 page, and no server files', async ({ request }) => {
    for (const path of ['/learn/safety', '/learn/safety/', '/plan/build', '/help']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain('<div id=__docusaurus>');
    }
    const missing = await request.get('/no-such-page');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page Not Found');
    expect(missing.headers()['content-security-policy']).toBe(EXPECTED_CSP);
    for (const path of ['/_headers', '/nginx-headers.conf']) expect((await request.get(path)).status(), path).toBe(404);
    const license = await request.get('/LICENSE-CONTENT.txt');
    expect(license.status()).toBe(200);
    expect(await license.text()).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    const gzipped = await request.get('/learn/safety', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers()['content-encoding']).toBe('gzip');
  });

  test('the headers nginx sends are the ones in build/_headers', async ({ request }) => {
    const netlify = readFileSync(join(BUILD_DIR, '_headers'), 'utf8');
    const served = (await request.get('/learn/safety')).headers();
    for (const line of netlify.split('\n').filter((l) => /^ {2}[A-Z][\w-]+: /.test(l))) {
      const [, name, value] = /^ {2}([\w-]+): (.*)$/.exec(line)!;
      if (name === 'Cache-Control') continue;
      expect(served[name.toLowerCase()], name).toBe(value);
    }
  });
});

test.describe('the key pages work with the policy enforced', () => {
  test('home, help and privacy hydrate without violations', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    for (const path of ['/', '/help', '/privacy']) {
      await open(page, path);
      await expect(page.locator('main h1')).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1, name: /Privacy/ })).toBeVisible();
    await expect(page.locator('h2#server-logs')).toBeVisible();
    await expect(page.locator('h2#summary-links')).toBeVisible();
    // A short address: a redirect page, whose inline script is allowed by its hash.
    await page.goto('/safety');
    await expect(page).toHaveURL(/\/learn\/safety\/?$/);
    await waitForHydration(page);
    await expectClean(page, w);
  });

  test('a chapter with a quiz: a question can be answered', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    await open(page, '/learn/safety');
    const question = getQuiz('safety')!.questions[0];
    const box = page.locator(`fieldset[data-question-id="${question.id}"]`);
    for (const option of question.options.filter((o) => o.correct))
      await box.getByLabel(option.text, { exact: true }).check();
    await box.getByRole('button', { name: /Check answer/ }).click();
    await expect(box.getByText(/^\W*Right\.$/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Report a problem with this page' })).toBeVisible();
    await expectClean(page, w);
  });

  test('the checklist: a tick is kept after a reload', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    await open(page, '/learn/what-to-expect');
    const first = page.locator('[data-checklist]').getByRole('checkbox').first();
    await first.check();
    await page.reload();
    await waitForHydration(page);
    await expect(first).toBeChecked();
    await expectClean(page, w);
  });

  test('plan builder, plan view, progress and summary', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    await open(page, '/plan/build');
    await page.getByRole('button', { name: 'Use “Before the first dosing session”' }).click();
    await expect(page.getByTestId('plan-qr')).toBeVisible();
    const link = await page.getByRole('textbox', { name: 'Plan link' }).inputValue();
    expect(link).toContain('/plan#p=');

    await open(page, new URL(link).pathname + new URL(link).hash);
    await expect(page.getByRole('heading', { level: 1, name: 'Your preparation plan' })).toBeVisible();
    await expect(page.getByTestId('plan-details').first()).toBeVisible();

    await open(page, '/progress');
    await expect(page.locator('main h1')).toBeVisible();

    await open(page, '/summary');
    await expect(page.getByTestId('summary-details')).toBeVisible();
    await page.getByRole('button', { name: 'Make a link to share' }).click();
    await expectClean(page, w);
  });

  test('search finds a chapter (Pagefind compiles its WebAssembly under the policy)', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    await open(page, '/learn/faq');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('combobox', { name: 'Search the course' }).fill('cystitis');
    const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results.first()).toBeVisible();
    // Choosing a result opens its chapter section.
    await results.first().click();
    await expect(page).toHaveURL(/\/learn\/[a-z-]+\/?#/);
    await waitForHydration(page);
    await expectClean(page, w);
  });
});

test('every page in the sitemap hydrates without a violation', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const w = await watch(page, baseURL!);
  for (const path of sitemapPaths()) {
    await open(page, path);
  }
  await expectClean(page, w);
});

test.describe('the Spanish edition under /es/, with the same headers', () => {
  test.skip(!hasSpanish, 'this build has no Spanish edition');

  test('clean addresses, assets cached for a year, its own 404 page in Spanish, no server files', async ({
    request,
  }) => {
    for (const path of ['/es', '/es/', '/es/learn/safety', '/es/learn/safety/', '/es/plan/build', '/es/help']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-security-policy'], path).toBe(EXPECTED_CSP);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
      expect(await response.text(), path).toMatch(/<html[^>]* lang="?es"?[\s>]/);
    }
    const home = await (await request.get('/es/')).text();
    const script = /<link rel=preload as=script[^>]* href=(\/es\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(home)?.[1];
    expect(script).toBeDefined();
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-security-policy']).toBe(EXPECTED_CSP);

    const missing = await request.get('/es/no-such-page');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toBe(EXPECTED_CSP);
    const missingHtml = await missing.text();
    expect(missingHtml).toMatch(/<html[^>]* lang="?es"?[\s>]/);
    expect(missingHtml).toBe(readFileSync(join(BUILD_DIR, 'es', '404.html'), 'utf8'));
    // The server files are written once, at the root, for both languages.
    for (const path of ['/es/_headers', '/es/nginx-headers.conf'])
      expect((await request.get(path)).status(), path).toBe(404);
  });

  test('every Spanish page in its sitemap hydrates without a violation', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const paths = spanishPaths();
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !p.startsWith('/es/'))).toEqual([]);
    const w = await watch(page, baseURL!);
    for (const path of paths) {
      await open(page, path);
      expect(await page.locator('html').getAttribute('lang'), path).toBe('es');
    }
    // A short address in Spanish: a redirect page, whose inline script is allowed by its hash.
    await page.goto('/es/safety');
    await expect(page).toHaveURL(/\/es\/learn\/safety\/?$/);
    await waitForHydration(page);
    await expectClean(page, w);
  });

  test('Spanish search runs under the policy and opens a Spanish page', async ({ page, baseURL }) => {
    const w = await watch(page, baseURL!);
    await open(page, '/es/learn/faq');
    await page
      .locator('.navbar')
      .getByRole('button', { expanded: false, name: /^(Search|Buscar)$/ })
      .click();
    // "Spravato" is the same word in both languages, so this holds before and after translation.
    await page.getByRole('combobox').fill('Spravato');
    const results = page.getByRole('listbox').getByRole('option');
    await expect(results.first()).toBeVisible();
    await results.first().click();
    await expect(page).toHaveURL(/\/es\/learn\/[a-z-]+\/?#/);
    await waitForHydration(page);
    await expectClean(page, w);
  });
});

test.describe('offline copy', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker installs and saves the whole course under the policy', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const w = await watch(page, baseURL!);
    await open(page, '/progress');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${baseURL}/`);
    await page.getByRole('button', { name: /^Save the whole course for offline reading/ }).click({ timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'The whole course is saved on this device' })).toBeVisible({
      timeout: 120_000,
    });
    await expectClean(page, w);
  });

  test('in Spanish: its own worker under /es/ saves the Spanish course (build/es/offline-copy.json)', async ({
    page,
    baseURL,
  }) => {
    test.skip(!hasSpanish, 'this build has no Spanish edition');
    test.setTimeout(180_000);
    const w = await watch(page, baseURL!);
    const spanish = JSON.parse(readFileSync(join(BUILD_DIR, 'es', 'offline-copy.json'), 'utf8')) as { files: string[] };
    expect(spanish.files.length).toBeGreaterThan(100);
    expect(spanish.files.filter((f) => !f.startsWith('/es'))).toEqual([]);
    await open(page, '/es/progress');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${baseURL}/es/`);
    // The first button of "Read without a connection" saves the whole course (in either language).
    await page.locator('section[aria-labelledby="offline"]').getByRole('button').first().click({ timeout: 30_000 });
    const kept = async () =>
      page.evaluate(async () => {
        const paths: string[] = [];
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
        return paths;
      });
    await expect
      .poll(
        async () => {
          const have = new Set(await kept());
          return spanish.files.filter((f) => !have.has(f)).length;
        },
        { timeout: 120_000 },
      )
      .toBe(0);
    // The Spanish course only: no English page was saved with it.
    expect((await kept()).filter((p) => p.startsWith('/learn/'))).toEqual([]);
    await expectClean(page, w);
  });
});
