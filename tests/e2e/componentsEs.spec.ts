import { test, expect, type Page, type Locator } from '@playwright/test';
import safety from '../../src/data/quizzes/safety';
import type { QuizQuestion } from '../../src/course/quiz-types';
import { axeViolations, waitForHydration, waitForTransitions } from './support/site';

// The Spanish edition's components on the built site: the words a Spanish reader sees come from
// src/i18n/es/ (@locale), never the English ones. Options are picked by id, so the test does not
// depend on the chapter's own words.
const PAGE = '/es/learn/safety';

function quiz(page: Page): Locator {
  return page.locator('[data-quiz="safety"]');
}

async function answer(page: Page, q: QuizQuestion, right: boolean): Promise<void> {
  const box = quiz(page).locator(`fieldset[data-question-id="${q.id}"]`);
  const picks = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!];
  for (const o of picks) await box.locator(`input[value="${o.id}"]`).check();
  await box.getByRole('button', { name: /^Revisar respuesta de la pregunta \d+$/ }).click();
  await expect(box.getByText(right ? /^\W*Correcto\.$/ : /^\W*No exactamente\.$/)).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/manifest.json');
  await page.evaluate(() => localStorage.clear());
});

test('a Spanish chapter’s knowledge check and Mark as read speak Spanish, with no axe violations', async ({ page }) => {
  await page.goto(PAGE);
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(quiz(page).getByText(/^Esto no es un examen\./)).toBeVisible();
  await expect(quiz(page).getByText(`Pregunta 1 de ${safety.questions.length}`)).toBeVisible();
  await expect(quiz(page)).not.toContainText('Check answer');

  const [first, ...rest] = safety.questions;
  await answer(page, first!, false);
  expect(await axeViolations(page)).toEqual([]);
  for (const q of rest) await answer(page, q, true);
  await expect(quiz(page).getByRole('button', { name: 'Volver a intentar la que fallé' })).toBeVisible();
  await quiz(page).getByRole('button', { name: 'Volver a intentar la que fallé' }).click();
  await answer(page, first!, true);
  await expect(
    quiz(page).getByText(`Terminada: respondió bien las ${safety.questions.length} preguntas.`),
  ).toBeVisible();

  const mark = page.locator('[data-mark-as-read="safety"]');
  await mark.getByRole('button', { name: 'Marcar como leído' }).click();
  await expect(mark.getByTestId('read-state')).toHaveText('✓ Leído');
  await expect(mark).toContainText('Terminado: usted leyó este módulo y terminó su prueba de conocimientos.');
  await page.emulateMedia({ colorScheme: 'dark' });
  // The theme follows the system: wait for the switch and for its color transitions to end.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForTransitions(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('Mi progreso lists the modules by their Spanish titles, with the date in Spanish', async ({ page }) => {
  await page.goto(PAGE);
  await waitForHydration(page);
  await page.locator('[data-mark-as-read="safety"]').getByRole('button', { name: 'Marcar como leído' }).click();
  await page.goto('/es/progress');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { name: 'Módulos' })).toBeVisible();
  const safetyItem = page.locator('[data-module="safety"]');
  await expect(safetyItem.getByRole('link', { name: '9. Seguridad y efectos secundarios' })).toBeVisible();
  await expect(safetyItem).toContainText(/Lectura: marcado como leído el \d{1,2} de [a-z]+ de \d{4}/);
  await expect(page.getByRole('heading', { name: 'Leer sin conexión' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
