/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import Quiz from '@site/src/components/Quiz';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import { parseProgressJson } from '@site/src/course/progress';
import type { QuizData } from '@site/src/course/quiz-types';

const FIXTURE: QuizData = {
  moduleId: 'safety',
  questions: [
    {
      id: 'fx-bladder',
      kind: 'single',
      prompt: 'Which organ can heavy, long-term use damage?',
      options: [
        { id: 'a', text: 'The bladder', correct: true, feedback: 'Right. Heavy use can damage the bladder.' },
        {
          id: 'b',
          text: 'The hair',
          correct: false,
          feedback: 'Hair loss is not a known effect.',
          link: '/learn/safety#bladder',
        },
        {
          id: 'c',
          text: 'The teeth',
          correct: false,
          feedback: 'Teeth are not the organ at risk.',
          link: '/learn/safety#bladder',
        },
      ],
    },
    {
      id: 'fx-effects',
      kind: 'multiple',
      prompt: 'Which are common short-term effects?',
      options: [
        { id: 'a', text: 'Nausea', correct: true, feedback: 'Yes, nausea is common.' },
        { id: 'b', text: 'Raised blood pressure', correct: true, feedback: 'Yes, blood pressure rises for a while.' },
        {
          id: 'c',
          text: 'Lasting memory loss',
          correct: false,
          feedback: 'Not from supervised doses.',
          link: '/learn/safety#side-effects',
        },
      ],
    },
    {
      id: 'fx-drive',
      kind: 'truefalse',
      prompt: 'You can drive home after a session.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'No. Do not drive until the next day.',
          link: '/learn/safety#driving',
        },
        { id: 'false', text: 'False', correct: true, feedback: 'Right. Someone else drives you home.' },
      ],
    },
  ],
};

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

function question(n: number): HTMLElement {
  return screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET')[n];
}

/** Moves through a radio group with the arrow keys until `label` is chosen. */
async function chooseRadioByKeyboard(user: UserEvent, group: HTMLElement, label: string): Promise<void> {
  const target = within(group).getByLabelText(label, { exact: false });
  for (let i = 0; i < 5 && !(target as HTMLInputElement).checked; i += 1) {
    await user.keyboard('{ArrowDown}');
  }
  expect(target).toBeChecked();
}

async function tabTo(user: UserEvent, element: HTMLElement): Promise<void> {
  for (let i = 0; i < 40 && document.activeElement !== element; i += 1) await user.tab();
  expect(element).toHaveFocus();
}

function savedQuiz() {
  const saved = parseProgressJson(localStorage.getItem(STORAGE_KEY) ?? '');
  if (!saved.ok) throw new Error(saved.reason);
  return saved.value.modules.safety?.quiz;
}

describe('Quiz', () => {
  it('runs start to finish with the keyboard only, with feedback announced and focus on it', async () => {
    const user = userEvent.setup();
    render(<Quiz id="safety" quiz={FIXTURE} />);

    // Question 1: into the radio group, choose a wrong answer, check it.
    const q1 = question(0);
    expect(within(q1).getByText('Which organ can heavy, long-term use damage?').closest('legend')).not.toBeNull();
    await user.tab();
    expect(q1).toContainElement(document.activeElement as HTMLElement);
    await chooseRadioByKeyboard(user, q1, 'The hair');
    await user.tab();
    expect(within(q1).getByRole('button', { name: 'Check answer to question 1' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const live1 = within(q1).getByText('Not quite.').closest('[aria-live]') as HTMLElement;
    expect(live1).toHaveAttribute('aria-live', 'polite');
    expect(live1).toHaveFocus();
    expect(live1).toHaveTextContent('Hair loss is not a known effect.');
    expect(within(live1).getByRole('link', { name: 'Read this part of the chapter' })).toHaveAttribute(
      'href',
      '/learn/safety#bladder',
    );
    expect(within(q1).getByLabelText(/The hair/)).toBeDisabled();

    // Question 2: tick two boxes with Space.
    const q2 = question(1);
    await tabTo(user, within(q2).getByLabelText('Nausea'));
    await user.keyboard(' ');
    await tabTo(user, within(q2).getByLabelText('Raised blood pressure'));
    await user.keyboard(' ');
    await tabTo(user, within(q2).getByRole('button', { name: /Check answer/ }));
    await user.keyboard(' ');
    const live2 = within(q2).getByText('Right.').closest('[aria-live]') as HTMLElement;
    expect(live2).toHaveFocus();
    expect(live2).toHaveTextContent('Yes, nausea is common.');

    // Question 3.
    const q3 = question(2);
    await tabTo(user, within(q3).getByLabelText('True'));
    await chooseRadioByKeyboard(user, q3, 'False');
    await tabTo(user, within(q3).getByRole('button', { name: /Check answer/ }));
    await user.keyboard('{Enter}');

    expect(screen.getByText('2 of 3 questions right so far.').closest('[aria-live]')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(screen.getByText(/try the one you missed again\. Your right answers are kept\./)).toBeInTheDocument();
    // Kind words only: no marks, no pass or fail.
    expect(document.body).not.toHaveTextContent(/pass mark|passed|%|fail/i);
    expect(savedQuiz()).toMatchObject({ score: 2, total: 3, passed: false, attempts: 1 });
  });

  it('asks for an answer before checking, instead of marking an empty answer wrong', async () => {
    const user = userEvent.setup();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    await user.click(within(question(0)).getByRole('button', { name: /Check answer/ }));
    expect(
      within(question(0)).getByText('Choose an answer first, then check it.').closest('[aria-live]'),
    ).not.toBeNull();
    expect(localStorage.getItem(STORAGE_KEY) ?? '').not.toContain('fx-bladder');
  });

  it('retries only the missed questions, moves focus to the first of them, and is done once they are right', async () => {
    const user = userEvent.setup();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    await user.click(within(question(0)).getByLabelText('The bladder'));
    await user.click(within(question(0)).getByRole('button', { name: /Check answer/ }));
    await user.click(within(question(1)).getByLabelText('Nausea'));
    await user.click(within(question(1)).getByRole('button', { name: /Check answer/ }));
    await user.click(within(question(2)).getByLabelText('True'));
    await user.click(within(question(2)).getByRole('button', { name: /Check answer/ }));
    expect(screen.getByText('1 of 3 questions right so far.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try the 2 I missed again' }));
    // Question 1 was right: it keeps its answer and feedback. 2 and 3 are open again.
    expect(within(question(0)).getByText('Right.')).toBeInTheDocument();
    expect(within(question(0)).getByLabelText(/The bladder/)).toBeDisabled();
    expect(within(question(1)).queryByText('Not quite.')).toBeNull();
    expect(within(question(1)).getByLabelText('Nausea')).not.toBeChecked();
    expect(within(question(2)).getByLabelText('True')).toBeEnabled();
    expect(question(1)).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAttribute('type', 'checkbox');

    await user.click(within(question(1)).getByLabelText('Nausea'));
    await user.click(within(question(1)).getByLabelText('Raised blood pressure'));
    await user.click(within(question(1)).getByRole('button', { name: /Check answer/ }));
    await user.click(within(question(2)).getByLabelText('False'));
    await user.click(within(question(2)).getByRole('button', { name: /Check answer/ }));
    expect(screen.getByText('Done: you have answered all 3 questions right.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /I missed again/ })).toBeNull();
    expect(savedQuiz()).toMatchObject({ score: 3, total: 3, passed: true, attempts: 2 });
  });

  it('keeps a check done once it was done, and still offers the missed ones when the reader starts again', async () => {
    // Saved: done earlier (or under the old 80% mark), last full try had one answer wrong.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        modules: {
          safety: {
            read: true,
            quiz: {
              answers: { 'fx-bladder': ['a'], 'fx-effects': ['a', 'b'], 'fx-drive': ['true'] },
              score: 2,
              total: 3,
              passed: true,
              attempts: 2,
            },
          },
        },
        checklist: [],
        notes: '',
        seed: 5,
      }),
    );
    progressStore.reload();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    expect(await screen.findByText('2 of 3 questions right so far.')).toBeInTheDocument();
    expect(screen.getByText(/You finished this check on an earlier try, so it stays done\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try the one I missed again' })).toBeInTheDocument();
  });

  it('keeps answers after a reload, and reset clears them only after confirmation', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Quiz id="safety" quiz={FIXTURE} />);
    await user.click(within(question(0)).getByLabelText('The bladder'));
    await user.click(within(question(0)).getByRole('button', { name: /Check answer/ }));
    unmount();
    progressStore.reload();

    render(<Quiz id="safety" quiz={FIXTURE} />);
    expect(within(question(0)).getByText('Right.')).toBeInTheDocument();
    expect(within(question(0)).getByLabelText(/The bladder/)).toBeChecked();
    expect(screen.getByText('1 of 3 questions checked.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset this check' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(question(0)).getByText('Right.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset this check' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Reset this check' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(within(question(0)).queryByText('Right.')).toBeNull();
    expect(within(question(0)).getByLabelText('The bladder')).not.toBeChecked();
    expect(savedQuiz()).toBeUndefined();
  });

  it('shows each reader the same option order after a reload', () => {
    const order = () =>
      within(question(0))
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value)
        .join('');
    const { unmount } = render(<Quiz id="safety" quiz={FIXTURE} />);
    const first = order();
    unmount();
    progressStore.reload();
    render(<Quiz id="safety" quiz={FIXTURE} />);
    expect(order()).toBe(first);
  });

  it('keeps answers and feedback out of the search index, but not the prompts', () => {
    const { container } = render(<Quiz id="safety" quiz={FIXTURE} />);
    for (const input of container.querySelectorAll('input')) {
      expect(input.closest('.search-ignore')).not.toBeNull();
    }
    for (const region of container.querySelectorAll('[aria-live]')) {
      expect(region.closest('.search-ignore')).not.toBeNull();
    }
    for (const legend of container.querySelectorAll('legend')) {
      expect(legend.closest('.search-ignore')).toBeNull();
    }
  });

  it('renders its questions on the server and hydrates without a mismatch', async () => {
    // The server has no saved progress: it renders the questions in their written order.
    const html = renderToString(<Quiz id="safety" quiz={FIXTURE} />);
    expect(html).toContain('Which organ can heavy, long-term use damage?');
    expect(html).toContain('The bladder');
    expect(html).not.toContain('Right.');

    // The reader's browser has a saved answer and a seed that reorders the options.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        modules: {
          safety: {
            read: false,
            quiz: { answers: { 'fx-drive': ['false'] }, score: 0, total: 0, passed: false, attempts: 0 },
          },
        },
        checklist: [],
        notes: '',
        seed: 77,
      }),
    );
    progressStore.reload();
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors: unknown[] = [];
    const consoleError = jest.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Quiz id="safety" quiz={FIXTURE} />, { onRecoverableError: (e) => errors.push(e) });
    });
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    // After hydration the reader's saved answer appears.
    expect(within(container).getByText('Right.')).toBeInTheDocument();
    act(() => root?.unmount());
    container.remove();
  });

  it('says so when there is no quiz for the id, or the questions are for another module', () => {
    const { unmount } = render(<Quiz id="nope" />);
    expect(screen.getByText('This knowledge check is not available.')).toBeInTheDocument();
    unmount();
    render(<Quiz id="preparation" quiz={FIXTURE} />);
    expect(screen.getByText('This knowledge check is not available.')).toBeInTheDocument();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
