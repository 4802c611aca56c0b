// translation_of: src/data/quizzes/index.ts 6dcedd6e837fe49a8fbe6ad1a7f426dbd2a2727b
/** The knowledge checks in Spanish, by module id: the same questions, ids and answers as src/data/quizzes/. */
import type { QuizData } from '../../course/quiz-types';
import startHere from './quizzes/start-here';
import whatIsKap from './quizzes/what-is-kap';
import howKetamineWorks from './quizzes/how-ketamine-works';
import conditionsAndEvidence from './quizzes/conditions-and-evidence';
import isKapRightForMe from './quizzes/is-kap-right-for-me';
import preparation from './quizzes/preparation';
import dosingSessions from './quizzes/dosing-sessions';
import integration from './quizzes/integration';
import safety from './quizzes/safety';
import kapCompared from './quizzes/kap-compared';
import whatToExpect from './quizzes/what-to-expect';
import findingCare from './quizzes/finding-care';

export const QUIZZES: Readonly<Record<string, QuizData>> = Object.fromEntries(
  [
    startHere,
    whatIsKap,
    howKetamineWorks,
    conditionsAndEvidence,
    isKapRightForMe,
    preparation,
    dosingSessions,
    integration,
    safety,
    kapCompared,
    whatToExpect,
    findingCare,
  ].map((quiz) => [quiz.moduleId, quiz]),
);

export function getQuiz(moduleId: string): QuizData | undefined {
  return Object.hasOwn(QUIZZES, moduleId) ? QUIZZES[moduleId] : undefined;
}
