/**
 * Knowledge checks: checking answers, scoring, when a check is done, retrying, and a seeded
 * shuffle of options that stays the same for a reader across reloads. Pure TypeScript: no React.
 *
 * A check is not a test and has no pass mark. It is done when every question has been answered
 * right: a reader who misses some tries just those again (the right answers are kept), as often
 * as they like. Once done, a check stays done until the reader resets it.
 */
import type { QuizData, QuizOption, QuizQuestion } from './quiz-types';
import type { QuizAnswers, QuizRecord } from './progress';

export interface QuestionResult {
  readonly correct: boolean;
  /** Right options the reader did not choose. */
  readonly missed: readonly string[];
  /** Wrong options the reader chose. */
  readonly wrongPicks: readonly string[];
}

export function correctOptionIds(question: QuizQuestion): string[] {
  return question.options.filter((o) => o.correct).map((o) => o.id);
}

/**
 * Checks one answer. Single-choice and true/false: the one right option. "Choose all that
 * apply": exactly the set of right options. Unknown option ids count as wrong.
 */
export function checkAnswer(question: QuizQuestion, chosen: readonly string[]): QuestionResult {
  const right = new Set(correctOptionIds(question));
  const picked = new Set(chosen);
  const missed = [...right].filter((id) => !picked.has(id));
  const wrongPicks = [...picked].filter((id) => !right.has(id));
  const tooMany = question.kind !== 'multiple' && picked.size > 1;
  return {
    correct: picked.size > 0 && missed.length === 0 && wrongPicks.length === 0 && !tooMany,
    missed,
    wrongPicks,
  };
}

export function isAnswered(answers: QuizAnswers, questionId: string): boolean {
  return Object.hasOwn(answers, questionId) && answers[questionId].length > 0;
}

export interface QuizSummary {
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
  /** Every question has a checked answer. */
  readonly complete: boolean;
  /** Every question has a checked answer, and every one is right: the check is done. */
  readonly allRight: boolean;
  /** Questions answered wrong, in quiz order. */
  readonly missedIds: readonly string[];
}

export function summarize(quiz: QuizData, answers: QuizAnswers): QuizSummary {
  let answered = 0;
  let correct = 0;
  const missedIds: string[] = [];
  for (const q of quiz.questions) {
    if (!isAnswered(answers, q.id)) continue;
    answered += 1;
    if (checkAnswer(q, answers[q.id]).correct) correct += 1;
    else missedIds.push(q.id);
  }
  const total = quiz.questions.length;
  return {
    total,
    answered,
    correct,
    complete: total > 0 && answered === total,
    allRight: total > 0 && correct === total,
    missedIds,
  };
}

/** Records a checked answer. */
export function recordAnswer(answers: QuizAnswers, questionId: string, chosen: readonly string[]): QuizAnswers {
  return { ...answers, [questionId]: [...chosen] };
}

/** Keeps the right answers and clears the wrong ones, so only the missed questions are asked again. */
export function retryMissed(quiz: QuizData, answers: QuizAnswers): QuizAnswers {
  const missed = new Set(summarize(quiz, answers).missedIds);
  const out: Record<string, readonly string[]> = {};
  for (const [id, chosen] of Object.entries(answers)) {
    if (!missed.has(id) && quiz.questions.some((q) => q.id === id)) out[id] = chosen;
  }
  return out;
}

/** Answers only for questions that still exist, with options that still exist. */
export function validAnswers(quiz: QuizData, answers: QuizAnswers | undefined): QuizAnswers {
  const out: Record<string, readonly string[]> = {};
  if (!answers) return out;
  for (const q of quiz.questions) {
    if (!Object.hasOwn(answers, q.id)) continue;
    const chosen = answers[q.id].filter((id) => q.options.some((o) => o.id === id));
    if (chosen.length > 0) out[q.id] = chosen;
  }
  return out;
}

const EMPTY_RECORD: QuizRecord = { score: 0, total: 0, passed: false, attempts: 0 };

/**
 * The saved record after a reader checks an answer. When that answer completes the quiz, the
 * attempt is counted and scored, and the check becomes done if every answer is right (answers
 * kept from earlier tries count). Done stays done until the reader resets.
 */
export function nextRecord(quiz: QuizData, previous: QuizRecord | undefined, answers: QuizAnswers): QuizRecord {
  const base = previous ?? EMPTY_RECORD;
  const summary = summarize(quiz, answers);
  if (!summary.complete) return { ...base, answers };
  // The first completed attempt is kept as it was, for the summary a clinician reads.
  const first =
    base.first ?? (base.attempts === 0 ? { score: summary.correct, total: summary.total, answers } : undefined);
  return {
    answers,
    score: summary.correct,
    total: summary.total,
    passed: base.passed || summary.allRight,
    attempts: base.attempts + 1,
    ...(first ? { first } : {}),
  };
}

/** Starts a new attempt at the missed questions, keeping the result so far. */
export function recordAfterRetryMissed(quiz: QuizData, previous: QuizRecord | undefined): QuizRecord {
  const base = previous ?? EMPTY_RECORD;
  return { ...base, answers: retryMissed(quiz, base.answers ?? {}) };
}

/** Starts a new attempt at every question, keeping the result so far. */
export function recordAfterTryAgain(previous: QuizRecord | undefined): QuizRecord {
  return { ...(previous ?? EMPTY_RECORD), answers: {} };
}

/* --------------------------------------------------------------- shuffling */

/** FNV-1a hash of a string, as an unsigned 32-bit number. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: a small deterministic PRNG. Returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle into a new array; the input is not changed. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The options of a question in this reader's order: the same seed and question always give the
 * same order, and each question gets its own order. True/false stays "True, False".
 */
export function orderedOptions(question: QuizQuestion, seed: number): readonly QuizOption[] {
  if (question.kind === 'truefalse') return question.options;
  return shuffle(question.options, mulberry32((seed ^ hashString(question.id)) >>> 0));
}
