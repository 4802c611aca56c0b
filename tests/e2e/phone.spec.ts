/**
 * What a reader on a small phone (360 × 640) must be able to do without zooming or scrolling
 * sideways: read every table, reach the crisis lines at once, and find the FAQ.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AXE_TAGS, sitemapPaths, waitForHydration, axeViolations } from './support/site';

const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '..', '..', 'build'));
const PHONE = { width: 360, height: 640 };

/** The built HTML of a page in the sitemap. */
function builtHtml(path: string): string {
  const file = join(BUILD_DIR, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : readFileSync(join(BUILD_DIR, `${path}.html`), 'utf8');
}

/** Every page of the site that holds a table, found in the build (so the list cannot go stale). */
const pagesWithTables = sitemapPaths().filter((path) => /<table[\s>]/.test(builtHtml(path)));

test.describe('tables on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  test('are found on the chapters that have them', () => {
    expect(pagesWithTables).toEqual(
      expect.arrayContaining(['/learn/conditions-and-evidence', '/learn/kap-compared', '/learn/dosing-sessions']),
    );
  });

  for (const path of pagesWithTables) {
    test(`${path}: every table fits the screen, and every cell shows its column's name`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const tables = page.locator('main table');
      expect(await tables.count()).toBeGreaterThan(0);
      const problems = await tables.evaluateAll((all, width) => {
        const found: string[] = [];
        all.forEach((table, t) => {
          const box = table.getBoundingClientRect();
          if (box.left < 0 || box.right > width) found.push(`table ${t} spans ${box.left}-${box.right} px`);
          if (table.scrollWidth > table.clientWidth + 1) found.push(`table ${t} scrolls sideways`);
          const headers = [...table.querySelectorAll('thead tr:first-child > *')].map((h) => h.textContent!.trim());
          table.querySelectorAll('tbody tr').forEach((row, r) => {
            [...row.children].forEach((cell, c) => {
              const cellBox = cell.getBoundingClientRect();
              if (cellBox.right > width + 0.5) found.push(`table ${t} row ${r} cell ${c} ends at ${cellBox.right} px`);
              if (c === 0 || !headers[c] || !table.classList.contains('kap-table')) return;
              const label = cell.querySelector<HTMLElement>('.kap-cell-label');
              const visible =
                label && label.getBoundingClientRect().height > 0 && getComputedStyle(label).visibility !== 'hidden';
              if (!visible || label.textContent!.trim() !== headers[c]) {
                found.push(`table ${t} row ${r} cell ${c} does not show "${headers[c]}"`);
              }
            });
          });
        });
        return found;
      }, PHONE.width);
      expect(problems).toEqual([]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the cards have no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/learn/kap-compared');
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('main table .kap-cell-label').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a screen reader still meets a table with its column headers, and axe finds nothing wrong', async ({ page }) => {
    await page.goto('/learn/conditions-and-evidence');
    await waitForHydration(page);
    const table = page.getByRole('table').first();
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'What studies found' })).toHaveCount(1);
    await expect(table.getByRole('rowheader').first()).toBeVisible();
    // The visible labels are for the eye only: the header is not read twice.
    await expect(table.locator('.kap-cell-label').first()).toHaveAttribute('aria-hidden', 'true');
    const snapshot = await table.ariaSnapshot();
    expect(snapshot).toMatch(/- row ".*What studies found/);
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('on a wide screen the table is a table again, without the phone labels', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/learn/kap-compared');
    await waitForHydration(page);
    await expect(page.locator('main table .kap-cell-label').first()).toBeHidden();
    expect(
      await page
        .locator('main table tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('table-row');
  });
});

test.describe('the help page on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  async function inFirstScreen(page: Page, name: string) {
    const link = page.getByRole('link', { name, exact: true }).first();
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    expect(box.y, `${name} starts on the first screen`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${name} ends on the first screen`).toBeLessThanOrEqual(PHONE.height);
  }

  test('shows 911 and 988 (call and text) on the first screen, without scrolling', async ({ page }) => {
    await page.goto('/help');
    await waitForHydration(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await inFirstScreen(page, 'Call 911');
    await inFirstScreen(page, 'Call 988');
    await inFirstScreen(page, 'Text 988');
  });

  test('lists SAMHSA and Fireside under "Other support", never under the crisis lines', async ({ page }) => {
    await page.goto('/help');
    const crisis = page.getByRole('region', { name: 'Crisis lines, open 24 hours' });
    const other = page.getByRole('region', { name: 'Other support (not crisis lines)' });
    await expect(crisis.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(crisis).not.toContainText('SAMHSA');
    await expect(crisis).not.toContainText('Fireside');
    await expect(other).toContainText('SAMHSA National Helpline');
    await expect(other).toContainText('Fireside Project');
  });
});

test.describe('the FAQ', () => {
  test('is in the top bar on a computer, and on the home page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await waitForHydration(page);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ', exact: true }),
    ).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Common questions (FAQ)' }).click();
    await expect(page).toHaveURL(/\/learn\/faq$/);
  });

  test('is in the phone menu, while the top bar keeps "Get help now" in view', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await waitForHydration(page);
    const help = page.getByRole('link', { name: 'Get help now' }).first();
    await expect(help).toBeInViewport();
    const box = (await help.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const menu = page.locator('.navbar-sidebar');
    await menu.getByRole('link', { name: 'FAQ', exact: true }).click();
    await expect(page).toHaveURL(/\/learn\/faq$/);
  });
});

test.describe('a glossary word, opened', () => {
  /** The first glossary word in a paragraph of the chapter, with what follows it on the line. */
  async function measure(page: Page) {
    return page.evaluate(() => {
      const word = document.querySelector<HTMLButtonElement>('article .markdown > p button[aria-expanded]')!;
      const paragraph = word.closest('p')!;
      // The first character after the word (the rest of the sentence).
      let next: Node | null = word.parentElement!.nextSibling;
      while (next && !(next.textContent ?? '').trim()) next = next.nextSibling;
      const range = document.createRange();
      const textNode =
        next!.nodeType === Node.TEXT_NODE ? next! : document.createTreeWalker(next!, NodeFilter.SHOW_TEXT).nextNode()!;
      const offset = textNode.textContent!.search(/\S/);
      range.setStart(textNode, offset);
      range.setEnd(textNode, offset + 1);
      const after = range.getBoundingClientRect();
      const box = paragraph.getBoundingClientRect();
      // Measured from the paragraph's corner: on a phone the page may scroll the word up above the
      // sheet (a deliberate scroll of the whole page), but the sentence itself must not move or wrap.
      return {
        paragraphHeight: box.height,
        paragraphLeft: box.left,
        // Where the paragraph sits in the page (not on the screen): nothing above it grew or shrank.
        paragraphTopInPage: Math.round(box.top + window.scrollY),
        afterTop: after.top - box.top,
        afterLeft: after.left - box.left,
      };
    });
  }

  /** The open panel is fully on the screen and is what a reader sees there (nothing clips or covers it). */
  async function expectPanelOnScreen(
    page: Page,
    panel: import('@playwright/test').Locator,
    width: number,
    height: number,
  ) {
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    const seen = await panel.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(12, r.height / 2)));
    });
    expect(seen).toBe(true);
  }

  for (const [viewport, scheme] of [
    [PHONE, 'light'],
    [{ width: 1280, height: 800 }, 'dark'],
  ] as const) {
    test(`keeps the sentence on its line, and opens and closes by keyboard (${viewport.width} px, ${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(viewport);
      await page.goto('/learn/how-ketamine-works');
      await waitForHydration(page);
      const word = page.locator('article .markdown > p button[aria-expanded]').first();
      await word.scrollIntoViewIfNeeded();
      const before = await measure(page);
      await word.focus();
      await page.keyboard.press('Enter');
      await expect(word).toHaveAttribute('aria-expanded', 'true');
      const panel = page.locator(`[id="${await word.getAttribute('aria-controls')}"]`);
      await expect(panel).toBeVisible();
      const after = await measure(page);
      expect(after).toEqual(before);
      await expectPanelOnScreen(page, panel, viewport.width, viewport.height);
      if (viewport.width === PHONE.width) {
        // A sheet along the bottom of the screen.
        const box = (await panel.boundingBox())!;
        expect(Math.round(box.y + box.height)).toBe(PHONE.height);
        expect(Math.round(box.width)).toBe(PHONE.width);
      }
      const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await page.keyboard.press('Tab');
      await expect(panel.getByRole('link', { name: 'More in the glossary' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(word).toBeFocused();
    });
  }

  test('on a phone, does not cover the word it explains, even near the bottom of the screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/learn/how-ketamine-works');
    await waitForHydration(page);
    const word = page.locator('article .markdown > p button[aria-expanded]').nth(2);
    // Put the word near the bottom edge of the screen.
    await word.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 10));
    await word.click();
    const panel = page.locator(`[id="${await word.getAttribute('aria-controls')}"]`);
    await expect(panel).toBeVisible();
    const wordBox = (await word.boundingBox())!;
    const sheetBox = (await panel.boundingBox())!;
    expect(wordBox.y + wordBox.height).toBeLessThanOrEqual(sheetBox.y);
    expect(wordBox.y).toBeGreaterThanOrEqual(64); // below the top bar
  });

  test('inside a table on a computer, is not clipped by the table', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/learn/dosing-sessions');
    await waitForHydration(page);
    const word = page.locator('article table button[aria-expanded]').first();
    await word.scrollIntoViewIfNeeded();
    await word.click();
    const panel = page.locator(`[id="${await word.getAttribute('aria-controls')}"]`);
    await expect(panel).toBeVisible();
    await expectPanelOnScreen(page, panel, 1280, 800);
    await page.mouse.click(5, 790);
    await expect(panel).toBeHidden();
  });
});
