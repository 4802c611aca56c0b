/**
 * The search part of `npm run bench`: the chosen engine (Pagefind, in build/) next to the engine
 * it replaced (@easyops-cn/docusaurus-search-local, built with SEARCH_ENGINE=lunr), on the same
 * chapters and with the same ignored selectors:
 *
 * - first-search bytes (gzip, search code included) and time, on a 360 px phone, from opening the
 *   search to the first results, in a fresh browser (nothing cached);
 * - bytes and time of a second, different search;
 * - the relevance suite (tests/search/queries.ts): share of reader queries with the answer in the
 *   top 3 (Pagefind through the browser panel's own code, the old engine through its results page).
 */
import type { Browser, Page, Request } from '@playwright/test';
import { READER_QUERIES } from '../tests/search/queries';
import { runSearch } from '../src/search/engine';
import { loadBuiltIndex } from '../tests/search/support/builtIndex';
import { formatKb } from '../tests/support/budgets';

export type Engine = 'pagefind' | 'lunr';

export interface SearchBench {
  readonly engine: Engine;
  readonly firstBytes: number;
  readonly firstMs: number;
  readonly laterBytes: number;
  readonly laterMs: number;
  readonly top3: number;
  readonly total: number;
}

const FIRST = 'how long does a session take';
const LATER = 'bladder';

async function bytesOf(requests: readonly Request[]): Promise<number> {
  let total = 0;
  for (const r of requests) total += (await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
  return total;
}

/** Types a query and waits for its results; returns the milliseconds from typing to results. */
async function search(page: Page, engine: Engine, query: string): Promise<number> {
  const input =
    engine === 'pagefind'
      ? page.getByRole('combobox', { name: 'Search the course' })
      : page.locator('.navbar input').first();
  const started = Date.now();
  await input.fill(query);
  if (engine === 'pagefind') {
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  } else {
    await page.locator('[role="option"]').first().waitFor();
  }
  return Date.now() - started;
}

async function firstSearch(browser: Browser, origin: string, engine: Engine) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 640 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/learn/faq`);
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await page.waitForLoadState('networkidle');
    let requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const started = Date.now();
    if (engine === 'pagefind') await page.getByRole('button', { name: 'Search' }).click();
    else await page.locator('.navbar input').first().click();
    await search(page, engine, FIRST);
    const firstMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const firstBytes = await bytesOf(requests);
    requests = [];
    const laterMs = await search(page, engine, LATER);
    await page.waitForLoadState('networkidle');
    return { firstBytes, firstMs, laterBytes: await bytesOf(requests), laterMs };
  } finally {
    await context.close();
  }
}

function answers(url: string, expected: string): boolean {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return expected.includes('#') ? path === expected : path.replace(/#.*$/, '') === expected;
}

async function relevancePagefind(buildDir: string): Promise<number> {
  const index = await loadBuiltIndex(buildDir);
  let found = 0;
  for (const q of READER_QUERIES) {
    const { hits } = await runSearch(index, q.query);
    if (hits.slice(0, 3).some((h) => q.expect.some((e) => answers(h.url, e)))) found += 1;
  }
  return found;
}

async function relevanceLunr(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let found = 0;
  try {
    for (const q of READER_QUERIES) {
      await page.goto(`${origin}/search?q=${encodeURIComponent(q.query)}`);
      await page
        .getByText(/documents? (were )?found/i)
        .first()
        .waitFor();
      const hrefs = await page
        .locator('article h2 a')
        .evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
      if (hrefs.some((h) => q.expect.some((e) => answers(h, e)))) found += 1;
    }
  } finally {
    await context.close();
  }
  return found;
}

export async function benchSearch(
  browser: Browser,
  origin: string,
  engine: Engine,
  buildDir: string,
): Promise<SearchBench> {
  const first = await firstSearch(browser, origin, engine);
  const top3 = engine === 'pagefind' ? await relevancePagefind(buildDir) : await relevanceLunr(browser, origin);
  return { engine, ...first, top3, total: READER_QUERIES.length };
}

export function printSearchBench(rows: readonly SearchBench[]): void {
  console.log('Search on a 360 px phone, fresh browser (gzip bytes; time from opening the search to results)');
  console.log(
    `${'engine'.padEnd(34)} ${'first search'.padStart(13)} ${'time'.padStart(7)} ${'next search'.padStart(12)} ${'time'.padStart(7)} ${'top 3'.padStart(14)}`,
  );
  for (const r of rows) {
    const name = r.engine === 'pagefind' ? 'Pagefind 1.6 (chosen)' : 'docusaurus-search-local (old)';
    console.log(
      `${name.padEnd(34)} ${formatKb(r.firstBytes).padStart(13)} ${`${r.firstMs} ms`.padStart(7)} ${formatKb(r.laterBytes).padStart(12)} ${`${r.laterMs} ms`.padStart(7)} ${`${r.top3}/${r.total} ${((r.top3 / r.total) * 100).toFixed(0)}%`.padStart(14)}`,
    );
  }
  console.log(`(first search: "${FIRST}"; next search: "${LATER}"; top 3: tests/search/queries.ts)\n`);
}
