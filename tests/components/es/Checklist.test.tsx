/** @jest-environment jsdom */
/** The checklist's own words in Spanish (its items come from `@locale/checklist`, the Spanish checklist). */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Checklist from '@site/src/components/Checklist';
import { CHECKLIST } from '@site/src/i18n/es/checklist';
import { progressStore } from '@site/src/course/storage';

const TOTAL = CHECKLIST.reduce((n, g) => n + g.items.length, 0);
const FIRST = CHECKLIST[0]!.items[0]!;

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

describe('Checklist in Spanish', () => {
  it('says the clinic comes first, counts in Spanish, and announces the count', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    expect(screen.getByRole('region', { name: 'Lista de verificación de qué esperar' })).toBeInTheDocument();
    expect(screen.getByText('Las instrucciones de su clínica van primero.')).toBeInTheDocument();
    expect(screen.getByText(`0 de ${TOTAL} hechos`, { selector: 'p' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: FIRST.text }));
    expect(screen.getByText(`1 de ${TOTAL} hechos`, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`1 de ${TOTAL} hechos`);
  });

  it('explains why an item matters and keeps private notes, in Spanish', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    const group = screen.getByRole('group', { name: CHECKLIST[0]!.title });
    const why = within(group).getAllByText('Por qué es importante')[0]!;
    await user.click(why);
    expect(within(group).getAllByRole('link', { name: 'Lea más en el capítulo' })[0]).toHaveAttribute(
      'href',
      FIRST.link,
    );
    const notes = screen.getByRole('textbox', { name: 'Mis preguntas para mi equipo de atención' });
    expect(notes).toHaveAccessibleDescription(/^Privado: se guarda solo en este navegador/);
    expect(screen.getByRole('button', { name: 'Imprimir / guardar como PDF' })).toBeInTheDocument();
  });

  it('asks before unticking everything, and keeps the notes', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    await user.click(screen.getByRole('checkbox', { name: FIRST.text }));
    await user.type(screen.getByRole('textbox'), 'Mi pregunta');
    await user.click(screen.getByRole('button', { name: 'Desmarcar todo' }));
    expect(screen.getByText(`¿Desmarcar los ${TOTAL} puntos? Sus notas se guardan.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancelar' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Sí, desmarcar todo' }));
    expect(screen.getByRole('checkbox', { name: FIRST.text })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(`0 de ${TOTAL} hechos`);
    expect(screen.getByRole('textbox')).toHaveValue('Mi pregunta');
  });
});
