/**
 * The words of the knowledge check (src/components/Quiz), in English. Components import them as
 * `@locale/quiz`; src/i18n/es/quiz.ts has the same shape in Spanish.
 */
import type { QuizQuestion } from '../../course/quiz-types';

export interface QuizText {
  readonly missing: string;
  readonly intro: string;
  readonly kindHint: Readonly<Record<QuizQuestion['kind'], string>>;
  /** "Question 2 of 5" */
  readonly questionOf: (number: number, count: number) => string;
  readonly checkAnswer: string;
  /** Read after "Check answer" by screen readers: " to question 2". */
  readonly toQuestion: (number: number) => string;
  readonly chooseFirst: string;
  readonly markYourRight: string;
  readonly markYourWrong: string;
  readonly markRight: string;
  readonly right: string;
  readonly notQuite: string;
  readonly youChose: string;
  readonly yourAnswer: string;
  readonly alsoRight: string;
  /** "Your answer: “text”." */
  readonly optionLead: (lead: string, option: string) => string;
  readonly readThisPart: string;
  /** "Done: you have answered all 5 questions right." */
  readonly allRight: (total: number) => string;
  /** "3 of 5 questions right so far." */
  readonly rightSoFar: (correct: number, total: number) => string;
  readonly doneBefore: (missed: number) => string;
  readonly notDoneYet: (missed: number) => string;
  /** "2 of 5 questions checked." */
  readonly checkedSoFar: (answered: number, total: number) => string;
  readonly stillDone: string;
  /** "Try the one I missed again", "Try the 2 I missed again". */
  readonly retryMissed: (missed: number) => string;
  readonly startAgain: string;
  readonly reset: string;
  readonly resetQuestion: string;
  readonly resetConfirm: string;
}

const questions = (n: number) => (n === 1 ? 'question' : 'questions');
const theMissed = (n: number) => (n === 1 ? 'one' : String(n));

export const QUIZ_TEXT: QuizText = {
  missing: 'This knowledge check is not available.',
  intro:
    'This is not a test. Check each answer as you go, and try the ones you miss again as often as you like. When every answer is right, the check is done. Your answers stay on this device. Nothing is sent anywhere.',
  kindHint: {
    single: 'Choose one answer.',
    truefalse: 'True or false?',
    multiple: 'Choose all that apply.',
  },
  questionOf: (number, count) => `Question ${number} of ${count}`,
  checkAnswer: 'Check answer',
  toQuestion: (number) => ` to question ${number}`,
  chooseFirst: 'Choose an answer first, then check it.',
  markYourRight: 'your answer, right',
  markYourWrong: 'your answer, not right',
  markRight: 'a right answer',
  right: 'Right.',
  notQuite: 'Not quite.',
  youChose: 'You chose',
  yourAnswer: 'Your answer',
  alsoRight: 'Also right, and not chosen',
  optionLead: (lead, option) => `${lead}: “${option}”.`,
  readThisPart: 'Read this part of the chapter',
  allRight: (total) => `Done: you have answered all ${total} questions right.`,
  rightSoFar: (correct, total) => `${correct} of ${total} ${questions(total)} right so far.`,
  doneBefore: (missed) =>
    `You finished this check on an earlier try, so it stays done. You can try the ${theMissed(missed)} you missed again if you like.`,
  notDoneYet: (missed) =>
    `The feedback above links to the part of the chapter that covers each answer. When you are ready, try the ${theMissed(missed)} you missed again. Your right answers are kept. The check is done when every question is answered right.`,
  checkedSoFar: (answered, total) => `${answered} of ${total} ${questions(total)} checked.`,
  stillDone: ' You finished this check before, so it stays done.',
  retryMissed: (missed) => `Try the ${theMissed(missed)} I missed again`,
  startAgain: 'Start the check again',
  reset: 'Reset this check',
  resetQuestion: 'Clear your answers and your result for this check? This cannot be undone.',
  resetConfirm: 'Yes, reset',
};
