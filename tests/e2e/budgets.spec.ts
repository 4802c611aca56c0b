import { test, expect, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGETS, PAGE_TYPES, SPANISH_PAGE_TYPES, formatKb, jsBudget } from '../support/budgets';
import { COMPILE_HINT, MAIN_BUNDLE } from '../../src/paintFirst/compileHints';
import { QUIZZES } from '../../src/data/quizzes';
import { MODULES } from '../../src/course/modules';
import { UNREADABLE_PREFIX } from '../../src/course/storage';
import { waitForHydration } from './support/site';
import { weighPage, type PageWeight } from './support/weigh';

const BUILD_DIR = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '..', '..', 'build'));
const HAS_SPANISH = existsSync(join(BUILD_DIR, 'es', 'index.html'));
/** Every page type, in Spanish too when the build has the Spanish edition. */
const ALL_PAGE_TYPES = HAS_SPANISH ? [...PAGE_TYPES, ...SPANISH_PAGE_TYPES] : PAGE_TYPES;

/** The text of these scripts, joined. */
async function scriptText(page: Page, urls: readonly string[]): Promise<string> {
  const bodies = await Promise.all(urls.map((u) => page.request.get(u).then((r) => r.text())));
  return bodies.join('\n');
}

/** Weighs a page in a fresh browser context, so nothing is cached from an earlier page. */
async function weighFresh(browser: Browser, baseURL: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    return await weighPage(await context.newPage(), path);
  } finally {
    await context.close();
  }
}

// Page weight is deterministic for a given build, so budgets are hard limits.
test.describe('page-weight budgets (gzip, until the page is loaded and hydrated)', () => {
  for (const type of ALL_PAGE_TYPES) {
    test(`${type.name} (${type.path}) stays within budget`, async ({ page }) => {
      const { weight } = await weighPage(page, type.path);
      const summary = `${type.name}: JS ${formatKb(weight.js)}, CSS ${formatKb(weight.css)}, HTML ${formatKb(weight.html)}`;
      console.log(summary);
      expect(weight.js, summary).toBeGreaterThan(0);
      expect(weight.js, summary).toBeLessThanOrEqual(jsBudget(type.kind));
      expect(weight.css, summary).toBeLessThanOrEqual(BUDGETS.css);
      expect(weight.html, summary).toBeLessThanOrEqual(BUDGETS.html);
    });
  }

  test(`a page with a quiz adds at most ${formatKb(BUDGETS.quizExtraJs)} of JavaScript to a plain chapter`, async ({
    browser,
    baseURL,
  }) => {
    const plain = await weighFresh(browser, baseURL!, '/learn/faq');
    const quiz = await weighFresh(browser, baseURL!, '/learn/safety');
    expect(quiz.weight.js - plain.weight.js).toBeLessThanOrEqual(BUDGETS.quizExtraJs);
  });
});

test.describe('code splitting', () => {
  const markers = {
    quiz: 'Start the check again',
    checklist: 'My questions for my care team',
    qrcode: 'crispEdges',
  };

  test('a plain chapter downloads no quiz, checklist or QR-code code', async ({ page }) => {
    const { scripts } = await weighPage(page, '/learn/faq');
    await waitForHydration(page);
    const text = await scriptText(page, scripts);
    for (const [name, marker] of Object.entries(markers)) {
      expect(text.includes(marker), `${name} code on a plain chapter`).toBe(false);
    }
  });

  test('the quiz page does load the quiz code (so the check above can fail)', async ({ page }) => {
    const { scripts } = await weighPage(page, '/learn/safety');
    expect((await scriptText(page, scripts)).includes(markers.quiz)).toBe(true);
  });

  /** Which quizzes' question ids appear in a page's script text (ids are unique across the course). */
  function quizzesIn(text: string): { own: (moduleId: string) => string[]; others: (moduleId: string) => string[] } {
    const found = (quiz: (typeof QUIZZES)[string]) =>
      quiz.questions.map((q) => q.id).filter((id) => text.includes(`"${id}"`));
    return {
      own: (moduleId) => found(QUIZZES[moduleId]),
      others: (moduleId) =>
        Object.values(QUIZZES)
          .filter((q) => q.moduleId !== moduleId)
          .flatMap(found),
    };
  }

  test("a chapter with a knowledge check downloads its own questions and no other module's", async ({
    browser,
    baseURL,
  }) => {
    for (const moduleId of ['safety', 'what-to-expect']) {
      const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const scripts: string[] = [];
        page.on('response', (r) => {
          if (r.request().resourceType() === 'script') scripts.push(r.url());
        });
        await page.goto(MODULES.find((m) => m.id === moduleId)!.path);
        await waitForHydration(page);
        await page.waitForLoadState('networkidle');
        const found = quizzesIn(await scriptText(page, scripts));
        expect(found.own(moduleId), `${moduleId} lacks its own questions`).toEqual(
          QUIZZES[moduleId].questions.map((q) => q.id),
        );
        expect(found.others(moduleId), `${moduleId} downloads other modules' questions`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  test("every chapter's own scripts (as its page lists them) hold its own questions and no other module's", async ({
    page,
  }) => {
    for (const quiz of Object.values(QUIZZES)) {
      const path = MODULES.find((m) => m.id === quiz.moduleId)!.path;
      const html = await (await page.request.get(path)).text();
      const listed = [
        ...[...html.matchAll(/<link[^>]+rel="?preload"?[^>]+as="?script"?[^>]+href="?([^"\s>]+)/g)].map((m) => m[1]),
        ...(html
          .match(/data-route-scripts="([^"]*)"/)?.[1]
          .split(' ')
          .filter(Boolean) ?? []),
      ];
      expect(listed.length, `${path} lists no scripts`).toBeGreaterThan(2);
      const found = quizzesIn(await scriptText(page, [...new Set(listed)]));
      expect(found.own(quiz.moduleId), `${path} lacks its own questions`).toEqual(quiz.questions.map((q) => q.id));
      expect(found.others(quiz.moduleId), `${path} carries other modules' questions`).toEqual([]);
    }
  });

  test('the chapter addresses reach only the linking page', async ({ page }) => {
    const marker = /"sections":\[\{"level"/;
    const { scripts } = await weighPage(page, '/learn/faq');
    await page.waitForLoadState('networkidle');
    expect(marker.test(await scriptText(page, scripts)), 'chapter addresses on a plain chapter').toBe(false);
    const scriptsHere: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scriptsHere.push(r.url());
    });
    await page.goto('/learn/for-clinicians/linking');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(marker.test(await scriptText(page, scriptsHere)), 'no chapter addresses on the linking page').toBe(true);
  });

  test('the search code and index are fetched only when the reader searches', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/learn/faq');
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => /pagefind/.test(u))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('combobox', { name: 'Search the course' }).fill('bladder');
    await expect.poll(() => requested.some((u) => /\/pagefind\/index\//.test(u))).toBe(true);
  });
});

test.describe('the Spanish edition carries its own words only', () => {
  test.skip(!HAS_SPANISH, 'no Spanish edition in this build');

  // src/plugins/translatedDefaults.js: Docusaurus shows a theme word's translation, never its English default.
  test("a Spanish chapter's scripts hold the theme's Spanish words, not their English defaults", async ({ page }) => {
    const { scripts } = await weighPage(page, '/es/learn/faq');
    const text = await scriptText(page, scripts);
    expect(text).toContain('Ir al contenido principal');
    for (const english of ['Skip to main content', 'Close navigation bar', 'Direct link to {heading}'])
      expect(text.includes(english), english).toBe(false);
    await expect(page.getByRole('link', { name: 'Ir al contenido principal' })).toBeAttached();
    const english = await weighPage(page, '/learn/faq');
    expect(await scriptText(page, english.scripts)).toContain('Skip to main content');
  });
});

test.describe('start-up work', () => {
  test("the main bundle asks V8 to compile it while it downloads, not on the page's main thread", async ({ page }) => {
    await page.goto('/learn/faq');
    const preloads = await page
      .locator('head link[rel="preload"][as="script"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href') ?? ''));
    const main = preloads.filter((href) => MAIN_BUNDLE.test(href));
    expect(main).toHaveLength(1);
    const text = await (await page.request.get(main[0])).text();
    expect(text.split('\n')[0]).toBe(COMPILE_HINT);
    // Only the main bundle: route chunks hold code a page may never call.
    const others = preloads.filter((href) => !MAIN_BUNDLE.test(href));
    for (const href of others)
      expect((await (await page.request.get(href)).text()).startsWith(COMPILE_HINT)).toBe(false);
    await waitForHydration(page);
  });

  // The language switcher (in every page's top bar) keeps the reader's choice on the device: it
  // once imported that from the progress store, which put the whole store (progress, plans, link
  // decoding: about 9 KB gzip) into the main bundle that every page downloads and compiles first.
  test('the main bundle holds no progress store and no Prism catalog; the pages that keep progress load the store', async ({
    page,
  }) => {
    const paths = HAS_SPANISH ? ['/learn/faq', '/es/learn/faq'] : ['/learn/faq'];
    for (const path of paths) {
      const { scripts } = await weighPage(page, path);
      const main = scripts.filter((url) => MAIN_BUNDLE.test(new URL(url).pathname));
      expect(main, path).toHaveLength(1);
      const text = await (await page.request.get(main[0])).text();
      expect(text.includes(UNREADABLE_PREFIX), `progress store in ${main[0]}`).toBe(false);
      // Prism's catalog of languages (src/theme/prism-include-languages.ts): the course highlights no code.
      expect(text.includes('components/prism-{id}'), `Prism's catalog in ${main[0]}`).toBe(false);
    }
    const quiz = await weighPage(page, '/learn/safety');
    expect((await scriptText(page, quiz.scripts)).includes(UNREADABLE_PREFIX), 'no progress store on a quiz page').toBe(
      true,
    );
  });
});

test.describe('no render-blocking or layout-shifting extras', () => {
  for (const type of ALL_PAGE_TYPES) {
    test(`${type.path} loads no web fonts, no third-party styles, and does not shift its layout`, async ({ page }) => {
      const { urls } = await weighPage(page, type.path);
      expect(urls.filter((u) => /\.(woff2?|ttf|otf|eot)(\?|$)/.test(u))).toEqual([]);
      // Render-blocking requests are those the server's HTML asks for in <head>: stylesheets
      // and scripts without defer or async. Only the page's own CSS may block.
      const html = await (await page.request.get(type.path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const blocking = [
        ...[...head.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/g)].map((m) => m[0]),
        ...[...head.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)]
          .map((m) => m[0])
          .filter((tag) => !/\b(defer|async)\b|type=["']?module/.test(tag)),
      ];
      expect(blocking.filter((tag) => !/href=["']?(\/es)?\/assets\/css\/[\w.~-]+\.css/.test(tag))).toEqual([]);
      await waitForHydration(page);
      await page.waitForTimeout(500);
      const cls = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 200);
          }),
      );
      expect(cls).toBe(0);
    });
  }
});
