/**
 * The Spanish FAQ, glossary and references pages (issue 16), in the browser: each FAQ group has
 * its own Listen control, the glossary shows Spanish terms under the English anchors, reference
 * titles stay as published (marked English), labels and pagers are Spanish, the clinicians'
 * pages stay English, and no axe violations in either theme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { GLOSSARY as ES_GLOSSARY } from '../../src/i18n/es/glossary';
import { REFERENCE_LIST_TEXT as ES_REFERENCES } from '../../src/i18n/es/references';
import { REFERENCES } from '../../src/data/references';
import { axeViolations, waitForHydration } from './support/site';

const PAGES = ['/es/learn/faq', '/es/learn/glossary', '/es/learn/references'];

test('the Spanish FAQ has a Listen control right after each group heading, named by it', async ({ page }) => {
  await page.goto('/es/learn/faq');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const headings = page.locator('article .theme-doc-markdown h2:not(#page-sources)');
  const titles = (await headings.allInnerTexts()).map((h) => h.replace(/\u200b/g, '').trim());
  expect(titles).toEqual(['Lo básico', '¿Funciona?', 'Seguridad', 'Costo y preguntas prácticas', 'Sobre este sitio']);
  for (const [i, title] of titles.entries()) {
    const control = headings.nth(i).locator('xpath=following-sibling::*[1]');
    await expect(control).toHaveAttribute('role', 'group');
    await expect(control).toHaveAccessibleName(new RegExp(title.replace(/[?¿]/g, '.')));
  }
});

test('the Spanish glossary lists Spanish terms under the same anchors as the English one', async ({ page }) => {
  await page.goto('/es/learn/glossary#dissociation');
  await waitForHydration(page);
  const terms = page.locator('article .theme-doc-markdown h2');
  await expect(terms).toHaveCount(ES_GLOSSARY.length);
  await expect(page.locator('h2#dissociation')).toHaveText(/Disociación/);
  await expect(page.locator('h2#dissociation')).toBeInViewport();
});

test('the Spanish references page keeps titles as published, marked English, with Spanish labels', async ({ page }) => {
  await page.goto('/es/learn/references');
  await waitForHydration(page);
  await expect(page.locator('article ol > li')).toHaveCount(REFERENCES.length);
  const label = REFERENCES.find((r) => !r.doi && r.url)!;
  const item = page.locator(`li#${label.id}`);
  await expect(item.getByRole('link', { name: ES_REFERENCES.readSource })).toHaveAttribute('href', label.url!);
  await expect(item.locator('[lang="en"]')).toContainText(label.title);
});

test('the sidebar and the pagers say the Spanish labels; the clinicians’ pages stay English', async ({ page }) => {
  await page.goto('/es/learn/glossary');
  await waitForHydration(page);
  const sidebar = page.locator('nav.menu');
  await expect(sidebar.getByRole('link', { name: 'Preguntas frecuentes', exact: true })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Referencias', exact: true })).toBeVisible();
  await expect(sidebar.getByText('Para consultar', { exact: true })).toBeVisible();
  const pager = page.locator('nav.pagination-nav');
  await expect(pager.locator('.pagination-nav__label')).toHaveText(['Preguntas frecuentes', 'Referencias']);
  // No Spanish file for the clinicians' pages: Docusaurus shows the English page under /es/.
  const english = readFileSync(join(__dirname, '..', '..', 'docs', 'for-clinicians', 'index.mdx'), 'utf8');
  await page.goto('/es/learn/for-clinicians');
  await expect(page.locator('article h1')).toHaveText(/^title: (.+)$/m.exec(english)![1]!.trim());
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
