import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, waitForHydration, watchProblems } from './support/site';
import { getQuiz } from '../../src/data/quizzes';
import { type Plan } from '../../src/course/plan';
import { encodePlan, readPlanHash } from '../../src/course/planLink';
import { checksum, toBase64Url } from '../../src/course/linkCodec';
import sampleClinic from '../fixtures/sample-clinic.config';

// Most tests run against the public build. Tests tagged @clinic run against the sample clinic's
// build (scripts/check-clinic-build.ts sets E2E_CLINIC_BUILD=1).
const CLINIC_BUILD = !!process.env.E2E_CLINIC_BUILD;

/** Answers a module's knowledge check correctly, question by question. */
async function passQuiz(page: Page, moduleId: string): Promise<void> {
  const quiz = getQuiz(moduleId)!;
  for (const question of quiz.questions) {
    const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
    for (const option of question.options.filter((o) => o.correct)) {
      await fieldset.locator(`input[value="${option.id}"]`).check();
    }
    await fieldset.getByRole('button', { name: /Check answer/ }).click();
  }
}

function hostileHash(fields: string[]): string {
  const body = ['1', ...fields].join('.');
  return `#p=${body}.${checksum(body)}`;
}

test.describe('preparation plans', () => {
  test.skip(CLINIC_BUILD, 'public build only');

  test('a clinician builds a plan; the client opens the link, reads and passes a module, and sees it ticked', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/plan/build');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Use “After a session: integration”' }).click();
    await page.getByRole('textbox', { name: 'Clinic name' }).fill('Sample Clinic (example only)');
    await page
      .getByRole('textbox', { name: 'Short message to the reader' })
      .fill('Read these before Tuesday.\n<b>Not bold</b>');
    await expect(page.getByText('Remove the "<" sign.', { exact: false })).toBeVisible();
    await page
      .getByRole('textbox', { name: 'Short message to the reader' })
      .fill('Read these before Tuesday.\nSee you soon.');
    const link = await page.getByRole('textbox', { name: 'Plan link' }).inputValue();
    expect(link).toMatch(new RegExp(`^${baseURL}/plan#p=2\\.`));
    expect(readPlanHash(new URL(link).hash)?.plan?.modules).toEqual(['integration', 'safety']);
    await expect(page.getByRole('img', { name: 'QR code that opens the plan' })).toBeVisible();

    // The client: a fresh browser with nothing saved.
    const client = await browser.newContext();
    const clientPage = await client.newPage();
    const problems = await watchProblems(client, clientPage, baseURL!);
    await clientPage.goto(link);
    await waitForHydration(clientPage);
    await expect(clientPage.getByRole('heading', { level: 1, name: 'Your preparation plan' })).toBeVisible();
    await expect(clientPage.getByTestId('plan-clinic')).toHaveText('Sample Clinic (example only)');
    await expect(clientPage.getByTestId('plan-message')).toHaveText('Read these before Tuesday.\nSee you soon.');
    const steps = clientPage.getByTestId('plan-details').locator('li[data-module]');
    await expect(steps).toHaveCount(2);
    await expect(steps.first()).toHaveAttribute('data-done', 'false');

    await clientPage.getByRole('link', { name: 'Read “Integration”' }).click();
    await expect(clientPage).toHaveURL(/\/learn\/integration\/?$/);
    await waitForHydration(clientPage);
    await passQuiz(clientPage, 'integration');
    await clientPage.getByRole('button', { name: 'Mark as read' }).click();
    await expect(clientPage.getByTestId('read-state')).toHaveText('✓ Read');

    // Tomorrow: the plan is still there, without the link, with Integration ticked.
    await clientPage.goto('/plan');
    await waitForHydration(clientPage);
    await expect(steps.first()).toHaveAttribute('data-done', 'true');
    await expect(steps.first()).toContainText('Done: read, and knowledge check finished');
    await expect(clientPage.getByTestId('plan-next')).toContainText('Read “Safety and side effects”');
    await expect(clientPage.getByText('1 of 2 modules done.', { exact: false })).toBeVisible();

    // The plan itself (the site furniture is checked on every page by site.spec.ts).
    const axe = await new AxeBuilder({ page: clientPage }).include('main').withTags(AXE_TAGS).analyze();
    expect(
      axe.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`,
      ),
    ).toEqual([]);
    expect(problems.offHostRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await client.close();
  });

  test('a different plan link asks before replacing the saved plan', async ({ page }) => {
    const first: Plan = { modules: ['start-here'], clinicName: 'First clinic', message: '', targetDate: '' };
    const second: Plan = { modules: ['safety'], clinicName: 'Second clinic', message: '', targetDate: '' };
    await page.goto(`/plan#p=${encodePlan(first)}`);
    await waitForHydration(page);
    await expect(page.getByTestId('plan-clinic')).toHaveText('First clinic');
    await page.goto(`/plan#p=${encodePlan(second)}`);
    await page.reload();
    await waitForHydration(page);
    const ask = page.getByRole('group', { name: 'Replace your saved plan?' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Replace my saved plan' }).click();
    await expect(page.getByRole('heading', { name: /^The plan$/ })).toBeFocused();
    await page.goto('/plan');
    await waitForHydration(page);
    await expect(page.getByTestId('plan-clinic')).toHaveText('Second clinic');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`plan and summary pages in the ${scheme} theme`, () => {
    test.skip(CLINIC_BUILD, 'public build only');
    test.use({ colorScheme: scheme });

    test('the builder with its output, a plan with problems, and the summary have no axe violations', async ({
      page,
    }) => {
      const check = async () => {
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(
          axe.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      };
      await page.goto('/plan/build');
      await waitForHydration(page);
      await page.getByRole('button', { name: 'Use “Before the first dosing session”' }).click();
      await page.getByRole('textbox', { name: 'Clinic name' }).fill('x'.repeat(81));
      await check();
      await page.getByRole('textbox', { name: 'Clinic name' }).fill('Sample Clinic (example only)');
      await expect(page.getByTestId('plan-qr')).toBeVisible();
      await check();
      await page.goto(
        `/plan${hostileHash(['safety~nope', '2199-01-01', toBase64Url('Clinic'), toBase64Url('<b>x</b>')])}`,
      );
      await waitForHydration(page);
      await expect(page.getByTestId('link-problems')).toBeVisible();
      await check();
      await page.goto('/summary');
      await waitForHydration(page);
      await page.getByRole('button', { name: 'Make a link to share' }).click();
      await check();
    });
  });
}

test.describe('hostile plan links', () => {
  test.skip(CLINIC_BUILD, 'public build only');

  const cases: { name: string; hash: string; expectText: RegExp; keeps?: string }[] = [
    {
      name: 'script in the message',
      hash: hostileHash(['safety', '', toBase64Url('Clinic'), toBase64Url('<script>window.pwned=1</script>')]),
      expectText: /message in this link contains web code \(HTML\)/,
      keeps: 'Safety and side effects',
    },
    {
      name: 'image with onerror in the clinic name',
      hash: hostileHash(['safety', '', toBase64Url('<img src=x onerror="window.pwned=1">'), '']),
      expectText: /clinic name in this link contains web code/,
      keeps: 'Safety and side effects',
    },
    {
      name: 'unknown module ids',
      hash: hostileHash(['start-here~no-such-module~../../etc/passwd', '', '', '']),
      expectText: /not part of this course/,
      keeps: 'Start here',
    },
    {
      name: 'truncated',
      hash: `#p=${encodePlan({ modules: ['start-here', 'safety'], clinicName: 'A', message: 'B', targetDate: '' }).slice(0, 10)}`,
      expectText: /cut off/,
      keeps: 'Start here',
    },
    { name: 'garbled', hash: '#p=%%%zz~~..', expectText: /damaged/ },
    { name: 'bad percent-encoding', hash: '#p=1.%E0%A4%A', expectText: /cut off|not part of this course/ },
    { name: 'unknown version', hash: '#p=7.start-here....x', expectText: /newer version/ },
    {
      name: 'over-long fields',
      hash: hostileHash(['safety', '2027-13-45', toBase64Url('C'.repeat(500)), toBase64Url('m'.repeat(5000))]),
      expectText: /longer than 80 characters/,
      keeps: 'Safety and side effects',
    },
    {
      name: 'a megabyte of junk',
      hash: `#p=1.${'A'.repeat(1_000_000)}`,
      expectText: /not part of this course|cut off/,
    },
  ];

  for (const c of cases) {
    test(`${c.name}: explained, nothing injected, valid parts kept`, async ({ page, context, baseURL }) => {
      const problems = await watchProblems(context, page, baseURL!);
      await page.goto(`/plan${c.hash}`);
      await waitForHydration(page);
      await expect(page.getByTestId('link-problems')).toContainText(c.expectText);
      await expect(page.getByRole('heading', { level: 1, name: 'Your preparation plan' })).toBeVisible();
      if (c.keeps) await expect(page.getByTestId('plan-details').first()).toContainText(c.keeps);
      expect(await page.locator('main img, main script, main iframe, main b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('a hostile summary link shows text, not markup', async ({ page }) => {
    const body = `1.${toBase64Url(JSON.stringify({ d: '2026-11-22', m: { 'start-here': [1, 5, 5, 1] }, c: [], q: '<img src=x onerror="window.pwned=1">' }))}`;
    await page.goto(`/summary/view#s=${body}.${checksum(body)}`);
    await waitForHydration(page);
    await expect(page.getByTestId('summary-questions')).toHaveText('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.goto('/summary/view#s=garbage');
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId('link-problems')).toContainText('This summary could not be read');
  });
});

test.describe('print views', () => {
  test.skip(CLINIC_BUILD, 'public build only');

  test('the plan handout prints without navigation or the form, with the plan, link and QR code', async ({ page }) => {
    await page.goto('/plan/build');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Use “Before the first consultation”' }).click();
    const link = await page.getByRole('textbox', { name: 'Plan link' }).inputValue();
    await expect(page.getByTestId('plan-qr')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.navbar')).toBeHidden();
    // The site's footer is hidden on paper; the handout's own print footer is what shows.
    await expect(page.locator('footer.footer')).toBeHidden();
    await expect(page.getByRole('heading', { name: /Start from a suggested plan/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    const handout = page.getByTestId('plan-handout');
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('heading', { name: 'Your preparation plan' })).toBeVisible();
    await expect(handout).toContainText('Start here');
    await expect(handout).toContainText(link);
    await expect(handout.getByTestId('plan-qr')).toBeVisible();
    // Every printed handout names the site, the crisis line and that this is not emergency care.
    const printFooter = handout.getByTestId('print-footer');
    await expect(printFooter).toBeVisible();
    await expect(printFooter).toContainText('988');
    await expect(printFooter).toContainText('not emergency care');
    const pdf = await page.pdf({ format: 'A4' });
    // One page: a PDF lists its pages as /Type /Page objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  test('a chapter prints without navigation, with link addresses and its review dates', async ({ page }) => {
    await page.goto('/learn/safety');
    await waitForHydration(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.navbar')).toBeHidden();
    await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
    await expect(page.locator('.pagination-nav')).toBeHidden();
    await expect(page.getByText('Page last reviewed:')).toBeVisible();
    const after = await page
      .locator('.markdown a[href^="/learn/"]:not([aria-label^="Source"])')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/\/learn\//);
  });

  test('the summary prints as a self-report without navigation or share controls', async ({ page }) => {
    await page.goto('/summary');
    await waitForHydration(page);
    await expect(page.getByTestId('summary-details')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.navbar')).toBeHidden();
    await expect(page.getByTestId('self-report')).toBeVisible();
    await expect(page.getByTestId('summary-details')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print my summary' })).toBeHidden();
  });
});

test.describe('addresses for clinicians', () => {
  test.skip(CLINIC_BUILD, 'public build only');

  test('short and old addresses redirect, keeping the section anchor', async ({ page }) => {
    await page.goto('/safety');
    await expect(page).toHaveURL(/\/learn\/safety\/?$/);
    await page.goto('/prepare#intentions');
    await expect(page).toHaveURL(/\/learn\/preparation\/?#intentions$/);
    await page.goto('/plan/new');
    await expect(page).toHaveURL(/\/plan\/build\/?$/);
  });

  test('every address on the linking page opens an existing section', async ({ page }) => {
    await page.goto('/learn/for-clinicians/linking');
    await waitForHydration(page);
    const hrefs = await page
      .getByTestId('chapter-addresses')
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(60);
    const byPage = new Map<string, string[]>();
    for (const href of hrefs) {
      const [path, anchor] = href.split('#');
      byPage.set(path, [...(byPage.get(path) ?? []), ...(anchor ? [anchor] : [])]);
    }
    for (const [path, anchors] of byPage) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      for (const anchor of anchors) expect(await page.locator(`[id="${anchor}"]`).count(), `${path}#${anchor}`).toBe(1);
    }
  });

  test('the clinician pages link to the builder, the hosting guide and the report link', async ({ page }) => {
    await page.goto('/learn/for-clinicians');
    await expect(page.getByRole('link', { name: 'plan builder' })).toHaveAttribute('href', /^\/plan\/build\/?$/);
    await expect(
      page.locator('article').getByRole('link', { name: 'host your own copy', exact: true }),
    ).toHaveAttribute('href', /^\/learn\/for-clinicians\/host-your-own-copy\/?$/);
    await expect(page.getByTestId('suggested-plans')).toContainText('Before the first dosing session');
    await page.goto('/learn/for-clinicians/governance');
    await expect(page.getByRole('link', { name: 'report a problem', exact: true })).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/kap-course\/kap-course\/issues\/new\?title=/,
    );
  });
});

test.describe('report a problem with a page', () => {
  test.skip(CLINIC_BUILD, 'public build only');

  /** The draft the link would open: its address's title and body. */
  async function draft(page: Page): Promise<{ url: URL; body: string }> {
    const link = page.getByRole('link', { name: 'Report a problem with this page' });
    await link.hover();
    const url = new URL((await link.getAttribute('href'))!);
    return { url, body: url.searchParams.get('body') ?? '' };
  }

  test('every chapter ends with it, filled in with the page and the section, and nothing is sent', async ({
    page,
    context,
    baseURL,
  }) => {
    const problems = await watchProblems(context, page, baseURL!);
    await page.goto('/learn/safety#bladder');
    await waitForHydration(page);
    const fromHash = await draft(page);
    expect(fromHash.url.origin + fromHash.url.pathname).toBe('https://github.com/kap-course/kap-course/issues/new');
    expect(fromHash.url.searchParams.get('title')).toBe('Problem on "Safety and side effects"');
    expect(fromHash.body).toContain(`Page: ${baseURL}/learn/safety`);
    expect(fromHash.body).toMatch(/Section: .+ \(#bladder\)/);

    // No section in the address: the nearest section heading above the link.
    await page.goto('/learn/what-to-expect');
    await waitForHydration(page);
    const lastHeading = page.locator('article h2[id], article h3[id]').last();
    const anchor = await lastHeading.getAttribute('id');
    expect((await draft(page)).body).toContain(`(#${anchor})`);
    await page.goto('/learn/faq');
    await expect(page.getByRole('link', { name: 'Report a problem with this page' })).toBeVisible();
    // Reaching for the link sends nothing: the only requests were to this site.
    expect(problems.offHostRequests).toEqual([]);
  });
});

test.describe('a clinic’s own copy @clinic', () => {
  const clinicName = sampleClinic.clinic!.name;
  const hidden = sampleClinic.hiddenModules!;

  test('names the clinic and leaves hidden modules out of the sidebar, builder, plans and summary', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForHydration(page);
    await expect(page.locator('main')).toContainText(clinicName);

    await page.goto('/learn/start-here');
    const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
    for (const id of hidden) await expect(sidebar.locator(`a[href^="/learn/${id}"]`)).toHaveCount(0);

    await page.goto('/plan/build');
    await waitForHydration(page);
    await expect(page.getByRole('textbox', { name: 'Clinic name' })).toHaveValue(clinicName);
    await expect(page.getByRole('checkbox', { name: /How ketamine works/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Use “Before the first dosing session”' }).click();
    const link = await page.getByRole('textbox', { name: 'Plan link' }).inputValue();
    const inLink = readPlanHash(new URL(link).hash)?.plan?.modules ?? [];
    expect(inLink.length).toBeGreaterThan(0);
    for (const id of hidden) expect(inLink).not.toContain(id);

    // A public-site link naming a hidden module: the rest of the plan is kept.
    await page.goto(
      `/plan#p=${encodePlan({ modules: ['safety', 'kap-compared'], clinicName: '', message: '', targetDate: '' })}`,
    );
    await waitForHydration(page);
    await expect(page.getByTestId('link-problems')).toContainText('not offered on this site');
    await expect(page.getByTestId('plan-details')).toContainText('Safety and side effects');

    await page.goto('/summary');
    await waitForHydration(page);
    await expect(page.getByTestId('summary-details')).toBeVisible();
    await expect(page.getByTestId('summary-details')).not.toContainText('How ketamine works');
    await expect(page.getByTestId('summary-details')).not.toContainText('KAP compared');

    await page.goto('/progress');
    await waitForHydration(page);
    await expect(page.locator('main')).toContainText('Safety and side effects');
    await expect(page.locator('main')).not.toContainText('How ketamine works');

    await page.goto('/learn/for-clinicians/governance');
    await expect(page.getByRole('link', { name: 'report a problem', exact: true })).toHaveAttribute(
      'href',
      new RegExp(`^${sampleClinic.reportErrorUrl!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\?subject=`),
    );
    await page.goto('/learn/safety#bladder');
    await waitForHydration(page);
    const report = page.getByRole('link', { name: 'Report a problem with this page' });
    await report.hover();
    const href = (await report.getAttribute('href'))!;
    expect(href.startsWith(`${sampleClinic.reportErrorUrl}?subject=`)).toBe(true);
    expect(new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('body')).toMatch(/Section: .+ \(#bladder\)/);

    // The clinic's contacts, after-hours line and its own crisis lines.
    await page.goto('/help');
    await expect(page.getByTestId('clinic-contact-help')).toContainText(
      `After hours ${sampleClinic.clinic!.afterHoursPhone}`,
    );
    await expect(page.getByRole('link', { name: sampleClinic.clinic!.afterHoursPhone })).toHaveAttribute(
      'href',
      'tel:+15550199',
    );
    await expect(page.locator('main')).not.toContainText('Samaritans');
  });

  test('finds a shown chapter in search, but not a hidden one', async ({ page }) => {
    // "cystitis" is in Safety (shown); "mTOR" is in How ketamine works (hidden) and the glossary.
    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.getByRole('combobox', { name: 'Search the course' });
    const results = page.getByRole('listbox', { name: 'Search results' });
    await input.fill('cystitis');
    await expect(results.getByRole('option').filter({ hasText: 'Safety and side effects' }).first()).toBeVisible();
    await input.fill('mTOR');
    await expect(results.getByRole('option').filter({ hasText: 'Glossary' }).first()).toBeVisible();
    await expect(results.getByRole('option').filter({ hasText: 'How ketamine works' })).toHaveCount(0);
  });

  test("shows the clinic's own lines on the help page, crisis lines apart from the others", async ({ page }) => {
    await page.goto('/help');
    const crisis = page.getByRole('region', { name: 'Crisis lines, open 24 hours' });
    const other = page.getByRole('region', { name: 'Other support (not crisis lines)' });
    await expect(crisis.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(crisis).not.toContainText('Samaritans');
    await expect(crisis).not.toContainText('SAMHSA');
    await expect(other).toContainText('SAMHSA National Helpline');
    await expect(other).toContainText('Fireside Project');
  });
});
