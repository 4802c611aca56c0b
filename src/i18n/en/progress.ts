/**
 * The words of "My progress" (src/components/ProgressPage): modules, checklist, moving and
 * erasing progress, and saved data that could not be read. In English; src/i18n/es/progress.ts
 * has the same shape in Spanish.
 */
import type { ImportProblem, ProgressCounts } from '../../course/progress';

export interface ProgressText {
  readonly lead: string;
  readonly howKept: string;
  readonly loading: string;
  readonly modulesHeading: string;
  /** "1 of 12 modules done (read, and knowledge check done)." */
  readonly modulesDone: (complete: number, total: number) => string;
  readonly checklistHeading: string;
  /** "3 of 23 items ticked." */
  readonly itemsTicked: (ticked: number, total: number) => string;
  readonly hasNotes: string;
  readonly noNotes: string;
  readonly openChecklist: string;
  readonly moveHeading: string;
  readonly eraseHeading: string;
  readonly eraseText: string;
  readonly eraseLabel: string;
  readonly eraseQuestion: string;
  readonly eraseConfirm: string;
  readonly erased: string;

  // Each module
  readonly done: string;
  readonly readingLabel: string;
  /** "marked as read on 1 December 2026" (the date when it is known). */
  readonly markedRead: (readAt: string | undefined) => string;
  readonly notMarkedRead: string;
  readonly checkLabel: string;
  readonly startedNotFinished: string;
  readonly notTaken: string;
  readonly checkDone: string;
  /** "not done yet (last try: 2 of 3 right)" */
  readonly checkNotDone: (score: number, total: number) => string;
  readonly resetModule: (order: number) => string;
  readonly resetModuleQuestion: (title: string) => string;
  readonly resetModuleConfirm: string;

  // Moving progress
  /** "2 modules read, 1 check done, 3 checklist items ticked, your notes" */
  readonly counts: (c: ProgressCounts) => string;
  readonly downloadHeading: string;
  readonly downloadText: string;
  readonly downloadButton: string;
  readonly loadHeading: string;
  readonly loadText: string;
  readonly chooseFile: string;
  readonly fileUnreadable: string;
  /** Why a chosen file was refused; `reason` is the English detail. */
  readonly importProblem: (problem: ImportProblem, reason: string) => string;
  readonly nothingChanged: string;
  readonly confirmGroup: string;
  /** After the file's name: " holds: 2 modules read, …." */
  readonly fileHolds: (counts: string) => string;
  readonly willReplace: (counts: string) => string;
  readonly replaceButton: string;
  readonly cancel: string;
  readonly loaded: string;

  // Saved data that could not be read
  readonly unreadableHeading: string;
  readonly unreadableText: string;
  readonly copyName: (n: number) => string;
  readonly downloadCopy: (n: number) => string;
  readonly deleteCopy: (n: number) => string;
  readonly deleteCopyQuestion: string;
  readonly deleteCopyConfirm: string;
}

function onDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : ` on ${date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

export const PROGRESS_TEXT: ProgressText = {
  lead: 'Everything here is kept only in this browser on this device. Nothing is sent anywhere.',
  howKept: 'How your progress is kept',
  loading: 'Loading your progress from this browser…',
  modulesHeading: 'Modules',
  modulesDone: (complete, total) => `${complete} of ${total} modules done (read, and knowledge check done).`,
  checklistHeading: 'What to expect checklist',
  itemsTicked: (ticked, total) => `${ticked} of ${total} items ticked.`,
  hasNotes: 'You have written questions for your care team.',
  noNotes: 'No questions for your care team written yet.',
  openChecklist: 'Open the checklist',
  moveHeading: 'Move your progress to another device',
  eraseHeading: 'Erase everything',
  eraseText:
    'This removes your reading marks, knowledge check answers and results, checklist ticks, notes and any saved plan from this browser. You may want to download a copy first.',
  eraseLabel: 'Erase all my progress',
  eraseQuestion: 'Erase all your progress and notes from this browser? This cannot be undone.',
  eraseConfirm: 'Yes, erase everything',
  erased: 'Everything was erased from this browser.',

  done: 'Done',
  readingLabel: 'Reading: ',
  markedRead: (readAt) => `marked as read${onDate(readAt)}`,
  notMarkedRead: 'not marked as read',
  checkLabel: 'Knowledge check: ',
  startedNotFinished: 'started, not finished',
  notTaken: 'not taken',
  checkDone: 'done',
  checkNotDone: (score, total) => `not done yet (last try: ${score} of ${total} right)`,
  resetModule: (order) => `Reset module ${order}`,
  resetModuleQuestion: (title) => `Forget that you read “${title}” and your knowledge check answers and result?`,
  resetModuleConfirm: 'Yes, reset this module',

  counts: (c) => {
    const parts = [
      `${c.read} ${c.read === 1 ? 'module' : 'modules'} read`,
      `${c.passed} ${c.passed === 1 ? 'check' : 'checks'} done`,
      `${c.ticked} checklist ${c.ticked === 1 ? 'item' : 'items'} ticked`,
      c.hasNotes ? 'your notes' : 'no notes',
    ];
    if (c.hasPlan) parts.push('a saved plan');
    return parts.join(', ');
  },
  downloadHeading: 'Download a copy',
  downloadText:
    'The file holds your progress, checklist ticks and notes. Anyone who opens it can read them, so keep it somewhere private.',
  downloadButton: 'Download my progress',
  loadHeading: 'Load a copy',
  loadText:
    'Loading a file replaces everything saved in this browser now. Nothing changes until you have seen what the file holds and said yes.',
  chooseFile: 'Choose a progress file (.json)',
  fileUnreadable: 'The file could not be read.',
  importProblem: (_problem, reason) => reason,
  nothingChanged: 'Nothing was changed.',
  confirmGroup: 'Confirm loading the file',
  fileHolds: (counts) => ` holds: ${counts}.`,
  willReplace: (counts) => `It will replace what is saved in this browser now: ${counts}.`,
  replaceButton: 'Replace my progress with this file',
  cancel: 'Cancel',
  loaded: 'Your progress was loaded from the file.',

  unreadableHeading: 'Saved data that could not be read',
  unreadableText:
    'Some progress saved in this browser could not be read (it may be damaged, or from another version of the course). It has been kept aside, not deleted. You can download it or delete it.',
  copyName: (n) => `Set-aside copy ${n}`,
  downloadCopy: (n) => `Download copy ${n}`,
  deleteCopy: (n) => `Delete copy ${n}`,
  deleteCopyQuestion: 'Delete this set-aside copy for good?',
  deleteCopyConfirm: 'Yes, delete it',
};
