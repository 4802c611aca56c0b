import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import startHere from '../../src/data/quizzes/start-here';
import { MODULES } from '../../src/course/modules';
import { formatSize, type OfflineList } from '../../src/pwa/offlineCopy';
import { OFFLINE_LIST_FILE } from '../../src/pwa/offlineKeys';
import { axeViolations, waitForHydration, waitForTransitions } from './support/site';
import { SEARCH_BUTTON_LABEL as SEARCH_BUTTON_LABEL_ES } from '../../src/i18n/es/searchButton';

// Offline use: the pages a reader opens are kept as they go; the whole course only when the
// reader asks for it on My progress; and the reader can remove the copy again.
test.use({ serviceWorkers: 'allow' });
// One after another: the last test changes build/sw.js for a moment (a new deployment).
test.describe.configure({ mode: 'default' });

const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '..', '..', 'build'));
const list = JSON.parse(readFileSync(join(BUILD_DIR, OFFLINE_LIST_FILE), 'utf8')) as OfflineList;

/** Every address kept in this site's cache storage (all caches), as paths. */
async function keptPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.sort();
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  // A button that just changed kind (Remove → Save) fades its colors for a moment.
  await waitForTransitions(page);
  expect(await axeViolations(page)).toEqual([]);
}

async function waitUntilKept(page: Page, path: string): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => keptPaths(page), { timeout: 30_000 }).toContain(path);
}

test('a first visit keeps only the pages the reader opened, and they open again offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/learn/safety');
  await waitForHydration(page);
  // No notice about downloads: nothing was downloaded that the reader did not open.
  await waitUntilKept(page, '/learn/safety');

  // A chapter reached by a link inside the site (no page load of its own) is kept too.
  await page.locator('.pagination-nav__link--next').click();
  await expect(page).not.toHaveURL(/\/learn\/safety$/);
  const next = new URL(page.url()).pathname;
  await waitUntilKept(page, next);

  const kept = await keptPaths(page);
  // What the pages used: their styles and scripts…
  expect(kept.some((p) => /\/assets\/css\/.+\.css$/.test(p))).toBe(true);
  expect(kept.some((p) => /\/assets\/js\/main\..+\.js$/.test(p))).toBe(true);
  // …and no other chapter, no search index, far from the whole course.
  const otherChapters = MODULES.map((m) => m.path).filter((p) => p !== '/learn/safety' && p !== next);
  expect(kept.filter((p) => otherChapters.includes(p))).toEqual([]);
  expect(kept.filter((p) => p.includes('search-index'))).toEqual([]);
  expect(kept.length).toBeLessThan(list.files.length / 2);
  await expect(page.getByText(/saved on this device/i)).toHaveCount(0);

  await context.setOffline(true);
  for (const path of ['/learn/safety', next]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await waitForHydration(page);
  }
  // A chapter never opened is not there.
  const unopened = otherChapters[0];
  await expect(page.goto(unopened)).rejects.toThrow();
});

test('after the reader saves the whole course, every chapter, the checklist, a quiz and search work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/progress');
  await waitForHydration(page);
  await page.evaluate(() => navigator.serviceWorker.ready);

  // The size on the button comes from the build's own list of files.
  const save = page.getByRole('button', {
    name: `Save the whole course for offline reading (about ${formatSize(list.downloadBytes)})`,
  });
  await expect(save).toBeVisible({ timeout: 30_000 });
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'The whole course is saved on this device' })).toBeVisible({
    timeout: 60_000,
  });
  const kept = await keptPaths(page);
  expect(list.files.filter((file) => !kept.includes(file))).toEqual([]);
  await expectNoAxeViolations(page);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  for (const module of MODULES) {
    await page.goto(module.path);
    await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  }

  // Tick a checklist item.
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  const box = page.locator('[data-checklist]').getByRole('checkbox').first();
  await box.check();
  await expect(box).toBeChecked();

  // Answer a quiz question.
  await page.goto('/learn/start-here');
  await waitForHydration(page);
  const question = startHere.questions[0];
  const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
  for (const option of question.options.filter((o) => o.correct)) {
    await fieldset.getByLabel(option.text, { exact: true }).check();
  }
  await fieldset.getByRole('button', { name: /Check answer/ }).click();
  await expect(fieldset.getByText(/^\W*Right\.$/)).toBeVisible();

  // Reload, still offline: the answer and the tick are still there.
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator(`fieldset[data-question-id="${question.id}"]`).getByText(/^\W*Right\.$/)).toBeVisible();
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  await expect(page.locator('[data-checklist]').getByRole('checkbox').first()).toBeChecked();

  // Search works offline (its index is part of the saved course).
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('combobox', { name: 'Search the course' });
  await expect(input).toBeFocused();
  await input.fill('cystitis');
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const bladder = results.filter({ hasText: /Bladder problems/ }).first();
  await expect(bladder).toBeVisible({ timeout: 15_000 });
  // The result opens its section, offline too.
  await bladder.click();
  await expect(page).toHaveURL(/\/learn\/safety#bladder$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Safety and side effects' })).toBeVisible();

  // The crisis page is there offline too.
  await page.goto('/help');
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();

  // My progress still says the course is saved, and the copy can be removed.
  await page.goto('/progress');
  await waitForHydration(page);
  await expect(page.getByRole('status').filter({ hasText: 'The whole course is saved on this device' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Remove the offline copy from this device' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The offline copy was removed from this device' }),
  ).toBeVisible();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await keptPaths(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

test.describe('with the browser set to save data', () => {
  test.use({ colorScheme: 'dark' });

  test('nothing extra is fetched, and My progress says why next to the button', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true });
    });
    await page.goto('/learn/safety');
    await waitForHydration(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto('/progress');
    await waitForHydration(page);
    const note = page.getByText('Your browser is set to save data, so the course is never saved by itself.');
    await expect(note).toBeVisible({ timeout: 30_000 });
    await expect(note.locator('xpath=following-sibling::*[1]')).toHaveAccessibleName(
      /^Save the whole course for offline reading/,
    );
    // The first page was not fetched again to keep it: only what went through the worker is kept.
    expect(await keptPaths(page)).not.toContain('/learn/safety');
    await expectNoAxeViolations(page);
  });
});

test('a newer version is offered above the page, covering nothing, and loads when the reader chooses', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/learn/safety');
  await waitForHydration(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await waitUntilKept(page, '/learn/safety');

  // A new deployment: the worker's file changes.
  const swFile = join(BUILD_DIR, 'sw.js');
  const original = readFileSync(swFile, 'utf8');
  try {
    writeFileSync(swFile, `${original}\n// a newer version\n`);
    await page.reload();
    await waitForHydration(page);
    const offer = page.getByRole('status').filter({ hasText: 'A newer version of the course is ready' });
    await expect(offer).toBeVisible({ timeout: 30_000 });

    // In the page's flow, above the top bar: nothing is under it.
    const box = (await offer.boundingBox())!;
    const navbar = (await page.locator('nav.navbar').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(navbar.y + 1);
    expect(await offer.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await expectNoAxeViolations(page);

    // Waiting for the new page's load is set up before the click, so a quick reload is not missed.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload now' }).click()]);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Safety and side effects' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'A newer version' })).toHaveCount(0);
  } finally {
    writeFileSync(swFile, original);
  }
});

test.describe('the Spanish edition (/es/)', () => {
  const spanishList = join(BUILD_DIR, 'es', OFFLINE_LIST_FILE);
  test.skip(!existsSync(spanishList), 'this build has no Spanish edition');

  test('"Save the whole course" on the Spanish My progress saves the Spanish course, which then opens offline', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const es = JSON.parse(readFileSync(spanishList, 'utf8')) as OfflineList;
    // Two courses, two lists: each language's list holds only its own pages.
    expect(es.files.filter((f) => !f.startsWith('/es'))).toEqual([]);
    expect(list.files.filter((f) => f.startsWith('/es'))).toEqual([]);
    expect(es.files).toEqual(expect.arrayContaining(['/es/learn/safety', '/es/help', '/es/pagefind/pagefind.js']));

    await page.goto('/es/progress');
    await waitForHydration(page);
    // The Spanish pages have their own worker, whose scope is the Spanish edition.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toMatch(/\/es\/$/);
    // The first button of "Read without a connection" saves the whole course (in either language).
    const save = page.locator('section[aria-labelledby="offline"]').getByRole('button').first();
    await expect(save).toContainText(formatSize(es.downloadBytes), { timeout: 30_000 });
    await save.click();
    await expect
      .poll(
        async () => {
          const kept = new Set(await keptPaths(page));
          return es.files.filter((f) => !kept.has(f));
        },
        { timeout: 120_000 },
      )
      .toEqual([]);
    // The English course was not saved with it.
    expect((await keptPaths(page)).filter((p) => p.startsWith('/learn/'))).toEqual([]);

    await context.setOffline(true);
    for (const path of ['/es/learn/safety', '/es/learn/what-to-expect', '/es/help']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    }
    // Spanish search works offline from the saved Spanish index.
    await waitForHydration(page);
    await page.getByRole('button', { name: SEARCH_BUTTON_LABEL_ES }).click();
    await page.getByRole('combobox').fill('Spravato');
    const result = page.getByRole('listbox').getByRole('option').first();
    await expect(result).toBeVisible({ timeout: 15_000 });
    await result.click();
    await expect(page).toHaveURL(/\/es\/learn\/[a-z-]+#/);
  });
});
