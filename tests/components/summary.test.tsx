/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MySummary from '../../src/components/MySummary';
import SharedSummary from '../../src/components/SharedSummary';
import {
  emptyProgress,
  encodeProgress,
  parseProgressJson,
  setChecklistItem,
  setNotes,
  setPlan,
  setQuizRecord,
  setRead,
} from '../../src/course/progress';
import { nextRecord, recordAfterRetryMissed, recordAnswer } from '../../src/course/quiz';
import { getQuiz } from '../../src/data/quizzes';
import { STORAGE_KEY, progressStore } from '../../src/course/storage';
import { checksum, toBase64Url } from '../../src/course/linkCodec';
import { readSummaryHash } from '../../src/course/summary';
import { CHECKLIST } from '../../src/data/checklist';

const NOW = new Date('2026-11-22T10:00:00Z');
const firstItem = CHECKLIST[0].items[0];

function storeProgress(): void {
  let p = emptyProgress(3);
  p = setRead(p, 'start-here', true, NOW);
  p = setQuizRecord(p, 'start-here', { score: 4, total: 5, passed: true, attempts: 2 });
  p = setQuizRecord(p, 'safety', { score: 2, total: 5, passed: false, attempts: 1 });
  p = setChecklistItem(p, firstItem.id, true);
  p = setNotes(p, 'Can I drive the next day?');
  window.localStorage.clear();
  window.localStorage.setItem(STORAGE_KEY, encodeProgress(p));
  progressStore.reload();
}

function row(name: RegExp): HTMLElement {
  return screen.getByRole('row', { name });
}

describe('<MySummary>', () => {
  beforeEach(storeProgress);

  it('shows modules read, knowledge-check results, the checklist, the questions and the date', async () => {
    render(<MySummary />);
    const details = await screen.findByTestId('summary-details');
    expect(details).toHaveTextContent(/Made on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    expect(details).toHaveTextContent('1 of 12 modules marked as read. 1 knowledge check done.');
    // Progress saved before first tries were recorded says so, rather than guessing.
    expect(
      within(row(/Start here/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✓ Read', 'Not recorded', 'Done (last try: 4 of 5 right)']);
    expect(
      within(row(/Safety and side effects/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not marked as read', 'Not recorded', '2 of 5 right, not done yet']);
    expect(screen.getByTestId('summary-not-started')).toHaveTextContent('8. Integration');
    expect(screen.queryByRole('row', { name: /Integration/ })).not.toBeInTheDocument();
    expect(screen.getByText(firstItem.text).closest('li')).toHaveAttribute('data-ticked', 'true');
    expect(screen.getByTestId('summary-questions')).toHaveTextContent('Can I drive the next day?');
  });

  it('makes a link only when the reader asks, without their questions unless they choose', async () => {
    const user = userEvent.setup();
    render(<MySummary />);
    expect(screen.queryByRole('textbox', { name: 'Summary link' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Make a link to share' }));
    const field = screen.getByRole('textbox', { name: 'Summary link' }) as HTMLInputElement;
    const url = new URL(field.value);
    expect(url.pathname).toBe('/summary/view');
    const first = readSummaryHash(url.hash)!;
    expect(first.problems).toEqual([]);
    expect(first.summary?.questions).toBe('');
    expect(first.summary?.modules.map((m) => m.id)).toEqual(['start-here', 'safety']);

    await user.click(screen.getByRole('checkbox', { name: 'Include my questions in the link' }));
    const withQuestions = readSummaryHash(
      new URL((screen.getByRole('textbox', { name: 'Summary link' }) as HTMLInputElement).value).hash,
    )!;
    expect(withQuestions.summary?.questions).toBe('Can I drive the next day?');
  });

  it('says plainly when the questions are too long for a link, and keeps them in the summary', async () => {
    const user = userEvent.setup();
    const long = 'Why? '.repeat(400).trim();
    window.localStorage.setItem(STORAGE_KEY, encodeProgress(setNotes(emptyProgress(1), long)));
    progressStore.reload();
    render(<MySummary />);
    await user.click(await screen.findByRole('checkbox', { name: 'Include my questions in the link' }));
    await user.click(screen.getByRole('button', { name: 'Make a link to share' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/A link can carry up to 1500/);
    expect(screen.getByTestId('summary-questions')).toHaveTextContent(long);
  });
});

describe('<MySummary> with a plan', () => {
  const plan = {
    modules: ['preparation', 'safety', 'integration'],
    clinicName: 'Sample Clinic (example only)',
    message: '',
    targetDate: '2027-01-31',
  };

  function storePlanProgress(): void {
    let p = setPlan(setNotes(emptyProgress(3), 'Is it safe with my blood pressure pills?'), plan);
    p = setRead(p, 'preparation', true, NOW);
    const quiz = getQuiz('preparation')!;
    let record;
    let answers = {};
    for (const q of quiz.questions) {
      const chosen =
        q.id === 'preparation-medical-review' ? ['c'] : q.options.filter((o) => o.correct).map((o) => o.id);
      answers = recordAnswer(answers, q.id, chosen);
      record = nextRecord(quiz, record, answers);
    }
    // The check is done once the missed question is answered right on a second try.
    record = recordAfterRetryMissed(quiz, record);
    answers = {
      ...record.answers,
      'preparation-medical-review': quiz.questions
        .find((q) => q.id === 'preparation-medical-review')!
        .options.filter((o) => o.correct)
        .map((o) => o.id),
    };
    record = nextRecord(quiz, record, answers);
    p = setQuizRecord(p, 'preparation', record);
    window.localStorage.clear();
    window.localStorage.setItem(STORAGE_KEY, encodeProgress(p));
    progressStore.reload();
  }

  it('puts the questions first, then the plan with N of M done, the first-try misses with safety flagged, then the rest', async () => {
    storePlanProgress();
    render(<MySummary />);
    const details = await screen.findByTestId('summary-details');
    const headings = within(details)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual([
      'Questions for the care team',
      'The plan',
      'Missed on the first try',
      'The rest of the course',
    ]);
    const planPart = screen.getByTestId('summary-plan');
    expect(planPart).toHaveTextContent(
      'A plan chosen by the care team, from Sample Clinic (example only). Target date: 31 January 2027.',
    );
    expect(screen.getByTestId('summary-plan-count')).toHaveTextContent('1 of 3 assigned modules done');
    const total = getQuiz('preparation')!.questions.length;
    expect(
      within(within(planPart).getByRole('row', { name: /Preparation/ }))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['✓ Read', `${total - 1} of ${total}`, `Done: all ${total} right`]);
    const missed = screen.getByTestId('summary-missed');
    expect(missed).toHaveTextContent(
      'Chose: “Stopping your usual medicines beforehand without telling anyone” ⚠ Safety',
    );
    expect(screen.getByTestId('summary-safety-note')).toHaveTextContent('1 answer marked “Safety” below');
    // The rest of the course: nothing else started, so one line, without the plan's modules.
    const notStarted = screen.getByTestId('summary-not-started');
    expect(notStarted).toHaveTextContent('1. Start here');
    expect(notStarted).not.toHaveTextContent('Preparation');
  });

  it('keeps initials on the device, and puts them in a link only when the reader chooses', async () => {
    const user = userEvent.setup();
    storePlanProgress();
    render(<MySummary />);
    await user.type(await screen.findByRole('textbox', { name: 'Your initials or name (optional)' }), 'J.D.');
    expect(screen.getByTestId('summary-initials')).toHaveTextContent('J.D.');
    expect(
      parseProgressJson(window.localStorage.getItem(STORAGE_KEY)!).ok &&
        JSON.parse(window.localStorage.getItem(STORAGE_KEY)!).initials,
    ).toBe('J.D.');
    await user.click(screen.getByRole('button', { name: 'Make a link to share' }));
    const link = () =>
      readSummaryHash(new URL((screen.getByRole('textbox', { name: 'Summary link' }) as HTMLInputElement).value).hash)!;
    expect(link().summary?.initials).toBeUndefined();
    expect(link().summary?.plan?.modules).toEqual(plan.modules);
    await user.click(screen.getByRole('checkbox', { name: 'Include my initials or name in the link' }));
    expect(link().summary?.initials).toBe('J.D.');
    expect(link().summary?.modules[0].missed).toEqual([{ questionId: 'preparation-medical-review', chosen: ['c'] }]);
  });
});

describe('<SharedSummary>', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  function open(hash: string) {
    window.history.replaceState(null, '', `/summary/view${hash}`);
    return render(<SharedSummary />);
  }

  function hostile(json: unknown): string {
    const body = `1.${toBase64Url(JSON.stringify(json))}`;
    return `#s=${body}.${checksum(body)}`;
  }

  it('shows a shared summary read-only, with questions as plain text', async () => {
    const { container } = open(
      hostile({
        d: '2026-11-22',
        m: { 'start-here': [1, 5, 5, 1] },
        c: [firstItem.id],
        q: '<img src=x onerror=alert(1)> is this normal?',
      }),
    );
    const details = await screen.findByTestId('summary-details');
    expect(details).toHaveTextContent('Made on 22 November 2026.');
    expect(within(row(/Start here/)).getAllByRole('cell')[2]).toHaveTextContent('Done: all 5 right');
    expect(screen.getByTestId('summary-questions').textContent).toBe('<img src=x onerror=alert(1)> is this normal?');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('input, textarea, button')).toBeNull();
  });

  it('explains what it could not read and keeps the rest', async () => {
    open(hostile({ d: 'yesterday', m: { 'start-here': [1, 9, 5, 1], safety: [1, 3, 5, 0] }, c: ['nope'] }));
    const problems = await screen.findByTestId('link-problems');
    expect(problems).toHaveTextContent('Some of this summary could not be read');
    expect(problems).toHaveTextContent('The date in this link is missing or not a real date.');
    expect(problems).toHaveTextContent('1 module entry in this link could not be read');
    expect(within(row(/Safety/)).getAllByRole('cell')[2]).toHaveTextContent('3 of 5 right, not done yet');
  });

  it('explains a damaged link and an address with no summary', async () => {
    const { unmount } = open('#s=1.garbage');
    expect(await screen.findByTestId('link-problems')).toHaveTextContent('This summary could not be read');
    expect(screen.queryByTestId('summary-details')).not.toBeInTheDocument();
    unmount();
    open('');
    expect(await screen.findByTestId('summary-none')).toHaveTextContent('There is no summary in this address');
  });
});

describe('the language the reader used', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('My summary says it, from the languages recorded with the progress', async () => {
    const p = { ...setRead(emptyProgress(3), 'safety', true, NOW), languages: ['es', 'en'] };
    window.localStorage.clear();
    window.localStorage.setItem(STORAGE_KEY, encodeProgress(p));
    progressStore.reload();
    render(<MySummary />);
    expect(await screen.findByTestId('summary-languages')).toHaveTextContent('Languages used: Spanish and English.');
  });

  it('My summary says nothing about language when none was recorded', async () => {
    window.localStorage.clear();
    window.localStorage.setItem(
      STORAGE_KEY,
      encodeProgress({ ...emptyProgress(3), modules: { safety: { read: true } } }),
    );
    progressStore.reload();
    render(<MySummary />);
    await screen.findByTestId('summary-details');
    expect(screen.queryByTestId('summary-languages')).not.toBeInTheDocument();
  });

  it('the shared summary tells the clinician the language, and keeps the rest when the language is damaged', async () => {
    const body = `2.${toBase64Url(JSON.stringify({ d: '2026-11-22', m: { safety: [1, 0, 0, 0] }, c: [], l: ['es'] }))}`;
    window.history.replaceState(null, '', `/summary/view#s=${body}.${checksum(body)}`);
    const { unmount } = render(<SharedSummary />);
    expect(await screen.findByTestId('summary-languages')).toHaveTextContent('Language used: Spanish.');
    unmount();

    const bad = `2.${toBase64Url(JSON.stringify({ d: '2026-11-22', m: { safety: [1, 0, 0, 0] }, c: [], l: ['xx'] }))}`;
    window.history.replaceState(null, '', `/summary/view#s=${bad}.${checksum(bad)}`);
    render(<SharedSummary />);
    expect(await screen.findByTestId('link-problems')).toHaveTextContent(/language the course was read in/);
    expect(screen.getByTestId('summary-details')).toHaveTextContent('1 of 12 modules marked as read.');
    expect(screen.queryByTestId('summary-languages')).not.toBeInTheDocument();
  });
});
