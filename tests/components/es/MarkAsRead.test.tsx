/** @jest-environment jsdom */
/** "Marcar como leído" at the end of a Spanish chapter. */
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MarkAsRead from '@site/src/components/MarkAsRead';
import { progressStore } from '@site/src/course/storage';
import { setQuizRecord } from '@site/src/course/progress';

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

describe('Mark as read in Spanish', () => {
  it('marks as read and undoes it, saying where the reader is, in Spanish', async () => {
    const user = userEvent.setup();
    render(<MarkAsRead moduleId="safety" />);
    expect(screen.getByText('Todavía no está marcado como leído.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ir a la prueba de conocimientos' })).toHaveAttribute('href', '#check');
    expect(screen.getByRole('link', { name: 'Ver mi progreso' })).toHaveAttribute('href', '/progress');

    await user.click(screen.getByRole('button', { name: 'Marcar como leído' }));
    expect(screen.getByTestId('read-state')).toHaveTextContent('✓ Leído');
    expect(screen.getByTestId('read-state')).toHaveFocus();
    expect(screen.getByText(/Usted marcó este módulo como leído\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Deshacer: marcar este módulo como no leído' }));
    expect(screen.getByRole('button', { name: 'Marcar como leído' })).toHaveFocus();
  });

  it('says the module is done once it is read and its check is done', async () => {
    const user = userEvent.setup();
    progressStore.replace(
      setQuizRecord(progressStore.getSnapshot().progress, 'safety', {
        answers: {},
        score: 3,
        total: 3,
        passed: true,
        attempts: 1,
      }),
    );
    render(<MarkAsRead moduleId="safety" />);
    expect(screen.getByText(/Usted terminó la prueba de conocimientos\. Marque el módulo/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ir a la prueba de conocimientos' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Marcar como leído' }));
    expect(
      screen.getByText('Terminado: usted leyó este módulo y terminó su prueba de conocimientos.'),
    ).toBeInTheDocument();
  });
});
