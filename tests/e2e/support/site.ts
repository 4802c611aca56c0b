import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '..', '..', '..', 'build'));

/**
 * Every page path listed in the build's sitemap.xml, for example '/learn/safety', or in another
 * language's sitemap ('es/sitemap.xml': '/es/learn/safety').
 */
export function sitemapPaths(sitemap = 'sitemap.xml'): string[] {
  const xml = readFileSync(join(BUILD_DIR, sitemap), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
}

export interface PageProblems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  readonly offHostRequests: string[];
}

/**
 * Watches a browser context for what a reader must never meet: console errors, uncaught errors,
 * failed requests, and any request to a host other than the local test server (which is blocked).
 */
export async function watchProblems(context: BrowserContext, page: Page, baseURL: string): Promise<PageProblems> {
  const host = new URL(baseURL).host;
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offHostRequests: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== host) {
      problems.offHostRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('requestfailed', (req) => {
    if (new URL(req.url()).host === host)
      problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && new URL(res.url()).host === host)
      problems.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
  });
  return problems;
}

/** Resolves once React has hydrated the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    timeout: 15_000,
  });
}

/**
 * Waits until no CSS transition or animation is running, so a color check measures the colors
 * the reader is left with (a theme switch or a button that changed kind fades for a moment).
 */
export async function waitForTransitions(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's axe violations (WCAG 2.1 A and AA), each as "rule: first five places", for one readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return axe.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}
