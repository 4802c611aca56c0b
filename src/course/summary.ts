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
 *           "m": { "<module id>": [read, score, total, passed] },   read/passed as 0 or 1;
 *                                                       total 0 = no check completed
 *           "c": ["<checklist item id>", ...],         ticked checklist items
 *           "q": "the reader's own questions" }        optional
 *
 * Pure: no DOM, no React, no Docusaurus.
 */
import { MODULES, isModuleId, type CourseModule } from './modules';
import type { Progress } from './progress';
import { isPlanDate } from './plan';
import { checksum, fragmentParam, fromBase64Url, plainTextProblem, repairEncodedHash, toBase64Url } from './linkCodec';
import { CHECKLIST } from '../data/checklist';

export const SUMMARY_VERSION = 1;
export const SUMMARY_PARAM = 's';
export const SUMMARY_VIEW_PATH = '/summary/view';

export const SUMMARY_LIMITS = {
  /** The reader's questions, as carried in a link (the printed summary has no limit). */
  questions: 1500,
  /** Largest payload read at all: far more than any real summary needs. */
  payload: 12_000,
  maxScore: 1000,
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
}

export interface SummaryProblem {
  readonly code: 'damaged' | 'newer-version' | 'changed' | 'date' | 'modules' | 'checklist' | 'questions';
  readonly message: string;
}

export interface DecodedSummary {
  readonly summary: Summary | null;
  readonly problems: readonly SummaryProblem[];
}

const CHECKLIST_IDS: readonly string[] = CHECKLIST.flatMap((g) => g.items.map((i) => i.id));

// ---------------------------------------------------------------------------------------------
// Building from progress

/** The summary of a reader's progress over the modules this copy of the course shows. */
export function buildSummary(
  progress: Progress,
  visible: readonly CourseModule[],
  today: string,
  { includeQuestions = true }: { readonly includeQuestions?: boolean } = {},
): Summary {
  const modules: SummaryModule[] = [];
  for (const m of [...visible].sort((a, b) => a.order - b.order)) {
    if (!Object.hasOwn(progress.modules, m.id)) continue;
    const p = progress.modules[m.id];
    const quiz = p.quiz && p.quiz.total > 0 ? { score: p.quiz.score, total: p.quiz.total, passed: p.quiz.passed } : undefined;
    if (!p.read && !quiz) continue;
    modules.push({ id: m.id, read: p.read, ...(quiz ? { quiz } : {}) });
  }
  return {
    date: today,
    modules,
    checklist: CHECKLIST_IDS.filter((id) => progress.checklist.includes(id)),
    questions: includeQuestions ? progress.notes.trim() : '',
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
  const m: Record<string, [number, number, number, number]> = {};
  for (const s of summary.modules) {
    m[s.id] = [s.read ? 1 : 0, s.quiz?.score ?? 0, s.quiz?.total ?? 0, s.quiz?.passed ? 1 : 0];
  }
  const json = JSON.stringify({ d: summary.date, m, c: summary.checklist, ...(summary.questions ? { q: summary.questions } : {}) });
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
    if (!isModuleId(id) || !Array.isArray(entry) || entry.length !== 4) {
      bad += 1;
      continue;
    }
    const [read, score, total, passed] = entry as unknown[];
    if (
      (read !== 0 && read !== 1) ||
      (passed !== 0 && passed !== 1) ||
      !isCount(total, SUMMARY_LIMITS.maxScore) ||
      !isCount(score, total) ||
      (total === 0 && passed === 1)
    ) {
      bad += 1;
      continue;
    }
    found.set(id, { id, read: read === 1, ...(total > 0 ? { quiz: { score, total, passed: passed === 1 } } : {}) });
  }
  if (bad > 0) {
    problems.push({
      code: 'modules',
      message: `${bad} ${bad === 1 ? 'module entry' : 'module entries'} in this link could not be read, so ${bad === 1 ? 'it is' : 'they are'} left out.`,
    });
  }
  return MODULES.filter((m) => found.has(m.id)).map((m) => found.get(m.id)!);
}

function decodeChecklist(value: unknown, problems: SummaryProblem[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ code: 'checklist', message: 'The checklist in this link is damaged, so it is not shown.' });
    return [];
  }
  const ticked = new Set(value.slice(0, 500).filter((id): id is string => typeof id === 'string' && CHECKLIST_IDS.includes(id)));
  if (ticked.size !== value.length) {
    problems.push({ code: 'checklist', message: 'Some checklist items in this link are not in this course, so they are left out.' });
  }
  return CHECKLIST_IDS.filter((id) => ticked.has(id));
}

function decodeQuestions(value: unknown, problems: SummaryProblem[]): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || questionsProblem(value)) {
    problems.push({
      code: 'questions',
      message: 'The questions in this link are too long or contain characters that are not allowed, so they are not shown.',
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
  if (Number(parts[0]) !== SUMMARY_VERSION || parts.length < 3) return { summary: null, problems: [DAMAGED] };
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
  return {
    summary: {
      date,
      modules: decodeModules(data.m, problems),
      checklist: decodeChecklist(data.c, problems),
      questions: decodeQuestions(data.q, problems),
    },
    problems,
  };
}

/** The summary in a location hash ("#s=..."), or null when the hash carries none. */
export function readSummaryHash(hash: string): DecodedSummary | null {
  const payload = fragmentParam(repairEncodedHash('', hash)?.hash ?? hash, SUMMARY_PARAM);
  return payload === null ? null : decodeSummary(payload);
}

/** "4 of 5 right, passed" and the like, for the printed and viewed summary. */
export function describeQuiz(quiz: SummaryQuiz | undefined): string {
  if (!quiz) return 'Not taken yet';
  return `${quiz.score} of ${quiz.total} right${quiz.passed ? ', passed' : ', not passed yet'}`;
}
