/** @jest-environment jsdom */
/** "Mi progreso", the review dates and the storage notice in Spanish: module titles, dates and bad input. */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressPage from '@site/src/components/ProgressPage';
import ReviewDates from '@site/src/components/ReviewDates';
import Root from '@site/src/theme/Root';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import { EXPORT_KIND, emptyProgress, encodeExportFile, setRead, type Progress } from '@site/src/course/progress';

// Midday UTC, so the local date is 22 November in every time zone the tests may run in.
const NOW = new Date('2026-11-22T12:00:00.000Z');

function seed(progress: Progress): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  progressStore.reload();
}

function file(text: string): File {
  return new File([text], 'progreso.json', { type: 'application/json' });
}

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

describe('Mi progreso in Spanish', () => {
  it('lists the modules with their Spanish titles and the reading date in Spanish', () => {
    seed(setRead(emptyProgress(5), 'safety', true, NOW));
    render(<ProgressPage />);
    const safety = screen.getByRole('link', { name: '9. Seguridad y efectos secundarios' }).closest('li')!;
    expect(safety).toHaveTextContent('Lectura: marcado como leído el 22 de noviembre de 2026');
    expect(safety).toHaveTextContent('Prueba de conocimientos: sin hacer');
    expect(screen.getByRole('link', { name: '1. Empiece aquí' })).toHaveAttribute('href', '/learn/start-here');
    expect(screen.getByText(/^0 de 12 módulos terminados/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Pasar su progreso a otro dispositivo' })).toBeInTheDocument();
  });

  it.each([
    ['not JSON', 'hola', 'Este archivo no es un archivo de progreso de este curso (no es JSON).'],
    ['foreign JSON', '{"nombre":"otra cosa"}', 'Este archivo no es un archivo de progreso de este curso.'],
    [
      'damaged',
      JSON.stringify({ kind: EXPORT_KIND, progress: { version: 2, modules: 'x' } }),
      'Este archivo de progreso no se puede usar: está dañado o incompleto.',
    ],
    [
      'from a newer version',
      JSON.stringify({ kind: EXPORT_KIND, progress: { ...emptyProgress(1), version: 99 } }),
      'Este archivo de progreso es de una versión más nueva del curso.',
    ],
  ])('refuses a file that is %s with a Spanish message and changes nothing', async (_name, text, message) => {
    const user = userEvent.setup();
    seed(setRead(emptyProgress(5), 'safety', true, NOW));
    render(<ProgressPage />);
    await user.upload(screen.getByLabelText('Elegir un archivo de progreso (.json)'), file(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No se cambió nada.');
    expect(alert).toHaveTextContent(message);
    expect(alert).not.toHaveTextContent(/progress file|not JSON/);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).modules.safety.read).toBe(true);
  });

  it('describes a good file in Spanish before replacing anything', async () => {
    const user = userEvent.setup();
    render(<ProgressPage />);
    await user.upload(
      screen.getByLabelText('Elegir un archivo de progreso (.json)'),
      file(encodeExportFile(setRead(emptyProgress(5), 'safety', true, NOW), NOW)),
    );
    const confirm = await screen.findByRole('group', { name: 'Confirmar la carga del archivo' });
    expect(confirm).toHaveTextContent('progreso.json contiene: 1 módulo leído, 0 pruebas terminadas');
    await user.click(within(confirm).getByRole('button', { name: 'Reemplazar mi progreso con este archivo' }));
    expect(await screen.findByText('Su progreso se cargó desde el archivo.')).toBeInTheDocument();
  });
});

describe('review dates in Spanish', () => {
  it('writes the dates out in Spanish words', () => {
    render(<ReviewDates lastReviewed="2026-11-22" reviewDue="2027-01-05" />);
    expect(screen.getByText('Última revisión de la página:').closest('div')).toHaveTextContent(
      'Última revisión de la página: 22 de noviembre de 2026',
    );
    expect(screen.getByText('Próxima revisión:').closest('div')).toHaveTextContent(
      'Próxima revisión: 5 de enero de 2027',
    );
  });
});

describe('storage notice in Spanish', () => {
  it('explains unreadable saved progress in Spanish', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version": 2, "modules": ');
    progressStore.reload();
    render(
      <Root>
        <main id="__docusaurus_skipToContent_fallback" tabIndex={-1} />
      </Root>,
    );
    const notice = await screen.findByRole('region', { name: 'Sobre su progreso guardado' }, { timeout: 4000 });
    expect(notice).toHaveTextContent('El progreso guardado en este dispositivo no se pudo leer');
    expect(within(notice).getByRole('link', { name: 'Sobre su progreso' })).toHaveAttribute('href', '/progress');
    expect(within(notice).getByRole('button', { name: 'Cerrar este aviso' })).toBeInTheDocument();
  });
});
