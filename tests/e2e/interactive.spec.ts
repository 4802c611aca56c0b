import { test, expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import startHere from '../../src/data/quizzes/start-here';
import type { QuizQuestion } from '../../src/course/quiz-types';
import { PROGRESS_VERSION } from '../../src/course/progress';
import { AXE_TAGS, waitForHydration, watchProblems } from './support/site';

// Progress lives in localStorage under this key (src/course/storage.ts).
const KEY = 'kap-course:progress';
const UNREADABLE_PREFIX = 'kap-course:progress:unreadable:';
const QUIZ_PAGE = '/learn/start-here';
const NOTICE = { name: 'About your saved progress' } as const;

function quiz(page: Page): Locator {
  return page.locator('[data-quiz="start-here"]');
}

function questionBox(page: Page, q: QuizQuestion): Locator {
  return quiz(page).locator(`fieldset[data-question-id="${q.id}"]`);
}

/** The verdict line shown after checking (a ✓ or ✗ mark, hidden from screen readers, may precede it). */
function verdict(right: boolean): RegExp {
  return right ? /^\W*Right\.$/ : /^\W*Not quite\.$/;
}

/** Chooses the right (or a wrong) answer to one question and checks it. */
async function answer(page: Page, q: QuizQuestion, right: boolean): Promise<void> {
  const box = questionBox(page, q);
  const picks = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!];
  for (const o of picks) {
    await box.getByLabel(o.text, { exact: true }).check();
  }
  await box.getByRole('button', { name: /Check answer/ }).click();
  await expect(box.getByText(verdict(right))).toBeVisible();
}

async function stored(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
  }, KEY);
}

/** The parts of a page this feature adds (chapter text is checked by site.spec.ts). */
const OURS = ['[data-quiz]', '[data-checklist]', '[data-mark-as-read]', '[data-storage-notice]'];

async function expectNoAxeViolations(page: Page, include: readonly string[] = OURS): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of include) {
    if ((await page.locator(selector).count()) > 0) builder = builder.include(selector);
  }
  const result = await builder.analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
  expect(violations).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  // Every test starts with nothing saved, on a file of the site that runs no scripts (the web app
  // manifest), so no page of the course is left running to read what a test writes next: a
  // course page reads storage when it has settled, which can be after the test has written.
  await page.goto('/manifest.json');
  await page.evaluate(() => localStorage.clear());
});

test('a quiz answered in full keeps its result after a reload, and sends nothing anywhere', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = await watchProblems(context, page, baseURL!);
  await page.goto(QUIZ_PAGE);
  await waitForHydration(page);
  const [first, ...rest] = startHere.questions;
  await answer(page, first, false);
  for (const q of rest) await answer(page, q, true);
  const total = startHere.questions.length;
  const summary = `${total - 1} of ${total} questions right so far.`;
  await expect(quiz(page).getByText(summary)).toBeVisible();
  // The page says the check is not a test; the check does not grade the reader either.
  await expect(page.locator('article')).toContainText('It is not a test');
  await expect(quiz(page)).not.toContainText(/pass|fail|%/i);

  await page.reload();
  await waitForHydration(page);
  await expect(quiz(page).getByText(summary)).toBeVisible();
  await expect(questionBox(page, first).getByText(verdict(false))).toBeVisible();

  // Retry the missed one: focus lands in it, and answering it right makes the check done.
  await quiz(page).getByRole('button', { name: 'Try the one I missed again' }).click();
  await expect(questionBox(page, first).locator('input:focus')).toHaveCount(1);
  await answer(page, first, true);
  await expect(quiz(page).getByText(`Done: you have answered all ${total} questions right.`)).toBeVisible();
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByTestId('read-state')).toHaveText('✓ Read');
  await expect(page.getByRole('link', { name: /Start here, completed/ }).first()).toBeVisible();

  await page.goto('/progress');
  await waitForHydration(page);
  await expect(page.locator('[data-module="start-here"]')).toContainText('Knowledge check: done');

  expect(problems.offHostRequests).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  // Includes React's production hydration-mismatch errors.
  expect(problems.consoleErrors).toEqual([]);
});

test('the options keep their order for a reader across reloads', async ({ page }) => {
  await page.goto(QUIZ_PAGE);
  await waitForHydration(page);
  const q = startHere.questions.find((x) => x.kind !== 'truefalse')!;
  const order = () =>
    questionBox(page, q)
      .locator('input')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join(''));
  await expect.poll(async () => (await stored(page))?.seed).toBeDefined();
  const before = await order();
  await page.reload();
  await waitForHydration(page);
  expect(await order()).toBe(before);
});

test('checklist ticks and notes stay after a reload', async ({ page }) => {
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  const checklist = page.locator('[data-checklist]');
  const boxes = checklist.getByRole('checkbox');
  const total = await boxes.count();
  await boxes.nth(0).check();
  await boxes.nth(3).check();
  await checklist.getByRole('textbox', { name: 'My questions for my care team' }).fill('Who drives me home?');
  await expect(checklist.getByText(`2 of ${total} done`, { exact: true }).first()).toBeVisible();

  await page.reload();
  await waitForHydration(page);
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(3)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(checklist.getByRole('textbox', { name: 'My questions for my care team' })).toHaveValue(
    'Who drives me home?',
  );
  await expectNoAxeViolations(page, ['[data-checklist]']);

  // Printing shows the notes and hides the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(checklist.getByRole('button', { name: 'Print / save as PDF' })).toBeHidden();
  await expect(checklist.getByText('Who drives me home?', { exact: true }).last()).toBeVisible();
});

test('export, erase and import restore everything', async ({ page }, testInfo) => {
  await page.goto(QUIZ_PAGE);
  await waitForHydration(page);
  await answer(page, startHere.questions[0], true);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByTestId('read-state')).toBeVisible();
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  await page.locator('[data-checklist]').getByRole('checkbox').nth(2).check();
  await page.locator('[data-checklist]').getByRole('textbox').fill('My own question');
  const before = await stored(page);
  expect(before).not.toBeNull();

  await page.goto('/progress');
  await waitForHydration(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^kap-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'kap-course-progress', progress: before });

  await page.getByRole('button', { name: 'Erase all my progress' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('Everything was erased from this browser.')).toBeVisible();
  await expect(page.locator('[data-module="start-here"]')).toContainText('not marked as read');
  const erased = await stored(page);
  expect([erased?.modules, erased?.checklist, erased?.notes]).toEqual([{}, [], '']);

  // A foreign file is refused and changes nothing.
  const chooser = page.getByLabel('Choose a progress file (.json)');
  await chooser.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  await expect(page.getByRole('alert')).toContainText('This file is not a progress file from this course.');

  await chooser.setInputFiles(file);
  const confirm = page.getByRole('group', { name: 'Confirm loading the file' });
  await expect(confirm).toContainText('1 module read');
  // The whole progress page is ours.
  await expectNoAxeViolations(page, ['main']);
  await confirm.getByRole('button', { name: 'Replace my progress with this file' }).click();
  await expect(page.getByText('Your progress was loaded from the file.')).toBeVisible();
  expect(await stored(page)).toEqual(before);
  await expect(page.locator('[data-module="start-here"]')).toContainText('marked as read on');

  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  await expect(page.locator('[data-checklist]').getByRole('checkbox').nth(2)).toBeChecked();
  await expect(page.locator('[data-checklist]').getByRole('textbox')).toHaveValue('My own question');
});

test('corrupt saved progress shows the notice, is kept aside, and the site still works', async ({ page }) => {
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"modules":{oops'), KEY);
  await page.goto(QUIZ_PAGE);
  await waitForHydration(page);
  const notice = page.getByRole('region', NOTICE);
  await expect(notice).toContainText('could not be read');
  await expect(notice.getByRole('link', { name: 'About your progress' })).toHaveAttribute('href', '/progress');
  const aside = await page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .map((k) => localStorage.getItem(k)),
    UNREADABLE_PREFIX,
  );
  expect(aside).toEqual(['{"version":2,"modules":{oops']);

  await answer(page, startHere.questions[0], true);
  expect(await stored(page)).toMatchObject({ version: PROGRESS_VERSION });
  await expectNoAxeViolations(page);

  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toBeHidden();

  // The progress page offers the set-aside copy.
  await page.goto('/progress');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Saved data that could not be read' })).toBeVisible();
});

test.describe('storage unavailable', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });

  test('shows the notice on any page and the quiz still works', async ({ page }) => {
    for (const path of ['/', '/learn/safety']) {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole('region', NOTICE)).toContainText('your progress will not be kept on this device');
    }
    await page.goto(QUIZ_PAGE);
    await waitForHydration(page);
    await answer(page, startHere.questions[0], false);
    await expect(
      questionBox(page, startHere.questions[0]).getByRole('link', { name: 'Read this part of the chapter' }),
    ).toBeVisible();
    await page.goto('/progress');
    await waitForHydration(page);
    await expect(page.locator('[data-progress-warning="unavailable"]')).toBeVisible();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a quiz has no axe violations when unanswered, answered wrong and answered right (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(QUIZ_PAGE);
    await waitForHydration(page);
    await expectNoAxeViolations(page);

    const [wrong, right, ...rest] = startHere.questions;
    await answer(page, wrong, false);
    await expectNoAxeViolations(page);
    await answer(page, right, true);
    await expectNoAxeViolations(page);

    for (const q of rest) await answer(page, q, true);
    await expect(quiz(page).getByRole('button', { name: 'Try the one I missed again' })).toBeVisible();
    await expectNoAxeViolations(page);
    await quiz(page).getByRole('button', { name: 'Reset this check' }).click();
    await expectNoAxeViolations(page);
  });
}

test('every quiz control is at least 44 by 44 pixels on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(QUIZ_PAGE);
  await waitForHydration(page);
  const targets = quiz(page).locator('button, [class*="option"]:has(input)');
  const n = await targets.count();
  expect(n).toBeGreaterThan(startHere.questions.length);
  for (let i = 0; i < n; i += 1) {
    const box = await targets.nth(i).boundingBox();
    expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  }
});

test('a quiz prints as a clean question sheet', async ({ page }) => {
  await page.goto(QUIZ_PAGE);
  await waitForHydration(page);
  await answer(page, startHere.questions[0], false);
  await page.emulateMedia({ media: 'print' });
  const first = questionBox(page, startHere.questions[0]);
  await expect(first.locator('legend')).toBeVisible();
  await expect(first.getByText(verdict(false))).toBeHidden();
  for (const button of await quiz(page).getByRole('button').all()) await expect(button).toBeHidden();
  // Options print as empty boxes, even the one chosen.
  const appearance = await first
    .locator('input')
    .first()
    .evaluate((el) => getComputedStyle(el).appearance);
  expect(appearance).toBe('none');
});

test('a tick in one tab appears in another tab', async ({ page, context }) => {
  await page.goto('/learn/what-to-expect');
  await waitForHydration(page);
  const other = await context.newPage();
  await other.goto('/learn/what-to-expect');
  await waitForHydration(other);
  await page.locator('[data-checklist]').getByRole('checkbox').first().check();
  await expect(other.locator('[data-checklist]').getByRole('checkbox').first()).toBeChecked();
  await other.close();
});
