/**
 * "My preparation summary": what a reader has done in the course, for their intake visit.
 * Built from their own saved progress; printed, or (only if the reader chooses) sent to their
 * clinician as a link that carries the summary in the URL fragment. The site never sends it.
 *
 * Link format, version 1 (later versions must keep reading it):
 *
 *   /summary/view#s=1.<base64url of JSON>.<check>
 *
 *   JSON  { "d": "YYYY-MM-DD",                          the day the summary was made
 *           "m": { "<module id>": [read, score, total, passed] },   read/passed as 0 or 1
 *                                                       (passed: the check is done);
 *                                                       total 0 = no check completed
 *           "c": ["<checklist item id>", ...],         ticked checklist items
 *           "q": "the reader's own questions" }        optional
 *
 * Version 2 (written today) adds, all optional:
 *
 *           "m": { "<module id>": [read, score, total, passed, firstScore, firstTotal] }
 *                                                       the first completed attempt too
 *           "x": { "<question id>": ["<option id>", ...] }   questions missed on the first
 *                                                       attempt, with the options chosen
 *           "p": { "c": "clinic", "t": "YYYY-MM-DD", "m": ["<module id>", ...] }   the plan
 *           "i": "initials or name"
 *           "l": ["en", "es"]                          the languages the reader used the
 *                                                       course in (added later to version 2:
 *                                                       older readers ignore it)
 *
 * Pure: no DOM, no React, no Docusaurus.
 */
import { MODULES, isModuleId, type CourseModule } from './modules';
import type { Progress } from './progress';
import { PLAN_LIMITS, isPlanDate } from './plan';
import { checkAnswer } from './quiz';
import type { QuizData } from './quiz-types';
import { isCourseLocale, type CourseLocale } from '../i18n/locales';
import { checksum, fragmentParam, fromBase64Url, plainTextProblem, repairEncodedHash, toBase64Url } from './linkCodec';
import { CHECKLIST } from '../data/checklist';
import { getQuiz } from '../data/quizzes';
import { isSafetyFlagged } from '../data/quizzes/safetyFlags';

export const SUMMARY_VERSION = 2;
export const SUMMARY_PARAM = 's';
export const SUMMARY_VIEW_PATH = '/summary/view';

export const SUMMARY_LIMITS = {
  /** The reader's questions, as carried in a link (the printed summary has no limit). */
  questions: 1500,
  /** Largest payload read at all: far more than any real summary needs. */
  payload: 12_000,
  maxScore: 1000,
  initials: 40,
} as const;

export interface SummaryQuiz {
  readonly score: number;
  readonly total: number;
  readonly passed: boolean;
}

export interface SummaryModule {
  readonly id: string;
  readonly read: boolean;
  /** The last completed knowledge check, if any. */
  readonly quiz?: SummaryQuiz;
  /** The first completed attempt (score and total), when it was recorded. */
  readonly first?: { readonly score: number; readonly total: number };
  /** Questions answered wrong on the first attempt, in quiz order, with the options chosen. */
  readonly missed?: readonly MissedQuestion[];
}

export interface MissedQuestion {
  readonly questionId: string;
  readonly chosen: readonly string[];
}

/** The reader's saved plan, as far as the summary shows it. */
export interface SummaryPlan {
  readonly clinicName: string;
  readonly targetDate: string;
  readonly modules: readonly string[];
}

export interface Summary {
  /** The day the summary was made, YYYY-MM-DD ('' when a link's date was unusable). */
  readonly date: string;
  /** Modules with any progress, in course order. */
  readonly modules: readonly SummaryModule[];
  /** Ticked checklist item ids, in checklist order. */
  readonly checklist: readonly string[];
  /** The reader's own questions for their care team ('' if none or not shared). */
  readonly questions: string;
  /** Initials or name the reader chose to add ('' or absent if none). */
  readonly initials?: string;
  readonly plan?: SummaryPlan;
  /** The languages the reader used the course in, in the order first used (absent: not known). */
  readonly languages?: readonly CourseLocale[];
}

export interface SummaryProblem {
  readonly code:
    | 'damaged'
    | 'newer-version'
    | 'changed'
    | 'date'
    | 'modules'
    | 'checklist'
    | 'questions'
    | 'missed'
    | 'plan'
    | 'initials'
    | 'languages';
  readonly message: string;
  /** How many entries the problem concerns, where the message counts them ('modules'). */
  readonly count?: number;
}

export interface DecodedSummary {
  readonly summary: Summary | null;
  readonly problems: readonly SummaryProblem[];
}

const CHECKLIST_IDS: readonly string[] = CHECKLIST.flatMap((g) => g.items.map((i) => i.id));

// ---------------------------------------------------------------------------------------------
// Building from progress

/** Questions answered wrong in a first attempt, in quiz order, with the (still existing) options chosen. */
function missedOnFirstTry(moduleId: string, answers: Readonly<Record<string, readonly string[]>>): MissedQuestion[] {
  const quiz = getQuiz(moduleId);
  if (!quiz) return [];
  const out: MissedQuestion[] = [];
  for (const q of quiz.questions) {
    if (!Object.hasOwn(answers, q.id)) continue;
    const chosen = answers[q.id].filter((id) => q.options.some((o) => o.id === id));
    if (chosen.length > 0 && !checkAnswer(q, chosen).correct) out.push({ questionId: q.id, chosen });
  }
  return out;
}

/** The summary of a reader's progress over the modules this copy of the course shows. */
export function buildSummary(
  progress: Progress,
  visible: readonly CourseModule[],
  today: string,
  {
    includeQuestions = true,
    includeInitials = true,
  }: { readonly includeQuestions?: boolean; readonly includeInitials?: boolean } = {},
): Summary {
  const modules: SummaryModule[] = [];
  for (const m of [...visible].sort((a, b) => a.order - b.order)) {
    if (!Object.hasOwn(progress.modules, m.id)) continue;
    const p = progress.modules[m.id];
    const quiz =
      p.quiz && p.quiz.total > 0 ? { score: p.quiz.score, total: p.quiz.total, passed: p.quiz.passed } : undefined;
    if (!p.read && !quiz) continue;
    const f = quiz ? p.quiz?.first : undefined;
    const missed = f ? missedOnFirstTry(m.id, f.answers) : [];
    modules.push({
      id: m.id,
      read: p.read,
      ...(quiz ? { quiz } : {}),
      ...(f && f.total > 0 ? { first: { score: f.score, total: f.total } } : {}),
      ...(missed.length > 0 ? { missed } : {}),
    });
  }
  const visibleIds = new Set(visible.map((m) => m.id));
  const plan = progress.plan
    ? {
        clinicName: progress.plan.clinicName,
        targetDate: progress.plan.targetDate,
        modules: progress.plan.modules.filter((id) => visibleIds.has(id)),
      }
    : undefined;
  const initials = includeInitials ? (progress.initials ?? '').trim() : '';
  const languages = (progress.languages ?? []).filter(isCourseLocale);
  return {
    date: today,
    modules,
    checklist: CHECKLIST_IDS.filter((id) => progress.checklist.includes(id)),
    questions: includeQuestions ? progress.notes.trim() : '',
    ...(initials ? { initials } : {}),
    ...(plan && plan.modules.length > 0 ? { plan } : {}),
    ...(languages.length > 0 ? { languages } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Encoding

/**
 * The reader's questions are their own words, shown only as plain text, so "<" is allowed
 * ("is a dose < 1 mg/kg usual?"); length and hidden control characters are not.
 */
function questionsProblem(text: string): 'too-long' | 'control' | null {
  const problem = plainTextProblem(text.replace(/</g, '\u2039'), { max: SUMMARY_LIMITS.questions, multiline: true });
  return problem === 'too-long' || problem === 'control' ? problem : null;
}

/** Why a summary cannot go into a link ('too-long' or 'control' questions), or null when it can. */
export function summaryLinkProblemKind(summary: Summary): 'too-long' | 'control' | null {
  return questionsProblem(summary.questions);
}

/** Why a summary cannot go into a link, in the reader's words, or null when it can. */
export function summaryLinkProblem(summary: Summary): string | null {
  const problem = questionsProblem(summary.questions);
  if (problem === 'too-long') {
    return `Your questions are ${summary.questions.length} characters long. A link can carry up to ${SUMMARY_LIMITS.questions}. You can shorten them, leave them out of the link, or print the summary instead.`;
  }
  if (problem === 'control') {
    return 'Your questions contain hidden control characters (often from pasting). Remove them to make a link.';
  }
  return null;
}

export function encodeSummary(summary: Summary): string {
  const m: Record<string, number[]> = {};
  const x: Record<string, readonly string[]> = {};
  for (const s of summary.modules) {
    m[s.id] = [s.read ? 1 : 0, s.quiz?.score ?? 0, s.quiz?.total ?? 0, s.quiz?.passed ? 1 : 0];
    if (s.first) m[s.id].push(s.first.score, s.first.total);
    for (const missed of s.missed ?? []) x[missed.questionId] = missed.chosen;
  }
  const plan = summary.plan
    ? {
        m: summary.plan.modules,
        ...(summary.plan.clinicName ? { c: summary.plan.clinicName } : {}),
        ...(summary.plan.targetDate ? { t: summary.plan.targetDate } : {}),
      }
    : undefined;
  const json = JSON.stringify({
    d: summary.date,
    m,
    c: summary.checklist,
    ...(summary.questions ? { q: summary.questions } : {}),
    ...(Object.keys(x).length > 0 ? { x } : {}),
    ...(plan ? { p: plan } : {}),
    ...(summary.initials ? { i: summary.initials } : {}),
    ...(summary.languages && summary.languages.length > 0 ? { l: summary.languages } : {}),
  });
  const body = `${SUMMARY_VERSION}.${toBase64Url(json)}`;
  return `${body}.${checksum(body)}`;
}

/** The link the reader may send: the site root, then summary/view#s=... */
export function summaryLink(siteRoot: string, summary: Summary): string {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  return `${root}${SUMMARY_VIEW_PATH.slice(1)}#${SUMMARY_PARAM}=${encodeSummary(summary)}`;
}

// ---------------------------------------------------------------------------------------------
// Decoding: never throws, keeps what is valid, explains the rest (to the clinician)

const DAMAGED: SummaryProblem = {
  code: 'damaged',
  message: 'This summary link is damaged, so it cannot be read. You can ask the person who sent it to make a new link.',
};

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodeModules(value: unknown, problems: SummaryProblem[]): SummaryModule[] {
  if (value === undefined) return [];
  if (!isRecord(value)) {
    problems.push({ code: 'modules', message: 'The list of modules in this link is damaged, so it is not shown.' });
    return [];
  }
  const found = new Map<string, SummaryModule>();
  let bad = 0;
  for (const [id, entry] of Object.entries(value).slice(0, 200)) {
    if (!isModuleId(id) || !Array.isArray(entry) || (entry.length !== 4 && entry.length !== 6)) {
      bad += 1;
      continue;
    }
    const [read, score, total, passed, firstScore, firstTotal] = entry as unknown[];
    if (
      (read !== 0 && read !== 1) ||
      (passed !== 0 && passed !== 1) ||
      !isCount(total, SUMMARY_LIMITS.maxScore) ||
      !isCount(score, total) ||
      (total === 0 && passed === 1) ||
      (entry.length === 6 &&
        (total === 0 ||
          !isCount(firstTotal, SUMMARY_LIMITS.maxScore) ||
          firstTotal === 0 ||
          !isCount(firstScore, firstTotal)))
    ) {
      bad += 1;
      continue;
    }
    found.set(id, {
      id,
      read: read === 1,
      ...(total > 0 ? { quiz: { score, total, passed: passed === 1 } } : {}),
      ...(entry.length === 6 ? { first: { score: firstScore as number, total: firstTotal as number } } : {}),
    });
  }
  if (bad > 0) {
    problems.push({
      code: 'modules',
      message: `${bad} ${bad === 1 ? 'module entry' : 'module entries'} in this link could not be read, so ${bad === 1 ? 'it is' : 'they are'} left out.`,
      count: bad,
    });
  }
  return MODULES.filter((m) => found.has(m.id)).map((m) => found.get(m.id)!);
}

/** Missed first-try questions: each must be a real question of a module in the summary, with real options. */
function decodeMissed(value: unknown, modules: SummaryModule[], problems: SummaryProblem[]): SummaryModule[] {
  if (value === undefined) return modules;
  let bad = 0;
  const byModule = new Map<string, MissedQuestion[]>();
  if (!isRecord(value)) {
    bad = 1;
  } else {
    const given = new Map(Object.entries(value).slice(0, 500));
    for (const m of modules) {
      if (!m.first) continue;
      const quiz = getQuiz(m.id);
      for (const q of quiz?.questions ?? []) {
        if (!given.has(q.id)) continue;
        const chosen = given.get(q.id);
        given.delete(q.id);
        if (
          !Array.isArray(chosen) ||
          chosen.length === 0 ||
          chosen.length > q.options.length ||
          !chosen.every((o) => typeof o === 'string' && q.options.some((opt) => opt.id === o)) ||
          new Set(chosen).size !== chosen.length ||
          checkAnswer(q, chosen as string[]).correct
        ) {
          bad += 1;
          continue;
        }
        byModule.set(m.id, [...(byModule.get(m.id) ?? []), { questionId: q.id, chosen: chosen as string[] }]);
      }
    }
    bad += given.size;
  }
  if (bad > 0) {
    problems.push({
      code: 'missed',
      message: 'Some of the answers missed on the first try could not be read, so they are left out.',
    });
  }
  return modules.map((m) => (byModule.has(m.id) ? { ...m, missed: byModule.get(m.id)! } : m));
}

function decodePlanPart(value: unknown, problems: SummaryProblem[]): SummaryPlan | undefined {
  if (value === undefined) return undefined;
  const fail = () => {
    problems.push({ code: 'plan', message: 'The plan in this link could not be read, so it is not shown.' });
    return undefined;
  };
  if (!isRecord(value) || !Array.isArray(value.m)) return fail();
  const modules = MODULES.map((m) => m.id);
  const ids = value.m.slice(0, 100);
  if (!ids.every((id) => isModuleId(id)) || new Set(ids).size !== ids.length || ids.length === 0) return fail();
  const clinic = value.c === undefined ? '' : value.c;
  if (typeof clinic !== 'string' || plainTextProblem(clinic, { max: PLAN_LIMITS.clinicName, multiline: false }))
    return fail();
  const date = value.t === undefined ? '' : value.t;
  if (typeof date !== 'string' || (date !== '' && !isPlanDate(date))) return fail();
  return {
    clinicName: clinic.trim(),
    targetDate: date,
    modules: (ids as string[]).filter((id) => modules.includes(id)),
  };
}

function decodeInitials(value: unknown, problems: SummaryProblem[]): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || plainTextProblem(value, { max: SUMMARY_LIMITS.initials, multiline: false })) {
    problems.push({
      code: 'initials',
      message: 'The name or initials in this link could not be read, so they are not shown.',
    });
    return '';
  }
  return value.trim();
}

function decodeLanguages(value: unknown, problems: SummaryProblem[]): CourseLocale[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value.slice(0, 20) : [];
  const languages = [...new Set(list.filter(isCourseLocale))];
  if (!Array.isArray(value) || languages.length !== value.length) {
    problems.push({
      code: 'languages',
      message: 'The language the course was read in could not be read from this link, so part of it is not shown.',
    });
  }
  return languages;
}

function decodeChecklist(value: unknown, problems: SummaryProblem[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ code: 'checklist', message: 'The checklist in this link is damaged, so it is not shown.' });
    return [];
  }
  const ticked = new Set(
    value.slice(0, 500).filter((id): id is string => typeof id === 'string' && CHECKLIST_IDS.includes(id)),
  );
  if (ticked.size !== value.length) {
    problems.push({
      code: 'checklist',
      message: 'Some checklist items in this link are not in this course, so they are left out.',
    });
  }
  return CHECKLIST_IDS.filter((id) => ticked.has(id));
}

function decodeQuestions(value: unknown, problems: SummaryProblem[]): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || questionsProblem(value)) {
    problems.push({
      code: 'questions',
      message:
        'The questions in this link are too long or contain characters that are not allowed, so they are not shown.',
    });
    return '';
  }
  return value.trim();
}

/** Decodes a summary payload (the part after "s="). Never throws. */
export function decodeSummary(payload: string): DecodedSummary {
  const text = String(payload ?? '').trim();
  if (text.length > SUMMARY_LIMITS.payload) return { summary: null, problems: [DAMAGED] };
  const parts = text.split('.');
  if (!/^\d{1,6}$/.test(parts[0])) return { summary: null, problems: [DAMAGED] };
  if (Number(parts[0]) > SUMMARY_VERSION) {
    return {
      summary: null,
      problems: [
        {
          code: 'newer-version',
          message: 'This summary link was made by a newer version of the course than this site can read.',
        },
      ],
    };
  }
  if ((Number(parts[0]) !== 1 && Number(parts[0]) !== 2) || parts.length < 3)
    return { summary: null, problems: [DAMAGED] };
  const json = fromBase64Url(parts[1]);
  let data: unknown;
  try {
    data = json === null ? undefined : JSON.parse(json);
  } catch {
    data = undefined;
  }
  if (!isRecord(data)) return { summary: null, problems: [DAMAGED] };

  const problems: SummaryProblem[] = [];
  if (checksum(`${parts[0]}.${parts[1]}`) !== parts[parts.length - 1]) {
    problems.push({
      code: 'changed',
      message: 'Part of this link seems to have been changed or damaged. The parts that could be read are shown below.',
    });
  }
  let date = '';
  if (typeof data.d === 'string' && isPlanDate(data.d)) date = data.d;
  else problems.push({ code: 'date', message: 'The date in this link is missing or not a real date.' });
  const modules = decodeModules(data.m, problems);
  const checklist = decodeChecklist(data.c, problems);
  const questions = decodeQuestions(data.q, problems);
  const withMissed = decodeMissed(data.x, modules, problems);
  const plan = decodePlanPart(data.p, problems);
  const initials = decodeInitials(data.i, problems);
  const languages = decodeLanguages(data.l, problems);
  return {
    summary: {
      date,
      modules: withMissed,
      checklist,
      questions,
      ...(initials ? { initials } : {}),
      ...(plan && plan.modules.length > 0 ? { plan } : {}),
      ...(languages.length > 0 ? { languages } : {}),
    },
    problems,
  };
}

/** The summary in a location hash ("#s=..."), or null when the hash carries none. */
export function readSummaryHash(hash: string): DecodedSummary | null {
  const payload = fragmentParam(repairEncodedHash('', hash)?.hash ?? hash, SUMMARY_PARAM);
  return payload === null ? null : decodeSummary(payload);
}

/**
 * The options of a missed question, as the clinician reads them: text, and whether it is
 * safety-relevant. `quizOf` gives the words (the page's language; the ids are the same in each).
 */
export function describeMissed(
  missed: MissedQuestion,
  quizOf: (moduleId: string) => QuizData | undefined = getQuiz,
): {
  readonly prompt: string;
  readonly chosen: readonly { readonly text: string; readonly safety: boolean }[];
} | null {
  for (const quiz of MODULES.map((m) => quizOf(m.id))) {
    const q = quiz?.questions.find((x) => x.id === missed.questionId);
    if (!q) continue;
    return {
      prompt: q.prompt,
      chosen: missed.chosen.flatMap((id) => {
        const o = q.options.find((x) => x.id === id);
        return o ? [{ text: o.text, safety: isSafetyFlagged(q.id, o.id) }] : [];
      }),
    };
  }
  return null;
}

/**
 * "Done", "3 of 5 right, not done yet" and the like, for the printed and viewed summary. A check
 * is done when every question was answered right (src/course/quiz.ts); the score is that of the
 * last full try, which can be lower when the reader started the check again after finishing it.
 */
export function describeQuiz(quiz: SummaryQuiz | undefined): string {
  if (!quiz) return 'Not taken yet';
  if (quiz.passed)
    return quiz.score === quiz.total
      ? `Done: all ${quiz.total} right`
      : `Done (last try: ${quiz.score} of ${quiz.total} right)`;
  return `${quiz.score} of ${quiz.total} right, not done yet`;
}
