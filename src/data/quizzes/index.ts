/** Every module's knowledge check, by module id. Tests check it covers every module in MODULES. */
import type { QuizData } from '../../course/quiz-types';
import startHere from './start-here';
import whatIsKap from './what-is-kap';
import howKetamineWorks from './how-ketamine-works';
import conditionsAndEvidence from './conditions-and-evidence';
import isKapRightForMe from './is-kap-right-for-me';
import preparation from './preparation';
import dosingSessions from './dosing-sessions';
import integration from './integration';
import safety from './safety';
import kapCompared from './kap-compared';
import whatToExpect from './what-to-expect';
import findingCare from './finding-care';

export const QUIZZES: Readonly<Record<string, QuizData>> = {
  [startHere.moduleId]: startHere,
  [whatIsKap.moduleId]: whatIsKap,
  [howKetamineWorks.moduleId]: howKetamineWorks,
  [conditionsAndEvidence.moduleId]: conditionsAndEvidence,
  [isKapRightForMe.moduleId]: isKapRightForMe,
  [preparation.moduleId]: preparation,
  [dosingSessions.moduleId]: dosingSessions,
  [integration.moduleId]: integration,
  [safety.moduleId]: safety,
  [kapCompared.moduleId]: kapCompared,
  [whatToExpect.moduleId]: whatToExpect,
  [findingCare.moduleId]: findingCare,
};

export function getQuiz(moduleId: string): QuizData | undefined {
  return Object.hasOwn(QUIZZES, moduleId) ? QUIZZES[moduleId] : undefined;
}
