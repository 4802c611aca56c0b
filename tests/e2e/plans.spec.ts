import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, waitForHydration, watchProblems } from './support/site';
import { getQuiz } from '../../src/data/quizzes';
import { PLAN_LIMITS, type Plan } from '../../src/course/plan';
import { encodePlan, planLink, readPlanHash } from '../../src/course/planLink';
import { readSummaryHash } from '../../src/course/summary';
import { SUGGESTED_PLANS } from '../../src/data/suggestedPlans';
import { CHECK_MINUTES, MODULES } from '../../src/course/modules';
import { STORAGE_KEY } from '../../src/course/storage';

// Issue 15, parts 2 to 4: plans that survive paper, email and phones; the client never loses
// the plan; the summary a clinician can act on. Public build only.
test.skip(!!process.env.E2E_CLINIC_BUILD, 'public build only');

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const CLINIC = 'Sample Clinic (example only)';

/** Answers a module's check right, except the given question → option ids (on the first try). */
async function takeQuiz(page: Page, moduleId: string, wrong: Record<string, string[]> = {}): Promise<void> {
  for (const question of getQuiz(moduleId)!.questions) {
    const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
    const chosen = wrong[question.id] ?? question.options.filter((o) => o.correct).map((o) => o.id);
    for (const id of chosen) await fieldset.locator(`input[value="${id}"]`).check();
    await fieldset.getByRole('button', { name: /Check answer/ }).click();
  }
}

/** Pages in a PDF: each page is a "/Type /Page" object. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

async function savedPlan(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').plan, STORAGE_KEY);
}

test('build a plan, open it on a 360 px phone, do a module, make the summary and share it', async ({
  page,
  browser,
  baseURL,
}) => {
  // The clinician builds a plan from a suggestion, with the clinic name and a date.
  await page.goto('/plan/build');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Use “Before the first dosing session”' }).click();
  await page.getByRole('textbox', { name: 'Clinic name' }).fill(CLINIC);
  const link = await page.getByRole('textbox', { name: 'Plan link' }).inputValue();
  const modules = SUGGESTED_PLANS.find((p) => p.id === 'first-dosing')!.modules;
  expect(readPlanHash(new URL(link).hash)?.plan?.modules).toEqual(modules);
  await expect(page.getByTestId('plan-short-address')).toHaveText(`${new URL(baseURL!).host}/plan/first-dose`);

  // The client, on a phone.
  const client = await browser.newContext(PHONE);
  const phone = await client.newPage();
  const problems = await watchProblems(client, phone, baseURL!);
  await phone.goto(link);
  await waitForHydration(phone);
  await expect(phone.getByTestId('plan-clinic')).toHaveText(CLINIC);
  const first = modules[0];
  const firstTitle = (await phone.locator(`li[data-module="${first}"] a`).first().textContent())!;
  // The plan gives the module's time from the catalog, as the chapter does (its total).
  const catalog = MODULES.find((m) => m.id === first)!;
  await expect(phone.locator(`li[data-module="${first}"]`)).toContainText(
    `about ${catalog.readingMinutes} min read + ${CHECK_MINUTES} min check`,
  );

  // "Get help now" stays in the top bar; "My plan" is in the phone menu.
  await expect(phone.getByRole('link', { name: 'Get help now' }).first()).toBeVisible();
  await phone.getByRole('button', { name: 'Toggle navigation bar' }).click();
  await expect(phone.locator('.navbar-sidebar').getByRole('link', { name: 'My plan' })).toBeVisible();
  await phone.keyboard.press('Escape');

  await phone.goto(`/learn/${first}`);
  await waitForHydration(phone);
  const bar = phone.getByTestId('plan-status');
  await expect(bar).toContainText(`Your plan from ${CLINIC}: 0 of ${modules.length} done — next: ${firstTitle}`);

  // First try: one safety-relevant wrong answer (stopping usual medicines without telling anyone).
  await takeQuiz(phone, first, { 'preparation-medical-review': ['c'] });
  // The check is done once every question is answered right: the missed one, again.
  await phone.getByRole('button', { name: 'Try the one I missed again' }).click();
  const missed = phone.locator('fieldset[data-question-id="preparation-medical-review"]');
  for (const option of getQuiz(first)!
    .questions.find((q) => q.id === 'preparation-medical-review')!
    .options.filter((o) => o.correct)) {
    await missed.locator(`input[value="${option.id}"]`).check();
  }
  await missed.getByRole('button', { name: /Check answer/ }).click();
  await phone.getByRole('button', { name: 'Mark as read' }).click();
  await expect(phone.getByTestId('read-state')).toHaveText('✓ Read');
  await expect(phone.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expect(bar).toContainText(`1 of ${modules.length} done`);
  const nextTitle = (await phone.locator('[data-testid="plan-next-module"]').textContent())!.replace(
    'Next in your plan: ',
    '',
  );
  await phone.getByTestId('plan-next-module').click();
  await expect(phone).toHaveURL(new RegExp(`/learn/${modules[1]}/?$`));
  expect(nextTitle.length).toBeGreaterThan(0);

  // My progress shows the plan first.
  await phone.goto('/progress');
  await waitForHydration(phone);
  await expect(phone.getByTestId('plan-status')).toContainText(`1 of ${modules.length} done`);

  // The summary: questions first, the plan, first-try misses with the safety flag; then a link.
  await phone.goto('/summary');
  await waitForHydration(phone);
  await phone.getByRole('textbox', { name: 'Your initials or name (optional)' }).fill('J.D.');
  await expect(phone.getByTestId('summary-plan-count')).toHaveText(`1 of ${modules.length} assigned modules done`);
  await expect(phone.getByTestId('safety-flag')).toHaveCount(1);
  await phone.getByRole('checkbox', { name: 'Include my initials or name in the link' }).check();
  await phone.getByRole('button', { name: 'Make a link to share' }).click();
  const summaryLink = await phone.getByRole('textbox', { name: 'Summary link' }).inputValue();
  expect(readSummaryHash(new URL(summaryLink).hash)?.problems).toEqual([]);
  expect(problems.offHostRequests).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  await client.close();

  // The clinician opens the shared summary.
  await page.goto(summaryLink);
  await waitForHydration(page);
  await expect(page.getByTestId('self-report')).toContainText('This is a self-report.');
  await expect(page.getByTestId('summary-initials')).toHaveText('J.D.');
  await expect(page.getByTestId('summary-plan')).toContainText(`Before the first dosing session, from ${CLINIC}.`);
  await expect(page.getByTestId('summary-missed')).toContainText(
    'Stopping your usual medicines beforehand without telling anyone',
  );
  await expect(page.getByTestId('summary-safety-note')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('main').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a link cut at 76 characters shows what it could read, and saves it only if the client says so', async ({
  page,
  baseURL,
}) => {
  const plan: Plan = {
    modules: ['preparation', 'safety'],
    clinicName: CLINIC,
    message: 'See you on Tuesday.',
    targetDate: '',
  };
  const link = planLink(`${baseURL}/`, plan);
  await page.goto(link.slice(0, 76));
  await waitForHydration(page);
  await expect(page.getByTestId('link-problems')).toContainText('This link looks cut off');
  await expect(page.getByTestId('plan-details')).toContainText('Preparation');
  expect(await savedPlan(page)).toBeUndefined();
  await page.getByRole('button', { name: 'Save this plan' }).click();
  await expect(page.getByRole('heading', { name: /^The plan$/ })).toBeFocused();
  expect(await savedPlan(page)).toMatchObject({ modules: ['preparation', 'safety'] });
});

test('a pasted link whose "#" became "%23" is repaired and opens the plan', async ({ page }) => {
  const plan: Plan = { modules: ['integration'], clinicName: 'Repaired clinic', message: '', targetDate: '' };
  await page.goto(`/plan%23p=${encodePlan(plan)}`);
  await expect(page).toHaveURL(/\/plan#p=2\./);
  await expect(page.getByTestId('plan-clinic')).toHaveText('Repaired clinic');
});

test('a preset plan opens at its short address and is saved', async ({ page }) => {
  await page.goto('/plan/integration');
  await expect(page).toHaveURL(/\/plan#preset=integration$/);
  await waitForHydration(page);
  const steps = page.getByTestId('plan-details').locator('li[data-module]');
  await expect(steps).toHaveCount(SUGGESTED_PLANS.find((p) => p.path === '/plan/integration')!.modules.length);
  await expect(page.getByText('This plan is now saved on this device.')).toBeAttached();
  expect(await savedPlan(page)).toMatchObject({ modules: ['integration', 'safety'] });
});

test('with a saved plan, the chapter’s pagination "Next" leads to the plan’s next module', async ({ page }) => {
  const modules = SUGGESTED_PLANS.find((p) => p.path === '/plan/first-dose')!.modules;
  const [first, second] = modules.map((id) => MODULES.find((m) => m.id === id)!);
  const next = page.locator('.pagination-nav__link--next');
  // Without a plan: the next chapter in the sidebar, which is not the plan's next module.
  await page.goto(first.path);
  await waitForHydration(page);
  const sidebarNext = (await next.getAttribute('href'))!;
  expect(sidebarNext).not.toMatch(new RegExp(`${second.path}/?$`));

  await page.goto('/plan/first-dose');
  await waitForHydration(page);
  await expect(page.getByText('This plan is now saved on this device.')).toBeAttached();
  await page.goto(first.path);
  await waitForHydration(page);
  await expect(next).toHaveAttribute('href', new RegExp(`${second.path}/?$`));
  await expect(next).toContainText(second.title);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${second.path}/?$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(second.title);
});

test.describe('prints', () => {
  for (const format of ['Letter', 'A4'] as const) {
    test(`the handout at the longest fields fits one ${format} page, with QR modules of at least 0.75 mm`, async ({
      page,
    }) => {
      await page.goto('/plan/build');
      await waitForHydration(page);
      for (const box of await page.getByRole('checkbox').all()) await box.check();
      await page.getByRole('textbox', { name: 'Clinic name' }).fill('C'.repeat(PLAN_LIMITS.clinicName));
      await page
        .getByRole('textbox', { name: 'Short message to the reader' })
        .fill(
          'Please read these modules before we meet, and bring your questions. '
            .repeat(5)
            .slice(0, PLAN_LIMITS.message),
        );
      const qr = page.getByTestId('plan-handout').getByTestId('plan-qr');
      await expect(qr).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const modules = Number(await qr.getAttribute('data-modules'));
      const widthPx = (await qr.boundingBox())!.width;
      expect((widthPx * 25.4) / 96 / (modules + 8)).toBeGreaterThanOrEqual(0.75);
      if (process.env.DEBUG_PRINT) await page.screenshot({ path: `/tmp/handout-${format}.png`, fullPage: true });
      expect(pageCount(await page.pdf({ format }))).toBe(1);
    });

    test(`the summary for a 5-module plan fits one ${format} page`, async ({ page }) => {
      const plan = SUGGESTED_PLANS.find((p) => p.id === 'first-dosing')!;
      expect(plan.modules).toHaveLength(5);
      await page.goto(
        `/plan#p=${encodePlan({ modules: plan.modules, clinicName: CLINIC, message: '', targetDate: '2199-01-31' })}`,
      );
      await waitForHydration(page);
      await expect(page.getByText('This plan is now saved on this device.')).toBeAttached();
      // Every module read, each check with one miss on the first try.
      for (const id of plan.modules) {
        await page.goto(`/learn/${id}`);
        await waitForHydration(page);
        const q = getQuiz(id)!.questions[0];
        await takeQuiz(page, id, { [q.id]: [q.options.find((o) => !o.correct)!.id] });
        await page.getByRole('button', { name: 'Mark as read' }).click();
        await expect(page.getByTestId('read-state')).toBeVisible();
      }
      await page.goto('/learn/what-to-expect');
      await waitForHydration(page);
      await page
        .getByRole('textbox', { name: 'My questions for my care team' })
        .fill('Can I keep taking my sleep medicine? Who can drive me home? What if I feel sick during the session?');
      await page.goto('/summary');
      await waitForHydration(page);
      await expect(page.getByTestId('summary-plan-count')).toContainText('of 5 assigned modules done');
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: 'Print my summary' })).toBeHidden();
      if (process.env.DEBUG_PRINT) {
        await page.setViewportSize({ width: 690, height: 900 });
        await page.screenshot({ path: `/tmp/summary-${format}.png`, fullPage: true });
      }
      expect(pageCount(await page.pdf({ format }))).toBe(1);
    });
  }
});
