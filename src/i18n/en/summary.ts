/**
 * Words of the summary pages (/summary and /summary/view): src/pages/summary, MySummary,
 * SharedSummary and SummaryDetails. The summary is the reader's; the shared view is read by a
 * clinician in the language of the page the link opens.
 */
import { describeQuiz, type SummaryProblem } from '../../course/summary';
import type { CourseLocale } from '../locales';

export const SUMMARY_PAGE = {
  title: 'My preparation summary',
  description:
    'One printable page with what you have read, your knowledge checks, your checklist and your questions, for your appointment.',
  lead: 'What you have done in this course, on one page, to bring to your appointment.',
  selfReport: 'This is a self-report.',
  selfReportText:
    'It shows what you marked in this browser. It is not a certificate, a test result or a medical record, and it does not replace talking with your care team.',
};

export const SHARED_PAGE = {
  title: 'Preparation summary (shared)',
  description: 'A read-only preparation summary that a reader chose to share from their own browser.',
  heading: 'Preparation summary',
  lead: 'A summary that a reader of this course chose to share with you.',
  selfReport: 'This is a self-report.',
  selfReportText:
    'The reader made it from the progress kept in their own browser. It is not a certificate, a test result or a medical record, and this site cannot check it. Nothing on this page is saved or sent anywhere.',
};

export const MY_SUMMARY = {
  loading:
    'Loading your summary… It is made from the progress kept in this browser, so it appears once the page has loaded.',
  initials: 'Your initials or name (optional)',
  initialsHint:
    'Shown at the top of your summary, so your care team knows it is yours. Kept only on this device, and in a link only if you choose below.',
  noQuestions: 'You have not written any questions yet.',
  writeThem: ['You can write them under', 'Your checklist', '.'] as readonly [string, string, string],
  printHeading: 'Print it or share it',
  printText: 'You can print this page and bring it to your appointment, or save it as a PDF from the print window.',
  print: 'Print my summary',
  shareHeading: 'Make a link for your clinician (optional)',
  shareText:
    'Only you decide whether to share. The site sends nothing: it makes a link that holds this summary, and you choose whether to send it, for example by email. Anyone who has the link can read what is in it.',
  includeQuestions: 'Include my questions in the link',
  includeInitials: 'Include my initials or name in the link',
  makeLink: 'Make a link to share',
  summaryLink: 'Summary link',
  questionsTooLong: (length: number, max: number) =>
    `Your questions are ${length} characters long. A link can carry up to ${max}. You can shorten them, leave them out of the link, or print the summary instead.`,
  questionsControl:
    'Your questions contain hidden control characters (often from pasting). Remove them to make a link.',
};

export const SHARED_SUMMARY = {
  loading: 'Loading the summary…',
  none: 'There is no summary in this address. A summary link ends with “#s=” followed by letters and numbers. Ask the person who sent it to copy the whole link again.',
  someUnreadable: 'Some of this summary could not be read',
  unreadable: 'This summary could not be read',
  noQuestions: 'The reader did not include any questions.',
  /** A problem with a summary link, in the clinician's words (src/course/summary.ts writes them in English). */
  problem: (p: SummaryProblem) => p.message,
};

export const SUMMARY_DETAILS = {
  made: (date: string | null) => (date ? `Made on ${date}.` : 'The date this summary was made is not known.'),
  /** "Language used: Spanish", "Languages used: English and Spanish". */
  languages: (list: readonly CourseLocale[]) => {
    const names = list.map((l) => ({ en: 'English', es: 'Spanish' })[l]);
    return `${names.length === 1 ? 'Language' : 'Languages'} used: ${names.join(' and ')}.`;
  },
  questionsHeading: 'Questions for the care team',
  planHeading: 'The plan',
  customPlan: 'A plan chosen by the care team',
  planFrom: (clinicName: string) => `, from ${clinicName}`,
  targetDate: (date: string) => ` Target date: ${date}.`,
  planDone: (done: number, total: number) => `${done} of ${total} assigned modules done`,
  planDoneNote: '(read, and knowledge check done).',
  planTable: 'Assigned modules, in plan order',
  missedHeading: 'Missed on the first try',
  noMissed: 'No questions missed on a first try were recorded.',
  safetyNote: (count: number) =>
    `${count} ${count === 1 ? 'answer' : 'answers'} marked “Safety” below may show a misunderstanding that matters for safety. Please talk it through.`,
  chose: 'Chose:',
  safety: 'Safety',
  restHeading: 'The rest of the course',
  modulesHeading: 'Modules',
  counts: (read: number, total: number, passed: number) =>
    `${read} of ${total} modules marked as read. ${passed} knowledge ${passed === 1 ? 'check' : 'checks'} done.`,
  notInPlan: 'Modules not in the plan',
  allModules: 'All modules',
  notStarted: 'Not started yet:',
  checklistHeading: 'What to expect checklist',
  ticked: (ticked: number, total: number) => `${ticked} of ${total} items ticked.`,
  tickedMark: ' (ticked)',
  notTickedMark: ' (not ticked)',
  table: {
    module: 'Module',
    read: 'Read',
    firstTry: 'Check: first try',
    latest: 'Check: latest',
    isRead: '✓ Read',
    notRead: 'Not marked as read',
    notRecorded: 'Not recorded',
    firstScore: (score: number, total: number) => `${score} of ${total}`,
  },
  describeQuiz,
};

export type SummaryPageWords = typeof SUMMARY_PAGE;
export type SharedPageWords = typeof SHARED_PAGE;
export type MySummaryWords = typeof MY_SUMMARY;
export type SharedSummaryWords = typeof SHARED_SUMMARY;
export type SummaryDetailsWords = typeof SUMMARY_DETAILS;
