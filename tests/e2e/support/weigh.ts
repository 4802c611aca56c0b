import type { Page, Request } from '@playwright/test';
import { emptyWeight, weightBucket, type Weight } from '../../support/budgets';

export interface PageWeight {
  /** Compressed bytes on the wire, by kind, for requests started before the page was ready. */
  readonly weight: Weight;
  /** Every JavaScript address fetched before the page was ready. */
  readonly scripts: readonly string[];
  /** Every address fetched before the page was ready. */
  readonly urls: readonly string[];
}

/**
 * Records, in the page, when React has hydrated it (Docusaurus sets data-has-hydrated). Plain
 * JavaScript in a string: a function would be shipped as compiled by whichever tool runs this
 * file, and tsx (npm run bench) adds helpers that do not exist in the page.
 */
const RECORD_HYDRATION = `
  new MutationObserver(function () {
    if (window.__kapHydratedAt === undefined && document.documentElement.dataset.hasHydrated === 'true') {
      window.__kapHydratedAt = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
`;

/**
 * Loads a page and adds up what crossed the wire (gzip) for every request started before the
 * page was ready: after its load event *and* after React had hydrated it, whichever came later.
 * Counting to the later of the two means the page's own scripts are always counted, even though
 * they may start after the load event (src/paintFirst/ssrTemplate.ts); what only enhances a page
 * and waits for an idle moment afterwards (progress ticks, notices, the service worker) is not.
 */
export async function weighPage(page: Page, path: string): Promise<PageWeight> {
  const requests: Request[] = [];
  const onRequest = (request: Request) => requests.push(request);
  await page.addInitScript({ content: RECORD_HYDRATION });
  page.on('request', onRequest);
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  const { timeOrigin, readyAt, starts } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const hydratedAt = (window as Window & { __kapHydratedAt?: number }).__kapHydratedAt;
    if (hydratedAt === undefined) throw new Error('The page never reported hydration');
    // When each address was first requested, on the page's own clock (the one readyAt uses).
    const firstStart: Record<string, number> = { [nav.name]: 0 };
    for (const entry of performance.getEntriesByType('resource')) {
      if (!(entry.name in firstStart)) firstStart[entry.name] = entry.startTime;
    }
    return {
      timeOrigin: performance.timeOrigin,
      readyAt: Math.max(nav.loadEventStart, hydratedAt),
      starts: firstStart,
    };
  });
  const weight = emptyWeight();
  const scripts: string[] = [];
  const urls: string[] = [];
  for (const request of requests) {
    // The page's clock where it has the request, so a request made a moment after the page
    // was ready is never counted through a small difference between two clocks.
    const startedAt = starts[request.url()] ?? request.timing().startTime - timeOrigin;
    if (startedAt > readyAt) continue;
    const response = await request.response();
    if (!response) continue;
    const url = request.url();
    urls.push(url);
    const bucket = weightBucket(response.headers()['content-type'] ?? '', url);
    if (bucket === 'js') scripts.push(url);
    weight[bucket] += (await request.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
  }
  return { weight, scripts, urls };
}
