/**
 * The Spanish edition in the browser: <html lang>, hreflang alternates both ways, the language
 * switcher (wide screen, phone menu, keyboard; keeps the page and section), the remembered
 * choice (this device only, and safe when storage is blocked), the translation notice, the
 * Spanish help page with 988 in Spanish, AYUDA and 911 one tap away, and axe in both themes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { axeViolations, sitemapPaths, waitForHydration, watchProblems } from './support/site';

const ROOT = join(__dirname, '..', '..');
const BUILD = join(ROOT, 'build');
const LANGUAGE_KEY = 'kap-course:language';

/** The built HTML file of a path ('/learn/safety' -> build/learn/safety/index.html). */
function htmlOf(path: string): string {
  const file = join(BUILD, path, 'index.html');
  return readFileSync(existsSync(file) ? file : join(BUILD, `${path}.html`), 'utf8');
}

/** The page's alternates: hreflang -> address path. */
function alternates(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link[^>]*rel=["']?alternate["']?[^>]*>/g)].map((m) => m[0]);
  const pairs = links.flatMap((link) => {
    const href = /href=["']?([^"'\s>]+)/.exec(link)?.[1];
    const lang = /hreflang=["']?([^"'\s>/]+)/.exec(link)?.[1];
    return href && lang ? [[lang, new URL(href).pathname] as const] : [];
  });
  return Object.fromEntries(pairs);
}

/** Spanish docs pages that are translations (front matter `translation_of`), as /learn/... paths. */
function translatedChapters(): string[] {
  const dir = join(ROOT, 'i18n', 'es', 'docusaurus-plugin-content-docs', 'current');
  if (!existsSync(dir)) return [];
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : /\.mdx?$/.test(e.name) ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .filter((f) => /^translation_of:/m.test(readFileSync(f, 'utf8')))
    .map(
      (f) =>
        `/learn/${relative(dir, f)
          .replace(/\\/g, '/')
          .replace(/(\/index)?\.mdx?$/, '')}`,
    )
    .filter((p) => !p.startsWith('/learn/for-clinicians'))
    .sort();
}

async function storedLanguage(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), LANGUAGE_KEY);
}

test.describe('language of each edition', () => {
  for (const [path, lang] of [
    ['/', 'en'],
    ['/learn/safety', 'en'],
    ['/es/', 'es'],
    ['/es/help', 'es'],
    ['/es/privacy', 'es'],
    ['/es/learn/safety', 'es'],
    ['/es/blog', 'es'],
  ] as const) {
    test(`${path} is <html lang="${lang}">`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }

  test('every page names its English and Spanish versions (hreflang) and x-default, both ways', () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const spanish = path === '/' ? '/es/' : `/es${path}`;
      const expected = { en: path, es: spanish, 'x-default': path };
      expect(alternates(htmlOf(path)), path).toEqual(expected);
      expect(alternates(htmlOf(spanish)), spanish).toEqual(expected);
    }
  });
});

test.describe('the language switcher', () => {
  test('on a wide screen: keeps the page and section, and the choice opens the Spanish home next time', async ({
    page,
    context,
    baseURL,
  }) => {
    const problems = await watchProblems(context, page, baseURL!);
    await page.goto('/learn/safety#bladder');
    await waitForHydration(page);
    const button = page.getByRole('button', { name: 'Language: English' });
    await expect(button).toBeVisible();
    await button.hover();
    await page.getByRole('link', { name: 'Español', exact: true }).filter({ visible: true }).click();
    await expect(page).toHaveURL(/\/es\/learn\/safety#bladder$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: 'Idioma: Español' })).toBeVisible();
    expect(await storedLanguage(page)).toBe('es');

    // Later, the English home page takes the reader to the Spanish one; chapters never redirect.
    await page.goto('/learn/faq');
    await waitForHydration(page);
    await expect(page).toHaveURL(/\/learn\/faq$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/es\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    expect(problems.offHostRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test('by keyboard: Enter opens it, Tab reaches English, Enter goes there with the section kept', async ({ page }) => {
    await page.goto('/es/learn/safety#dependence');
    await waitForHydration(page);
    const button = page.getByRole('button', { name: 'Idioma: Español' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.dropdown__menu').getByRole('link', { name: 'English' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('English');
    await expect(page.locator(':focus')).toHaveAttribute('lang', 'en');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/:\d+\/learn\/safety#dependence$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await storedLanguage(page)).toBe('en');
    await page.goto('/es/');
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 640 } });

    test('is in the phone menu and keeps the page and section', async ({ page }) => {
      await page.goto('/learn/safety#during');
      await waitForHydration(page);
      await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
      const menu = page.locator('.navbar-sidebar');
      // On a chapter the menu opens at the chapter list; the languages are in the main menu.
      await menu.getByRole('button', { name: '← Back to main menu' }).click();
      await expect(menu.getByRole('button', { name: 'Languages' })).toBeVisible();
      await menu.getByRole('button', { name: 'Expand the dropdown' }).click();
      await menu.getByRole('link', { name: 'Español', exact: true }).click();
      await expect(page).toHaveURL(/\/es\/learn\/safety#during$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      expect(await storedLanguage(page)).toBe('es');
      // "Obtenga ayuda ahora" stays in the top bar on a phone.
      await expect(page.getByRole('link', { name: 'Obtenga ayuda ahora' }).first()).toBeInViewport();
    });
  });

  for (const width of [1000, 1280, 1440]) {
    test(`at ${width} px the top bar holds every item without overlap, in both languages`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      for (const path of ['/learn/faq', '/es/learn/faq']) {
        await page.goto(path);
        await waitForHydration(page);
        const items = page.locator('.navbar__items').first();
        const overflow = await items.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${path}: the top bar's items run ${overflow} px under its right side`).toBeLessThanOrEqual(0);
        const switcher = page.getByRole('button', { name: /^(Language: English|Idioma: Español)$/ });
        await expect(switcher).toBeInViewport({ ratio: 1 });
      }
    });
  }

  test('still switches, and nothing breaks, when the browser blocks storage', async ({ page, context, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const problems = await watchProblems(context, page, baseURL!);
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Language: English' }).hover();
    await page.getByRole('link', { name: 'Español', exact: true }).filter({ visible: true }).click();
    await expect(page).toHaveURL(/\/es\/$/);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('psicoterapia asistida con ketamina');
    expect(problems.pageErrors).toEqual([]);
  });
});

test.describe('Spanish pages', () => {
  test('the help page offers 911, the 988 line in Spanish and AYUDA on the first screen of a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/es/help');
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Obtenga ayuda ahora');
    for (const [name, href, onFirstScreen] of [
      ['Llame al 911', 'tel:911', true],
      ['Llame al 988 y marque 2', 'tel:988', true],
      ['Envíe AYUDA al 988 por mensaje de texto', 'sms:988?&body=AYUDA', true],
      ['Chat en español', 'https://988lineadevida.org/', false],
    ] as const) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', href);
      if (onFirstScreen) await expect(link).toBeInViewport({ ratio: 1 });
    }
    // The top bar's "Obtenga ayuda ahora" is whole on a 360 px phone: not cut off, not under search.
    const help = page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Obtenga ayuda ahora' });
    await expect(help).toBeInViewport({ ratio: 1 });
    const clipped = await help.evaluate((a) => a.scrollWidth > a.clientWidth);
    expect(clipped).toBe(false);
    const helpBox = (await help.boundingBox())!;
    const searchBox = (await page
      .getByRole('button', { name: /Search|Buscar/ })
      .first()
      .boundingBox())!;
    expect(helpBox.x + helpBox.width).toBeLessThanOrEqual(searchBox.x);
    await expect(page.getByRole('contentinfo')).toContainText('No es consejo médico ni atención de emergencia.');
  });

  test('the top bar leads to the Spanish help page from every kind of page', async ({ page }) => {
    for (const path of ['/es/', '/es/learn/safety', '/es/privacy', '/es/blog']) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Obtenga ayuda ahora' }).first()).toHaveAttribute('href', '/es/help');
    }
  });

  test('the home and privacy pages are in Spanish; privacy says where the language choice is kept', async ({
    page,
  }) => {
    await page.goto('/es/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Cómo entender la psicoterapia asistida con ketamina',
    );
    await expect(page.getByText('No es consejo médico ni atención de emergencia.').first()).toBeVisible();
    await page.goto('/es/privacy');
    const section = page.locator('#language');
    await expect(section).toHaveText('El idioma que usted elige');
    await expect(page.getByText('Su elección nunca se envía a ninguna parte.')).toBeVisible();
    await page.goto('/privacy#language');
    await expect(page.getByText('Your choice is never sent anywhere.')).toBeVisible();
  });

  test('the blog list says at the top, in Spanish, that the posts are in English', async ({ page }) => {
    await page.goto('/es/blog');
    const note = page.getByTestId('blog-language-note');
    await expect(note).toContainText('Las publicaciones del blog están en inglés.');
    const box = await note.boundingBox();
    const firstPost = await page.locator('article').first().boundingBox();
    expect(box!.y).toBeLessThan(firstPost!.y);
    await page.goto('/blog');
    await expect(page.getByTestId('blog-language-note')).toHaveCount(0);
  });

  test('a page that stays in English (for clinicians) says so and is marked as English', async ({ page }) => {
    await page.goto('/es/learn/for-clinicians');
    await expect(page.getByTestId('english-only-notice')).toHaveText('Esta página está en inglés.');
    await expect(page.locator('article [lang="en"] h1').first()).toBeVisible();
    await expect(page.getByTestId('translation-notice')).toHaveCount(0);
  });

  test('the Spanish 404 page is in Spanish, in usted', async ({ page }) => {
    await page.goto('/es/404.html');
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página no encontrada');
    await expect(page.getByText('No pudimos encontrar lo que buscaba.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Obtenga ayuda ahora' }).first()).toBeVisible();
  });

  test('an English page shows no translation notice', async ({ page }) => {
    await page.goto('/learn/safety');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('translation-notice')).toHaveCount(0);
    await expect(page.getByTestId('english-only-notice')).toHaveCount(0);
  });

  const chapters = translatedChapters();
  test('a translated chapter says it is a translation, links to the English page and offers a report', async ({
    page,
  }) => {
    test.skip(chapters.length === 0, 'No Spanish chapter is translated in this build yet.');
    const path = chapters[0]!;
    await page.goto(`/es${path}`);
    await waitForHydration(page);
    const notice = page.getByRole('complementary', { name: 'Sobre esta traducción' });
    await expect(notice).toContainText('Esta página es una traducción de la página en inglés.');
    await expect(notice.getByRole('link', { name: 'la página en inglés' })).toHaveAttribute('href', path);
    await expect(notice).toContainText(/La página en inglés se revisó por última vez el \d+ de \w+ de \d{4}\./);
    const report = notice.getByRole('link', { name: 'Informe un problema con esta traducción' });
    await report.hover();
    expect(decodeURIComponent((await report.getAttribute('href'))!)).toContain('Spanish translation');
    await notice.getByRole('link', { name: 'la página en inglés' }).click();
    await expect(page).toHaveURL(new RegExp(`:\\d+${path}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    const pages = ['/es/', '/es/help', '/es/privacy', '/es/learn/safety', '/es/learn/for-clinicians', '/es/blog'];
    for (const path of [
      ...pages,
      ...translatedChapters()
        .slice(0, 1)
        .map((p) => `/es${p}`),
    ]) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await waitForHydration(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('the open switcher has no axe violations', async ({ page }) => {
      await page.goto('/es/learn/safety');
      await waitForHydration(page);
      const button = page.getByRole('button', { name: 'Idioma: Español' });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
