import fc from 'fast-check';
import type { QuizData, QuizQuestion } from '../../src/course/quiz-types';
import {
  checkAnswer,
  mulberry32,
  nextRecord,
  orderedOptions,
  recordAfterRetryMissed,
  recordAfterTryAgain,
  recordAnswer,
  retryMissed,
  shuffle,
  summarize,
  validAnswers,
} from '../../src/course/quiz';

function option(id: string, correct: boolean) {
  return { id, text: `Option ${id}`, correct, feedback: `Feedback ${id}`, ...(correct ? {} : { link: '/learn/x#y' }) };
}

const single: QuizQuestion = {
  id: 'q-single',
  kind: 'single',
  prompt: 'Pick one',
  options: [option('a', false), option('b', true), option('c', false)],
};
const multiple: QuizQuestion = {
  id: 'q-multiple',
  kind: 'multiple',
  prompt: 'Pick all',
  options: [option('a', true), option('b', false), option('c', true), option('d', false)],
};
const truefalse: QuizQuestion = {
  id: 'q-tf',
  kind: 'truefalse',
  prompt: 'True?',
  options: [option('true', false), option('false', true)],
};

function quizOf(n: number): QuizData {
  return {
    moduleId: 'test',
    questions: Array.from({ length: n }, (_, i) => ({ ...single, id: `q${i}` })),
  };
}

describe('checkAnswer', () => {
  it('accepts the one right option of a single-choice question and nothing else', () => {
    expect(checkAnswer(single, ['b']).correct).toBe(true);
    expect(checkAnswer(single, ['a']).correct).toBe(false);
    expect(checkAnswer(single, []).correct).toBe(false);
    // Two picks on a single-choice question are wrong even if one is right.
    expect(checkAnswer(single, ['a', 'b']).correct).toBe(false);
    expect(checkAnswer(single, ['zzz']).correct).toBe(false);
  });

  it('needs exactly the right set for "choose all that apply"', () => {
    expect(checkAnswer(multiple, ['a', 'c']).correct).toBe(true);
    expect(checkAnswer(multiple, ['c', 'a']).correct).toBe(true);
    const partial = checkAnswer(multiple, ['a']);
    expect(partial.correct).toBe(false);
    expect(partial.missed).toEqual(['c']);
    const extra = checkAnswer(multiple, ['a', 'b', 'c']);
    expect(extra.correct).toBe(false);
    expect(extra.wrongPicks).toEqual(['b']);
  });

  it('checks true/false answers', () => {
    expect(checkAnswer(truefalse, ['false']).correct).toBe(true);
    expect(checkAnswer(truefalse, ['true']).correct).toBe(false);
  });
});

describe('when a check is done', () => {
  it('scores only checked answers, and is done only when every question is answered right', () => {
    const quiz = quizOf(5);
    let answers = {};
    for (const id of ['q0', 'q1', 'q2', 'q3']) answers = recordAnswer(answers, id, ['b']);
    const partial = summarize(quiz, answers);
    expect(partial).toMatchObject({ answered: 4, correct: 4, complete: false, allRight: false });
    answers = recordAnswer(answers, 'q4', ['a']);
    // 4 of 5 (80%, the old pass mark) is not done: the missed one is offered again.
    const full = summarize(quiz, answers);
    expect(full).toMatchObject({ answered: 5, correct: 4, complete: true, allRight: false, missedIds: ['q4'] });
    answers = recordAnswer(answers, 'q4', ['b']);
    expect(summarize(quiz, answers)).toMatchObject({ correct: 5, complete: true, allRight: true, missedIds: [] });
  });

  it('lists the missed questions in quiz order', () => {
    const quiz = quizOf(5);
    const answers = { q0: ['b'], q1: ['b'], q2: ['b'], q3: ['a'], q4: ['c'] };
    expect(summarize(quiz, answers)).toMatchObject({ correct: 3, allRight: false, missedIds: ['q3', 'q4'] });
  });

  it('is never done for a quiz without questions', () => {
    expect(summarize({ moduleId: 'empty', questions: [] }, {})).toMatchObject({ complete: false, allRight: false });
  });
});

describe('retry and reset', () => {
  const quiz: QuizData = { moduleId: 'test', questions: [single, multiple, truefalse] };
  const answers = { 'q-single': ['a'], 'q-multiple': ['a', 'c'], 'q-tf': ['true'] };

  it('retrying the missed ones clears only the wrong answers', () => {
    expect(retryMissed(quiz, answers)).toEqual({ 'q-multiple': ['a', 'c'] });
  });

  it('counts an attempt when the last question is checked, and done stays done', () => {
    const first = nextRecord(quiz, undefined, { 'q-single': ['b'] });
    expect(first).toMatchObject({ attempts: 0, passed: false, score: 0, total: 0 });
    const allRight = { 'q-single': ['b'], 'q-multiple': ['a', 'c'], 'q-tf': ['false'] };
    const passed = nextRecord(quiz, first, allRight);
    expect(passed).toMatchObject({ attempts: 1, passed: true, score: 3, total: 3 });

    const again = recordAfterTryAgain(passed);
    expect(again.answers).toEqual({});
    expect(again.passed).toBe(true);
    const worse = nextRecord(quiz, again, answers);
    expect(worse).toMatchObject({ attempts: 2, passed: true, score: 1, total: 3 });
  });

  it('is done once the missed ones are answered right on a later try, with the right answers kept', () => {
    const failed = nextRecord(quiz, undefined, answers);
    expect(failed).toMatchObject({ passed: false, score: 1, attempts: 1 });
    const retry = recordAfterRetryMissed(quiz, failed);
    expect(retry.answers).toEqual({ 'q-multiple': ['a', 'c'] });
    let next = nextRecord(quiz, retry, recordAnswer(retry.answers ?? {}, 'q-single', ['b']));
    expect(next.attempts).toBe(1);
    next = nextRecord(quiz, next, recordAnswer(next.answers ?? {}, 'q-tf', ['false']));
    expect(next).toMatchObject({ passed: true, score: 3, attempts: 2 });
    // The first completed attempt is kept as it was, for the clinician's summary.
    expect(next.first).toEqual({ score: 1, total: 3, answers });
    expect(recordAfterTryAgain(next).first).toEqual(next.first);
  });

  it('records no first attempt until the check is complete, and none for checks finished before it existed', () => {
    expect(nextRecord(quiz, undefined, { 'q-single': ['b'] }).first).toBeUndefined();
    const old = { score: 2, total: 3, passed: false, attempts: 1, answers: {} };
    expect(nextRecord(quiz, old, answers).first).toBeUndefined();
  });

  it('is not done after a full try with one question missed', () => {
    const oneMissed = { 'q-single': ['b'], 'q-multiple': ['a', 'c'], 'q-tf': ['true'] };
    expect(nextRecord(quiz, undefined, oneMissed)).toMatchObject({ passed: false, score: 2, total: 3, attempts: 1 });
  });

  it('drops saved answers for questions or options that no longer exist', () => {
    expect(validAnswers(quiz, { gone: ['a'], 'q-single': ['zzz'], 'q-tf': ['true', 'x'] })).toEqual({
      'q-tf': ['true'],
    });
    expect(validAnswers(quiz, undefined)).toEqual({});
  });
});

describe('seeded shuffle', () => {
  it('mulberry32 is deterministic and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i += 1) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('Fisher-Yates returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 0xffffffff }), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, mulberry32(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it('gives a reader the same order every time, and other readers other orders', () => {
    const ids = (seed: number) =>
      orderedOptions(multiple, seed)
        .map((o) => o.id)
        .join('');
    expect(ids(12345)).toBe(ids(12345));
    const orders = new Set(Array.from({ length: 200 }, (_, seed) => ids(seed)));
    // 4 options have 24 orders; 200 seeds should reach nearly all of them.
    expect(orders.size).toBeGreaterThan(20);
  });

  it('puts every option first about equally often', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed += 1) {
      const first = orderedOptions(multiple, seed)[0].id;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(firsts.get(id)).toBeGreaterThan(800);
      expect(firsts.get(id)).toBeLessThan(1200);
    }
  });

  it('keeps True before False', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      expect(orderedOptions(truefalse, seed).map((o) => o.id)).toEqual(['true', 'false']);
    }
  });
});
