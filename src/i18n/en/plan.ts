/** Words of the reader's plan page (/plan): src/pages/plan/index.tsx and src/components/PlanView. */
import type { PlanProblem } from '../../course/plan';

export const PLAN_PAGE = {
  title: 'Your preparation plan',
  description: 'The modules your clinician suggested, in order, with your own progress. Kept only on this device.',
  lead: 'The modules to read, in order, and how far you have got. You can read at your own pace and stop at any time.',
};

export const PLAN_VIEW = {
  loading:
    'Loading your plan… Your plan is kept in this browser, so it appears once the page has loaded. If nothing appears, check that JavaScript is turned on.',
  saved: 'This plan is now saved on this device.',
  replaced: 'Your saved plan was replaced by the plan in this link.',
  keptSaved: 'You kept your saved plan. The plan in the link was not saved.',
  notSaved: 'The plan in the link was not saved.',
  removed: 'The plan was removed from this device. Your reading progress is kept.',
  someUnusable: 'Some of this link could not be used',
  unusable: 'This link could not be used',
  savedShownInstead: 'Your saved plan is shown below instead.',
  askForNew: 'You can ask whoever sent the link for a new one, or',
  startCourse: 'start the course',
  fromBeginning: 'from the beginning.',
  unavailable:
    'This browser is not letting the site keep anything, so the plan will be gone when you close this tab. To come back to it, keep the link, for example as a bookmark.',
  replaceHeading: 'Replace your saved plan?',
  replaceText: (savedClinic: string) =>
    `This link has a different plan from the one saved on this device${savedClinic ? ` (from ${savedClinic})` : ''}. You can keep the plan you have, or replace it with this one. Your reading progress stays either way.`,
  replaceButton: 'Replace my saved plan',
  keepButton: 'Keep my saved plan',
  planInLink: 'The plan in this link',
  savePartialHeading: 'Save this plan?',
  savePartialText:
    'Part of this link could not be read, so this plan may be missing modules or its message. It is not saved yet. You can save what could be read, or ask whoever sent the link for a new one first.',
  savePartialButton: 'Save this plan',
  skipSaveButton: 'Do not save it',
  whatCouldBeRead: 'What could be read from this link',
  thePlan: 'The plan',
  onThisDevice: 'This plan is saved on this device only. Nobody else can see it or your progress.',
  removeLabel: 'Remove this plan from this device',
  removeQuestion: 'Remove this plan from this device? Your reading progress and knowledge checks are kept.',
  removeConfirm: 'Yes, remove the plan',
  noPlan: 'You have no saved plan.',
  noPlanHow:
    'A clinician can send you a plan as a link. When you open it, the plan appears here and stays on this device.',
  noPlanStart: ['You can also', 'start the course', 'and read the modules in any order.'] as readonly [
    string,
    string,
    string,
  ],
  unknownPreset: 'This address does not name a plan this site offers.',
  /** Before the links to the same plan in the other languages (each named in its own language). */
  otherLanguage: 'This plan in another language:',
  /** A problem with a plan link, in the reader's words (src/course/plan.ts writes them in English). */
  problem: (p: PlanProblem) => p.message,
};

/** Words of one plan as the reader sees it (src/components/PlanView/PlanDetails.tsx). */
export const PLAN_DETAILS = {
  status: {
    done: 'Done: read, and knowledge check finished',
    read: 'Read. Knowledge check not done yet',
    checkDone: 'Knowledge check done. Not marked as read yet',
    notStarted: 'Not started',
  },
  target: (date: string, days: number) => {
    if (days > 1) return `Aim to finish by ${date} (in ${days} days).`;
    if (days === 1) return `Aim to finish by ${date} (tomorrow).`;
    if (days === 0) return `Aim to finish by ${date} (today).`;
    return `The target date was ${date}. That is fine: you can keep going at your own pace.`;
  },
  from: 'From',
  messageLabel: 'Message with this plan',
  fromLink:
    'The name and message come from the link you were given. This site shows them as they were written and cannot check who wrote them.',
  nextStep: 'Your next step',
  read: (title: string) => `Read “${title}”`,
  about: (time: string) => `about ${time}`,
  lastStep: 'Your last step',
  finished: 'You have finished every module in this plan. Well done.',
  sendSummary: (clinicName: string) => `Send your summary to ${clinicName ? 'your clinic' : 'your care team'}`,
  doneCount: (done: number, total: number) =>
    `${done} of ${total} ${total === 1 ? 'module' : 'modules'} done. A module is done when you have marked it as read and finished its knowledge check.`,
  summaryStep: 'Last step: print it, or make a link you send yourself. Nothing is sent unless you do.',
};

export type PlanPageWords = typeof PLAN_PAGE;
export type PlanViewWords = typeof PLAN_VIEW;
export type PlanDetailsWords = typeof PLAN_DETAILS;
