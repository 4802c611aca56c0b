import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAINT_FIRST_SCRIPT_ID, ROUTE_SCRIPTS_ATTRIBUTE, SCRIPTS_STARTED_MARK } from '../../src/paintFirst/ssrTemplate';
import { getModule } from '../../src/course/modules';
import { AXE_TAGS, sitemapPaths, waitForHydration, watchProblems, axeViolations } from './support/site';

const paths = sitemapPaths();

test('the sitemap lists the course pages', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/help', '/privacy', '/learn/start-here', '/learn/safety']));
  expect(paths.length).toBeGreaterThan(20);
});

for (const path of paths) {
  test(`${path} loads cleanly, stays on this host and has no axe violations`, async ({ page, context, baseURL }) => {
    const problems = await watchProblems(context, page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');

    // Safety furniture on every page.
    await expect(page.getByRole('link', { name: 'Get help now' }).first()).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('not medical advice');
    await expect(page.getByRole('contentinfo')).toContainText('not emergency care');

    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    const violations = axe.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    expect(problems.offHostRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
}

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/', '/learn/how-ketamine-works', '/learn/conditions-and-evidence', '/help', '/blog']) {
    test(`${path} has no axe violations in the dark theme`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });
  for (const path of ['/', '/learn/safety', '/learn/what-to-expect', '/plan/build']) {
    test(`${path} has no axe violations on a small screen`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('on a phone, the chapter list in the menu', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  async function openMenu(page: import('@playwright/test').Page) {
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    return menu;
  }

  test('is there when the menu is opened as soon as the page responds', async ({ page }) => {
    await page.goto('/learn/safety', { waitUntil: 'commit' });
    await waitForHydration(page);
    const menu = await openMenu(page);
    await expect(menu.getByRole('link', { name: /^9\. Safety/ })).toBeVisible();
    await expect(menu.getByRole('link', { name: /^1\. / })).toBeVisible();
  });

  test('is there after the page has settled, and a chapter link leads to its page', async ({ page }) => {
    await page.goto('/learn/safety');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const menu = await openMenu(page);
    await menu.getByRole('link', { name: /^10\. / }).click();
    await expect(page.locator('.navbar-sidebar')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Safety and side effects');
  });
});

test.describe('on a phone, the menu', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('opens by keyboard on a page without chapters, and closes with its close button', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const toggle = page.getByRole('button', { name: 'Toggle navigation bar' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.navbar-sidebar');
    await expect(menu.getByRole('link', { name: 'My progress' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'For clinicians' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await menu.getByRole('button', { name: 'Close navigation bar' }).click();
    await expect(menu).toBeHidden();
  });
});

test.describe('loading order', () => {
  test('a chapter is painted before its scripts start, and the scripts still hydrate it', async ({ page }) => {
    await page.goto('/learn/faq');
    await waitForHydration(page);
    const times = await page.evaluate((mark) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const started = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
      return {
        fcp: fcp?.startTime ?? null,
        started: started?.startTime ?? null,
        why: (started?.detail as string | undefined) ?? null,
      };
    }, SCRIPTS_STARTED_MARK);
    expect(times.fcp).not.toBeNull();
    expect(times.started).not.toBeNull();
    // Started by the first paint, after it. On a busy machine the paint can take over a second;
    // then the fallback timer starts them (as it would in a background tab), and says so, and
    // the paint had indeed not been reported yet (a broken paint observer would fail here).
    if (times.why === 'timer') {
      expect(times.started!).toBeGreaterThanOrEqual(1000);
      expect(times.fcp!).toBeGreaterThan(times.started! - 50);
    } else {
      expect(times.why).toBe('paint');
      expect(times.started!).toBeGreaterThanOrEqual(times.fcp!);
    }
  });

  test("a chapter starts its route's scripts with the main bundle, and fetches each script once", async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
    });
    await page.goto('/learn/faq');
    await waitForHydration(page);
    const listed = await page.locator(`#${PAINT_FIRST_SCRIPT_ID}`).getAttribute(ROUTE_SCRIPTS_ATTRIBUTE);
    const routeScripts = (listed ?? '').split(' ').filter(Boolean);
    expect(routeScripts.length).toBeGreaterThan(3);
    for (const src of routeScripts) expect(requested).toContain(src);
    expect(requested.filter((u, i) => requested.indexOf(u) !== i)).toEqual([]);
  });

  test('a chapter on a phone starts without string collation (it loads collation tables: a long pause)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.addInitScript(`(() => {
      window.__collations = [];
      const compare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (...args) {
        window.__collations.push(String(this) + ' / ' + String(args[0]));
        return compare.apply(this, args);
      };
      const Collator = Intl.Collator;
      Intl.Collator = function (...args) {
        window.__collations.push('Intl.Collator');
        return new Collator(...args);
      };
    })()`);
    await page.goto('/learn/safety');
    await waitForHydration(page);
    // The phone menu and its chapter list are built once the page has settled.
    await expect(page.locator('.navbar-sidebar')).toBeAttached();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __collations: string[] }).__collations)).toEqual([]);
    // The chapter list is still there, in course order.
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const chapters = page.locator('.navbar-sidebar').getByRole('link', { name: /^\d+\. / });
    await expect(chapters.first()).toHaveAccessibleName(/^1\. /);
    // Opening the menu (which shows the chapter list) does not collate either.
    expect(await page.evaluate(() => (window as unknown as { __collations: string[] }).__collations)).toEqual([]);
  });

  test('a browser that asks for /favicon.ico (as Chrome does for a file without an icon link) gets the course icon', async ({
    page,
  }) => {
    const response = await page.request.get('/favicon.ico');
    expect(response.status()).toBe(200);
    const body = await response.body();
    // An ICO file: reserved 0, type 1 (icon), then at least one image.
    expect(body.readUInt16LE(0)).toBe(0);
    expect(body.readUInt16LE(2)).toBe(1);
    expect(body.readUInt16LE(4)).toBeGreaterThan(0);
  });

  test('no link prefetching: a first visit downloads its own page, not every chapter it links to', async ({ page }) => {
    await page.goto('/learn/faq');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(500);
    expect(await page.locator('link[rel="prefetch"]').count()).toBe(0);
  });
});

test.describe('Get help now', () => {
  for (const path of ['/', '/learn/safety', '/blog', '/help', '/progress']) {
    test(`is reached by keyboard within 3 Tab presses on ${path}`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page);
      let reached = false;
      for (let i = 0; i < 3 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Get help now');
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/help$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    });
  }

  test('stays visible in the top bar on a small phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/learn/dosing-sessions');
    await waitForHydration(page);
    const link = page.getByRole('link', { name: 'Get help now' }).first();
    await expect(link).toBeVisible();
    const box = await link.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(80);
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    // Nothing (the search button, the site name) covers any part of it.
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

test.describe('chapter furniture', () => {
  test('a chapter shows its reading time at the top, and its sources and review dates at the end', async ({ page }) => {
    await page.goto('/learn/safety');
    const article = page.locator('article');
    // The same minutes as the plan and the home page show for the module (the catalog's).
    await expect(
      article.getByText(`About ${getModule('safety')!.minutes} minutes, with the knowledge check`, { exact: true }),
    ).toBeVisible();
    await expect(article.getByRole('heading', { name: 'Sources for this page' })).toBeVisible();
    await expect(article.getByText('Page last reviewed:')).toBeVisible();
    await expect(article.getByText('Next review due:')).toBeVisible();
  });

  test('a citation leads to its entry on the References page', async ({ page }) => {
    await page.goto('/learn/what-is-kap');
    await waitForHydration(page);
    const cite = page.locator('article sup a').first();
    const label = await cite.getAttribute('aria-label');
    expect(label).toMatch(/^Source \d+: /);
    await cite.click();
    await expect(page).toHaveURL(/\/learn\/references#\w+/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`li[id="${id}"]`)).toBeVisible();
  });
});

// Search (crisis words, relevance, keyboard, bytes, bad input): tests/e2e/search.spec.ts and tests/search/.
