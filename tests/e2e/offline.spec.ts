import { test, expect } from '@playwright/test';
import startHere from '../../src/data/quizzes/start-here';
import { waitForHydration } from './support/site';

// Offline use: once a reader has opened the course, it keeps working with no connection.
test.use({ serviceWorkers: 'allow' });

test('after one visit the course works offline: chapters, checklist, quiz and progress survive a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForHydration(page);
  // The service worker registers after load, caches the course, then the reader is told.
  await expect(page.getByRole('status').filter({ hasText: 'You can read it without a connection' })).toBeVisible({
    timeout: 60_000,
  });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Three other chapters, by link and by full page load.
  await page.getByRole('link', { name: /Start with/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();
  for (const [path, title] of [
    ['/learn/safety', 'Safety and side effects'],
    ['/learn/integration', 'Integration'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  // Tick a checklist item.
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  const box = page.locator('[data-checklist]').getByRole('checkbox').first();
  await box.check();
  await expect(box).toBeChecked();

  // Answer a quiz question.
  await page.goto('/learn/start-here');
  await waitForHydration(page);
  const question = startHere.questions[0];
  const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
  for (const option of question.options.filter((o) => o.correct)) {
    await fieldset.getByLabel(option.text, { exact: true }).check();
  }
  await fieldset.getByRole('button', { name: /Check answer/ }).click();
  await expect(fieldset.getByText(/^\W*Right\.$/)).toBeVisible();

  // Reload, still offline: everything is still there.
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator(`fieldset[data-question-id="${question.id}"]`).getByText(/^\W*Right\.$/)).toBeVisible();
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  await expect(page.locator('[data-checklist]').getByRole('checkbox').first()).toBeChecked();
  await page.goto('/progress');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The crisis page is there offline too.
  await page.goto('/help');
  await expect(page.getByRole('link', { name: 'Call 988' })).toBeVisible();
});
