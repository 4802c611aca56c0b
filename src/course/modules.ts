/**
 * The module catalog: the one source of truth for the course's modules.
 * The sidebar, the home page, the plan builder, the progress page and the
 * clinician tables all read from here. A content test checks it against docs/.
 */

export type Audience = 'client' | 'clinician';

export interface CourseModule {
  /** Stable id, used in progress data, plan links and quiz data. Never change it. */
  readonly id: string;
  /** Order in the course, starting at 1. */
  readonly order: number;
  readonly title: string;
  /** Docusaurus doc id (path under docs/ without extension, number prefixes stripped). */
  readonly docId: string;
  /** Route of the chapter, relative to the site's base URL. */
  readonly path: string;
  /**
   * Minutes for the whole module: reading the chapter (at 200 words a minute) plus
   * CHECK_MINUTES for its knowledge check. This is the one figure the plan, the home page and
   * the chapter itself show; a content test keeps `readingMinutes` equal to the chapter's real
   * reading time (src/course/readability.ts, the same function as the reading-time plugin).
   */
  readonly minutes: number;
  /** Minutes to read the chapter alone: `minutes - CHECK_MINUTES`. */
  readonly readingMinutes: number;
  /** What a reader should be able to do after the module. Shown to clinicians. */
  readonly objectives: readonly string[];
}

export const DOCS_ROUTE = '/learn';

/** Minutes the catalog allows for a module's knowledge check, on top of its reading time. */
export const CHECK_MINUTES = 2;

function mod(order: number, id: string, title: string, minutes: number, objectives: readonly string[]): CourseModule {
  return {
    id,
    order,
    title,
    docId: `${id}/index`,
    path: `${DOCS_ROUTE}/${id}`,
    minutes,
    readingMinutes: minutes - CHECK_MINUTES,
    objectives,
  };
}

export const MODULES: readonly CourseModule[] = [
  mod(1, 'start-here', 'Start here', 7, [
    'Say what the course covers and how long it takes',
    'Know that progress stays on your own device',
    'Know that the course is education, not medical advice or emergency care',
  ]),
  mod(2, 'what-is-kap', 'What KAP is, and what it is not', 8, [
    'Describe KAP as ketamine given within psychotherapy',
    'Describe the therapist’s role and your control over the session',
    'Tell KAP apart from recreational ketamine use',
  ]),
  mod(3, 'how-ketamine-works', 'How ketamine works', 8, [
    'Explain that ketamine acts mainly on glutamate, not serotonin',
    'Describe the likely pathway from NMDA blockade to new connections',
    'Say what is known from animal studies and what is known in people',
  ]),
  mod(4, 'conditions-and-evidence', 'Conditions and evidence', 10, [
    'Name the conditions ketamine has been studied for',
    'Say how strong the evidence is for each',
    'Explain response, remission and why comparison groups matter',
  ]),
  mod(5, 'is-kap-right-for-me', 'Is KAP right for me?', 8, [
    'Reflect on reasons KAP may be worth asking about',
    'Know which health conditions need caution',
    'Know what screening usually involves',
  ]),
  mod(6, 'preparation', 'Preparation', 8, [
    'Describe what preparation sessions cover',
    'Set intentions and name fears with your therapist',
    'Plan the practical side of a dosing day',
  ]),
  mod(7, 'dosing-sessions', 'Dosing sessions', 8, [
    'Compare the ways ketamine can be given',
    'Describe the room, the monitoring and how long a session lasts',
    'Know what the team does in hard moments, and why you cannot drive afterwards',
  ]),
  mod(8, 'integration', 'Integration', 8, [
    'Explain what integration is and why programs treat it as essential',
    'Name common integration practices',
    'Know when to ask for more help',
  ]),
  mod(9, 'safety', 'Safety and side effects', 8, [
    'Name common short-term side effects',
    'Describe the risks of long-term or heavy use',
    'Know the warning signs and whom to call',
  ]),
  mod(10, 'kap-compared', 'KAP compared with other ketamine care', 9, [
    'Compare KAP, infusion clinics, esketamine and at-home programs',
    'Say what is and is not proven about each',
  ]),
  mod(11, 'what-to-expect', 'What to expect, step by step', 10, [
    'Follow the journey from first contact to integration',
    'Prepare for the day before, the day of and the days after a session',
  ]),
  mod(12, 'finding-care', 'Finding care and paying for it', 8, [
    'Know the roles and licenses of a KAP team',
    'Ask a provider the right questions and spot red flags',
    'Understand the basics of cost and insurance',
  ]),
];

export const TOTAL_MINUTES = MODULES.reduce((sum, m) => sum + m.minutes, 0);

/** Minutes for a set of modules (for example the ones a clinic shows), checks included. */
export function totalMinutes(modules: readonly CourseModule[]): number {
  return modules.reduce((sum, m) => sum + m.minutes, 0);
}

/**
 * How long a set of modules takes, in the words every page uses: "about 1.5 hours" (to the
 * nearest half hour) from one hour up, "about 40 minutes" below it.
 */
export function courseLengthText(modules: readonly CourseModule[]): string {
  const minutes = totalMinutes(modules);
  if (minutes < 60) return `about ${minutes} minutes`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `about ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** The shortest and longest module, in minutes, checks included. */
export function minutesRange(modules: readonly CourseModule[]): { readonly min: number; readonly max: number } {
  const all = modules.map((m) => m.minutes);
  return { min: Math.min(...all), max: Math.max(...all) };
}

export function getModule(id: string): CourseModule | undefined {
  return MODULES.find((m) => m.id === id);
}

export function isModuleId(id: unknown): id is string {
  return typeof id === 'string' && MODULES.some((m) => m.id === id);
}
