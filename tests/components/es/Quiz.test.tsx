/** @jest-environment jsdom */
/**
 * The knowledge check in Spanish: this project reads `@locale/*` as src/i18n/es/* (jest.config.js),
 * as the Spanish build does, so the component shows the words a Spanish reader sees.
 */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Quiz from '@site/src/components/Quiz';
import { progressStore } from '@site/src/course/storage';
import type { QuizData } from '@site/src/course/quiz-types';

const FIXTURE: QuizData = {
  moduleId: 'safety',
  questions: [
    {
      id: 'fx-vejiga',
      kind: 'single',
      prompt: '¿Qué órgano puede dañar el uso intenso y prolongado?',
      options: [
        { id: 'a', text: 'La vejiga', correct: true, feedback: 'Así es. El uso intenso puede dañar la vejiga.' },
        {
          id: 'b',
          text: 'El cabello',
          correct: false,
          feedback: 'La caída del cabello no es un efecto conocido.',
          link: '/learn/safety#bladder',
        },
      ],
    },
    {
      id: 'fx-efectos',
      kind: 'multiple',
      prompt: '¿Cuáles son efectos comunes a corto plazo?',
      options: [
        { id: 'a', text: 'Náusea', correct: true, feedback: 'Sí, la náusea es común.' },
        { id: 'b', text: 'Presión arterial alta', correct: true, feedback: 'Sí, la presión sube por un tiempo.' },
        { id: 'c', text: 'Pérdida de memoria duradera', correct: false, feedback: 'No con dosis supervisadas.' },
      ],
    },
    {
      id: 'fx-manejar',
      kind: 'truefalse',
      prompt: 'Usted puede manejar a casa después de una sesión.',
      options: [
        { id: 'true', text: 'Verdadero', correct: false, feedback: 'No. No maneje hasta el día siguiente.' },
        { id: 'false', text: 'Falso', correct: true, feedback: 'Así es. Otra persona lo lleva a casa.' },
      ],
    },
  ],
};

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

function question(n: number): HTMLElement {
  return screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')[n]!;
}

describe('Quiz in Spanish', () => {
  it('numbers the questions, says how to answer, and asks for a choice before checking', async () => {
    const user = userEvent.setup();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    expect(screen.getByText(/^Esto no es un examen\./)).toBeInTheDocument();
    expect(within(question(0)).getByText('Pregunta 1 de 3')).toBeInTheDocument();
    expect(within(question(0)).getByText('Elija una respuesta.')).toBeInTheDocument();
    expect(within(question(1)).getByText('Elija todas las que correspondan.')).toBeInTheDocument();
    expect(within(question(2)).getByText('¿Verdadero o falso?')).toBeInTheDocument();

    await user.click(within(question(0)).getByRole('button', { name: 'Revisar respuesta de la pregunta 1' }));
    expect(within(question(0)).getByText('Primero elija una respuesta y luego revísela.')).toBeInTheDocument();
  });

  it('gives right and wrong feedback in Spanish, with the link to the chapter', async () => {
    const user = userEvent.setup();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    await user.click(within(question(0)).getByLabelText('El cabello', { exact: false }));
    await user.click(within(question(0)).getByRole('button', { name: /Revisar respuesta/ }));
    const q1 = question(0);
    expect(within(q1).getByText('No exactamente.')).toBeInTheDocument();
    expect(within(q1).getByText('Su respuesta: “El cabello”.')).toBeInTheDocument();
    expect(within(q1).getByText(/\(su respuesta, no es correcta\)/)).toBeInTheDocument();
    expect(within(q1).getByText(/\(una respuesta correcta\)/)).toBeInTheDocument();
    expect(within(q1).getByRole('link', { name: 'Lea esta parte del capítulo' })).toHaveAttribute(
      'href',
      '/learn/safety#bladder',
    );

    await user.click(within(question(1)).getByLabelText('Náusea', { exact: false }));
    await user.click(within(question(1)).getByRole('button', { name: /Revisar respuesta/ }));
    const q2 = question(1);
    expect(within(q2).getByText('No exactamente.')).toBeInTheDocument();
    expect(within(q2).getByText('Usted eligió: “Náusea”.')).toBeInTheDocument();
    expect(within(q2).getByText('También es correcta y no la eligió: “Presión arterial alta”.')).toBeInTheDocument();

    await user.click(within(question(2)).getByLabelText('Falso', { exact: false }));
    await user.click(within(question(2)).getByRole('button', { name: /Revisar respuesta/ }));
    expect(within(question(2)).getByText('Correcto.')).toBeInTheDocument();
    expect(within(question(2)).getByText(/\(su respuesta, correcta\)/)).toBeInTheDocument();

    expect(screen.getByText('1 de 3 preguntas bien hasta ahora.')).toBeInTheDocument();
    expect(screen.getByText(/vuelva a intentar las 2 que falló\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volver a intentar las 2 que fallé' })).toBeInTheDocument();
  });

  it('says the check is done once every answer is right, and offers to start again', async () => {
    const user = userEvent.setup();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    await user.click(within(question(0)).getByLabelText('La vejiga', { exact: false }));
    await user.click(within(question(0)).getByRole('button', { name: /Revisar respuesta/ }));
    expect(screen.getByText('1 de 3 preguntas revisadas.')).toBeInTheDocument();
    await user.click(within(question(1)).getByLabelText('Náusea', { exact: false }));
    await user.click(within(question(1)).getByLabelText('Presión arterial alta', { exact: false }));
    await user.click(within(question(1)).getByRole('button', { name: /Revisar respuesta/ }));
    await user.click(within(question(2)).getByLabelText('Falso', { exact: false }));
    await user.click(within(question(2)).getByRole('button', { name: /Revisar respuesta/ }));
    expect(screen.getByText('Terminada: respondió bien las 3 preguntas.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Volver a intentar/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Empezar la prueba de nuevo' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Borrar esta prueba' }));
    expect(screen.getByText(/¿Borrar sus respuestas y su resultado de esta prueba\?/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancelar' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Sí, borrar' }));
    expect(screen.queryByText(/^Terminada/)).toBeNull();
  });

  it('says the check is not available in Spanish when its questions are missing', () => {
    render(<Quiz id="safety" />);
    expect(screen.getByText('Esta prueba de conocimientos no está disponible.')).toBeInTheDocument();
  });
});
