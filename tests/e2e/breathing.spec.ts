import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, waitForHydration, watchProblems } from './support/site';

/** The paced-breathing exercise in the preparation chapter (docs/preparation#slow-breathing). */

const PAGE = '/learn/preparation';

function pacer(page: Page) {
  return page.getByRole('region', { name: 'Slow breathing' });
}

async function circleMotion(page: Page): Promise<{ name: string; running: number }> {
  return page.locator('[data-breathing-circle]').evaluate((el) => ({
    name: getComputedStyle(el).animationName,
    running: el.getAnimations().length,
  }));
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('the circle moves with the breath, the words say each phase, and the time runs out', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = await watchProblems(context, page, baseURL as string);
  await page.goto(`${PAGE}#slow-breathing`);
  await waitForHydration(page);
  const box = pacer(page);
  await expect(box.getByRole('radio', { name: '5 minutes' })).toBeChecked();
  await expect(box.getByText('If you feel dizzy or light-headed, stop and breathe normally.')).toBeVisible();
  await box.getByRole('radio', { name: '1 minute' }).check();
  await box.getByRole('button', { name: 'Start' }).click();
  const cue = box.locator('[data-breathing-cue]');
  await expect(cue).toHaveAttribute('aria-live', 'polite');
  await expect(cue).toHaveText('Breathe in… 4');
  expect((await circleMotion(page)).name).not.toBe('none');
  expect((await circleMotion(page)).running).toBeGreaterThan(0);
  await page.clock.runFor(4_000);
  await expect(cue).toHaveText('Breathe out… 6');
  await expect(box.locator('[data-breathing-count]')).toHaveText('6');
  await page.clock.runFor(56_000);
  await expect(box.getByRole('status')).toHaveText('Well done. You practiced for 1 minute.');
  expect(problems.offHostRequests).toEqual([]);
});

test('with reduced motion no animation runs, and the text cue and count carry the rhythm', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(PAGE);
  await waitForHydration(page);
  const box = pacer(page);
  await box.getByRole('button', { name: 'Start' }).click();
  const cue = box.locator('[data-breathing-cue]');
  await expect(cue).toHaveText('Breathe in… 4');
  expect(await circleMotion(page)).toEqual({ name: 'none', running: 0 });
  await page.clock.runFor(2_000);
  await expect(box.locator('[data-breathing-count]')).toHaveText('2');
  await page.clock.runFor(2_000);
  await expect(cue).toHaveText('Breathe out… 6');
  expect(await circleMotion(page)).toEqual({ name: 'none', running: 0 });
  await box.getByRole('button', { name: 'Stop' }).click();
  await expect(box.getByRole('status')).toHaveText(/^Stopped after 0:0\d\.$/);
});

test('the time practiced can be ticked into the checklist, kept on this device', async ({ page }) => {
  await page.goto(PAGE);
  await waitForHydration(page);
  const box = pacer(page);
  await box.getByRole('radio', { name: '1 minute' }).check();
  await box.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(60_000);
  await box.getByRole('button', { name: /Tick “Practice slow breathing” in my checklist/ }).click();
  await expect(box.getByText('Ticked in your checklist.')).toBeVisible();
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('kap-course:progress') ?? '{}') as { checklist?: string[] },
  );
  expect(saved.checklist).toContain('practice-breathing');
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  await expect(page.getByRole('checkbox', { name: 'Practice slow breathing for a few minutes' })).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the exercise has no axe violations while running (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const box = pacer(page);
    await box.getByRole('button', { name: 'Start' }).click();
    await expect(box.locator('[data-breathing-cue]')).toHaveText('Breathe in… 4');
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('[data-breathing]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
