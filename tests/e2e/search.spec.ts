import { test, expect, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, waitForHydration, watchProblems, axeViolations } from './support/site';
import { CRISIS_LINES } from '../../src/data/crisisLines';
import { KB } from '../support/budgets';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEARCH_WORDS as SEARCH_WORDS_ES } from '../../src/i18n/es/search';
import { SEARCH_BUTTON_LABEL as SEARCH_WORDS_ES_BUTTON } from '../../src/i18n/es/searchButton';

const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '..', '..', 'build'));

/** The Spanish page of a module exists (i18n/es/…/<id>/index.mdx). */
function spanishPage(id: string): boolean {
  return existsSync(
    join(__dirname, '..', '..', 'i18n', 'es', 'docusaurus-plugin-content-docs', 'current', id, 'index.mdx'),
  );
}

/** The first search from a phone may download at most this much (gzip), search code included. */
const FIRST_SEARCH_BUDGET = 100 * KB;

async function openSearch(page: Page, path = '/learn/faq') {
  await page.goto(path);
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('combobox', { name: 'Search the course' });
  await expect(input).toBeFocused();
  return input;
}

const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

test.describe('search: crisis words lead to help first', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  const line = CRISIS_LINES.find((l) => l.id === 'us-988')!;
  const call = line.contacts.find((c) => c.href.startsWith('tel:'))!;
  const text = line.contacts.find((c) => c.href.startsWith('sms:'))!;

  for (const query of ['kill myself', 'suicide', 'Self-harm', 'want to die']) {
    test(`"${query}" shows Get help now with call and text first, and Enter opens it`, async ({ page }) => {
      const input = await openSearch(page);
      await input.fill(query);
      const crisis = page.getByTestId('search-crisis');
      await expect(crisis).toBeVisible();
      await expect(crisis.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
      await expect(crisis.getByRole('link', { name: call.label })).toHaveAttribute('href', call.href);
      await expect(crisis.getByRole('link', { name: text.label })).toHaveAttribute('href', text.href);
      // Nothing comes before it in the results.
      const first = await page
        .locator(
          '[role="dialog"] [data-testid="search-crisis"], [role="dialog"] [role="option"], [role="dialog"] [data-testid="search-empty"]',
        )
        .first();
      await expect(first).toHaveAttribute('data-testid', 'search-crisis');
      await expect(page.getByTestId('search-status')).toContainText(/Get help now is the first result/);
      await input.press('Enter');
      await expect(page).toHaveURL(/\/help$/);
    });
  }

  test('the open search never covers the top-bar Get help now button', async ({ page }) => {
    const input = await openSearch(page, '/learn/dosing-sessions');
    await input.fill('side effects');
    await expect(options(page).first()).toBeVisible();
    const link = page
      .getByRole('banner')
      .getByRole('link', { name: 'Get help now' })
      .or(page.locator('.navbar').getByRole('link', { name: 'Get help now' }))
      .first();
    const covered = await link.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const points = [
        [r.left + 3, r.top + r.height / 2],
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.right - 3, r.top + r.height / 2],
      ];
      return points.filter(([x, y]) => !el.contains(document.elementFromPoint(x, y))).length;
    });
    expect(covered).toBe(0);
  });
});

test.describe('search: results', () => {
  test('finds a chapter section by a word from its body, by keyboard, and stays on this host', async ({
    page,
    context,
    baseURL,
  }) => {
    const problems = await watchProblems(context, page, baseURL!);
    const input = await openSearch(page, '/');
    await input.fill('cystitis');
    await expect(
      options(page)
        .filter({ hasText: /Bladder problems/ })
        .first(),
    ).toBeVisible();
    await input.fill('bladder');
    await expect(options(page).first()).toContainText('Bladder problems');
    await expect(page.getByTestId('search-status')).toContainText(/\d+ results?\./);
    await input.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', /.+/);
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/learn\/safety#bladder$/);
    expect(problems.offHostRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('Escape closes the search and returns focus to the search button', async ({ page }) => {
    const input = await openSearch(page);
    await input.fill('bladder');
    await expect(options(page).first()).toBeVisible();
    await input.press('Escape');
    await expect(input).toBeHidden();
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });

  test('no result is never a dead end: it offers help, the FAQ and the modules', async ({ page }) => {
    const input = await openSearch(page);
    await input.fill('xylophone zebra');
    const empty = page.getByTestId('search-empty');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
    await expect(empty.getByRole('link', { name: 'Frequently asked questions' })).toHaveAttribute('href', '/learn/faq');
    await empty.getByRole('link', { name: 'Browse all the course modules' }).click();
    await expect(page).toHaveURL(/\/#modules-heading$/);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 640 } });
    test('snippets show at least 80 characters of the passage with the match highlighted', async ({ page }) => {
      const input = await openSearch(page);
      await input.fill('bladder');
      await expect(options(page).first()).toBeVisible();
      const texts = await options(page).evaluateAll((els) =>
        els.map((el) => ({
          excerpt: el.querySelector('[data-part="excerpt"]')?.textContent ?? '',
          marks: el.querySelectorAll('mark').length,
          width: el.getBoundingClientRect().width,
        })),
      );
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) {
        expect(t.excerpt.length).toBeGreaterThanOrEqual(80);
        expect(t.marks).toBeGreaterThan(0);
        expect(t.width).toBeLessThanOrEqual(360);
      }
      // No result twice.
      const titles = await options(page).evaluateAll((els) => els.map((el) => el.id && el.textContent));
      expect(new Set(titles).size).toBe(titles.length);
    });
  });
});

test.describe('search: accessibility with the results open', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`zero axe violations in the ${colorScheme} theme, with results and the crisis box`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const input = await openSearch(page);
      await input.fill('suicide');
      await expect(options(page).first()).toBeVisible();
      await expect(page.getByTestId('search-crisis')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await input.fill('xylophone zebra');
      await expect(page.getByTestId('search-empty')).toBeVisible();
      const empty = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(empty.violations.map((v) => v.id)).toEqual([]);
    });
  }
});

test.describe('search: bad input is shown as text, never run, and stays quick', () => {
  const cases: Record<string, string> = {
    markup: '<img src=x onerror="window.__searchXss=1">bladder',
    long: 'bladder '.repeat(1250),
    'RTL and control characters': '\u202ebladder\u0000\u0007\u200f side\u2066 effects',
    emoji: '🙂💊 bladder 👩🏽‍⚕️',
  };
  for (const [name, query] of Object.entries(cases)) {
    test(name, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const input = await openSearch(page);
      await input.fill('bladder');
      await expect(options(page).first()).toBeVisible();
      await input.fill('');
      const started = Date.now();
      await input.fill(query);
      await expect(
        options(page)
          .filter({ hasText: /Bladder/ })
          .first(),
      ).toBeVisible();
      const took = Date.now() - started;
      expect(took).toBeLessThan(3_000);
      expect(await page.evaluate(() => (window as unknown as { __searchXss?: number }).__searchXss)).toBeUndefined();
      expect(await page.locator('[role="dialog"] img').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('search: light first search', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  async function searchBytes(page: Page, queries: readonly string[]) {
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const input = page.getByRole('combobox', { name: 'Search the course' });
    for (const q of queries) {
      await input.fill(q);
      await expect(page.getByTestId('search-status')).toHaveText(/results?\.|No results/);
    }
    let bytes = 0;
    for (const r of requests) bytes += (await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
    return { bytes, urls: requests.map((r) => new URL(r.url()).pathname) };
  }

  test('a page loads no search code or index until the reader opens the search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/learn/faq');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind|search/i.test(u))).toEqual([]);
  });

  test(`the first search downloads at most ${FIRST_SEARCH_BUDGET / KB} KB (gzip), code included, and a later one only what it needs`, async ({
    page,
  }) => {
    await page.goto('/learn/faq');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const first = await (async () => {
      const requests: Request[] = [];
      page.on('request', (r) => requests.push(r));
      await page.getByRole('button', { name: 'Search' }).click();
      const input = page.getByRole('combobox', { name: 'Search the course' });
      await input.fill('how long does a session take');
      await expect(options(page).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      for (const r of requests) bytes += (await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
      return { bytes, urls: requests.map((r) => new URL(r.url()).pathname) };
    })();
    console.log(`first search: ${(first.bytes / KB).toFixed(1)} KB in ${first.urls.length} requests`);
    expect(first.urls.some((u) => /pagefind\.js$/.test(u))).toBe(true);
    expect(first.urls.some((u) => /\.pagefind$/.test(u))).toBe(true);
    expect(first.bytes).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
    page.removeAllListeners('request');
    const later = await searchBytes(page, ['bladder']);
    expect(later.urls.every((u) => /\/pagefind\/(index|fragment)\//.test(u))).toBe(true);
    expect(later.bytes).toBeLessThan(20 * KB);
  });
});

test.describe('search in Spanish (/es/): its own index, Spanish words, crisis help first', () => {
  const built = existsSync(join(BUILD_DIR, 'es', 'pagefind', 'pagefind-entry.json'));
  test.skip(!built, 'this build has no Spanish edition');
  test.use({ viewport: { width: 360, height: 640 } });

  async function openSpanishSearch(page: Page, path = '/es/learn/faq') {
    await page.goto(path);
    await waitForHydration(page);
    await page.getByRole('button', { name: SEARCH_WORDS_ES_BUTTON }).click();
    const input = page.getByRole('combobox', { name: SEARCH_WORDS_ES.searchTheCourse });
    await expect(input).toBeFocused();
    return input;
  }

  for (const query of ['quiero morir', 'Suicidio', 'hacerme dano', 'sobredosis']) {
    test(`"${query}" shows Obtenga ayuda ahora with a call and a text to 988 first, and Enter opens the Spanish help page`, async ({
      page,
    }) => {
      const input = await openSpanishSearch(page);
      await input.fill(query);
      const crisis = page.getByTestId('search-crisis');
      await expect(crisis).toBeVisible();
      await expect(crisis.getByRole('link', { name: SEARCH_WORDS_ES.getHelpNow })).toHaveAttribute('href', '/es/help');
      // The crisis line's own call and text links (the Spanish-language 988 line once it is listed).
      await expect(crisis.locator('a[href="tel:988"]')).toHaveCount(1);
      await expect(crisis.locator('a[href^="sms:988"]')).toHaveCount(1);
      const first = page
        .locator(
          '[role="dialog"] [data-testid="search-crisis"], [role="dialog"] [role="option"], [role="dialog"] [data-testid="search-empty"]',
        )
        .first();
      await expect(first).toHaveAttribute('data-testid', 'search-crisis');
      await expect(page.getByTestId('search-status')).toContainText(SEARCH_WORDS_ES.crisisFirst);
      await input.press('Enter');
      await expect(page).toHaveURL(/\/es\/help$/);
    });
  }

  test('a Spanish query finds the Spanish section under /es/, and the panel speaks Spanish', async ({
    page,
    context,
    baseURL,
  }) => {
    test.skip(!spanishPage('safety'), 'the Spanish safety chapter is not translated yet');
    const problems = await watchProblems(context, page, baseURL!);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const input = await openSpanishSearch(page);
    await expect(page.getByText(SEARCH_WORDS_ES.staysOnDevice)).toBeVisible();
    await input.fill('problemas de la vejiga');
    const results = page.getByRole('listbox', { name: SEARCH_WORDS_ES.resultsLabel }).getByRole('option');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText(SEARCH_WORDS_ES.kindLabel.chapter);
    // Only the Spanish index was asked for.
    expect(requested.filter((p) => p.includes('/pagefind/') && !p.startsWith('/es/pagefind/'))).toEqual([]);
    await input.press('ArrowDown');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/es\/learn\/safety#bladder$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    expect(problems.offHostRequests).toEqual([]);
  });

  test('nothing found: the way out is in Spanish, with zero axe violations in both themes', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const input = await openSpanishSearch(page);
      await input.fill('xilófono cebra');
      const empty = page.getByTestId('search-empty');
      await expect(empty).toBeVisible();
      await expect(empty).toContainText(SEARCH_WORDS_ES.noResultsFor);
      await expect(empty.getByRole('link', { name: SEARCH_WORDS_ES.getHelpNow })).toHaveAttribute('href', '/es/help');
      await expect(empty.getByRole('link', { name: SEARCH_WORDS_ES.faq })).toHaveAttribute('href', '/es/learn/faq');
      expect(await axeViolations(page)).toEqual([]);
      await input.fill('suicidio');
      await expect(page.getByTestId('search-crisis')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
