/**
 * Words of the clinician's plan builder (/plan/build): src/pages/plan/build.tsx, PlanBuilder,
 * PlanHandout, PlanQrCode and SuggestedPlanList (the suggested plans on the clinicians' page).
 */
import { PLAN_ERROR_WORDS, type PlanErrorWords } from '../../course/plan';
import type { CourseLocale } from '../locales';

export const BUILD_PAGE = {
  title: 'Make a preparation plan',
  description:
    'For clinicians: choose course modules for a client and send them as a link, a QR code or a printed handout.',
  lead: 'For clinicians. Choose the modules a client should read before their next appointment, then send the plan as a link, a QR code or a printed handout.',
  privacy: [
    'Nothing you enter here leaves this browser. The plan is written into the link itself, so there is no account and no record on any server. See',
    'using the course in care',
    'for the suggested plans and how clients see them.',
  ] as readonly [string, string, string],
};

export const PLAN_BUILDER = {
  errors: PLAN_ERROR_WORDS as PlanErrorWords,
  filledFrom: (title: string, count: number, minutes: number) =>
    `Plan filled in from “${title}”: ${count} modules, about ${minutes} minutes.`,
  added: (title: string, step: number) => `${title} added as step ${step}.`,
  removed: (title: string) => `${title} removed from the plan.`,
  moved: (title: string, step: number, count: number) => `${title} moved to step ${step} of ${count}.`,
  suggestedHeading: '1. Start from a suggested plan, or choose modules yourself',
  aboutMinutes: (minutes: number) => `(about ${minutes} minutes)`,
  applyLabel: (title: string) => `Use “${title}”`,
  modulesHeading: '2. Choose modules',
  modulesLegend: 'Modules in the plan',
  aboutTime: (time: string) => `(about ${time})`,
  objectives: 'Learning objectives',
  orderHeading: '3. Put them in order',
  noneChosen: 'No modules chosen yet. Choose at least one above, or start from a suggested plan.',
  chosen: (count: number, minutes: number) =>
    `${count} ${count === 1 ? 'module' : 'modules'}, about ${minutes} minutes in all. The reader sees them in this order.`,
  planOrder: 'Plan order',
  up: 'Up',
  down: 'Down',
  remove: 'Remove',
  moveUp: (title: string) => `Move ${title} up`,
  moveDown: (title: string) => `Move ${title} down`,
  removeModule: (title: string) => `Remove ${title}`,
  detailsHeading: '4. Add details (optional)',
  detailsNote:
    'The reader sees these as plain text. Do not include anything that identifies the client: anyone who sees the link can read it.',
  clinicName: 'Clinic name',
  characters: (max: number, used: number) => `Up to ${max} characters. ${used} used.`,
  message: 'Short message to the reader',
  targetDate: 'Target date',
  targetDateHint: 'For example, the day of the next appointment.',
  language: 'Language of the course for the reader',
  languageHint:
    'The link opens the course in this language. The reader can switch to the other language on the plan page.',
  languageNames: { en: 'English', es: 'Spanish' } as Readonly<Record<CourseLocale, string>>,
  linkHeading: '5. Send the link or print a handout',
  chooseToMakeLink: 'Choose at least one module to make a link.',
  makingLink: 'Making the link…',
  fixFields: 'Fix the fields marked above to make a link. Nothing you typed has been lost.',
  linkPrivacy:
    'The plan travels inside the link, after the “#”. It is never sent to a server, and this site keeps no copy. When the reader opens it, the plan is saved on their own device.',
  planLink: 'Plan link',
  print: 'Print the handout',
  preview: 'Handout preview',
  qrLabel: 'QR code that opens the plan',
  qrFileName: 'preparation-plan-qr-code',
};

/** The QR code (src/components/PlanQrCode). */
export const PLAN_QR = {
  downloadSvg: 'Download QR code (SVG)',
  downloadPng: 'Download QR code (PNG)',
  loading: 'Drawing the QR code…',
  tooLong: 'This link is too long for a QR code. A shorter message makes one possible. The link itself still works.',
  failed: 'The QR code could not be drawn. The link itself still works.',
};

/** The suggested plans on the clinicians' page (src/components/SuggestedPlanList). */
export const SUGGESTED_LIST = {
  about: (minutes: number) => `About ${minutes} minutes:`,
  shortAddress: 'Short address a client can type:',
};

export type BuildPageWords = typeof BUILD_PAGE;
export type PlanBuilderWords = typeof PLAN_BUILDER;
export type PlanQrWords = typeof PLAN_QR;
export type SuggestedListWords = typeof SUGGESTED_LIST;
