/**
 * What a reader keeps on their own device: which modules they have read, their knowledge-check
 * results, checklist ticks, private notes, the seed that fixes the order of quiz options, and
 * (optionally) a saved preparation plan. Pure TypeScript: no React, no window, no storage.
 *
 * Everything read from outside (localStorage, an imported file) goes through `decodeProgress`
 * or `parseProgressJson` / `parseImportFile`, which validate strictly, migrate older versions
 * and never throw. Updates are pure functions that return a new object.
 */
import { fail, ok, type Decoded } from './decoded';
import { decodeSavedPlan, type SavedPlan } from './progress-plan';

export type { Decoded } from './decoded';
export type { SavedPlan } from './progress-plan';

/** The schema version written today. Bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 4;

/** A reader's answers: question id → the option ids they chose. */
export type QuizAnswers = Readonly<Record<string, readonly string[]>>;

export interface QuizRecord {
  /** Answers the reader has checked so far (the current attempt). */
  readonly answers?: QuizAnswers;
  /** Right answers in the last completed attempt (0 if none completed yet). */
  readonly score: number;
  /** Questions in the last completed attempt (0 if none completed yet). */
  readonly total: number;
  /**
   * True once the check is done: every question answered right, counting the missed ones the
   * reader tried again (src/course/quiz.ts). Only a reset clears it. The stored name is kept from
   * the first versions, which set it at a pass mark of 80%; such saved results still count as done.
   */
  readonly passed: boolean;
  /** How many attempts were completed. */
  readonly attempts: number;
  /**
   * The first completed attempt, kept for the summary a clinician reads: what the reader chose
   * before any feedback-led retry. Absent for checks finished before version 3 of the schema.
   */
  readonly first?: FirstAttempt;
}

export interface FirstAttempt {
  readonly score: number;
  readonly total: number;
  /** The answers of the first completed attempt: question id → option ids chosen. */
  readonly answers: QuizAnswers;
}

export interface ModuleProgress {
  readonly read: boolean;
  /** When the reader marked the module as read (ISO 8601). */
  readonly readAt?: string;
  readonly quiz?: QuizRecord;
}

export interface Progress {
  readonly version: typeof PROGRESS_VERSION;
  /** Keyed by module id (src/course/modules.ts). Absent = nothing done yet. */
  readonly modules: Readonly<Record<string, ModuleProgress>>;
  /** Ids of ticked "What to expect" checklist items (src/data/checklist.ts). */
  readonly checklist: readonly string[];
  /** "My questions for my care team": private notes, never sent anywhere. */
  readonly notes: string;
  /** Unsigned 32-bit seed for shuffling quiz options; stored so a reload keeps the order. */
  readonly seed: number;
  /** A saved preparation plan (issue 5). Validated by src/course/progress-plan.ts. */
  readonly plan?: SavedPlan;
  /**
   * Initials or a name the reader may add to their summary. Kept on this device, and in a
   * summary link only if the reader makes one.
   */
  readonly initials?: string;
  /**
   * The languages the reader used the course in (locale codes such as 'en' and 'es'), in the
   * order first used. Progress is shared between languages; the summary says which were used.
   * Absent when none is recorded yet (nothing done since version 4).
   */
  readonly languages?: readonly string[];
}

// Limits that keep hostile or broken data from bloating storage or the page.
export const LIMITS = {
  idLength: 100,
  modules: 100,
  questionsPerModule: 200,
  optionsPerQuestion: 20,
  checklistItems: 500,
  notesLength: 10_000,
  initialsLength: 40,
  languages: 10,
  maxScore: 1_000,
  maxAttempts: 1_000_000,
  /** Largest JSON text accepted from storage or an imported file. */
  jsonLength: 1_000_000,
} as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** A language code as the course's locales are written: two lowercase letters ('en', 'es'). */
const LANGUAGE = /^[a-z]{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/* ------------------------------------------------------------------ creating */

/** A fresh, empty progress record. */
export function emptyProgress(seed: number): Progress {
  return { version: PROGRESS_VERSION, modules: {}, checklist: [], notes: '', seed: seed >>> 0 };
}

/** A random seed for a new reader (crypto when available). Not used for anything secret. */
export function newSeed(random: () => number = Math.random): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0] >>> 0;
  return Math.floor(random() * 0x1_0000_0000) >>> 0;
}

/* ------------------------------------------------------------------ decoding */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.idLength && ID.test(value);
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function ownKeys(obj: Json): string[] {
  return Object.keys(obj);
}

function unexpectedKey(obj: Json, allowed: readonly string[]): string | undefined {
  return ownKeys(obj).find((k) => !allowed.includes(k));
}

function decodeIdList(value: unknown, max: number, what: string): Decoded<string[]> {
  if (!Array.isArray(value)) return fail(`${what} is not a list`);
  if (value.length > max) return fail(`${what} has too many entries`);
  const seen = new Set<string>();
  for (const item of value) {
    if (!isId(item)) return fail(`${what} holds an invalid id`);
    seen.add(item);
  }
  return ok([...seen]);
}

function decodeAnswers(value: unknown, where: string): Decoded<Record<string, string[]>> {
  if (!isRecord(value)) return fail(`${where}: answers are not an object`);
  const keys = ownKeys(value);
  if (keys.length > LIMITS.questionsPerModule) return fail(`${where}: too many answers`);
  const out: Record<string, string[]> = {};
  for (const key of keys) {
    if (!isId(key)) return fail(`${where}: invalid question id`);
    const chosen = decodeIdList(value[key], LIMITS.optionsPerQuestion, `${where}: answer`);
    if (!chosen.ok) return chosen;
    out[key] = chosen.value;
  }
  return ok(out);
}

function decodeQuizRecord(value: unknown, where: string): Decoded<QuizRecord> {
  if (!isRecord(value)) return fail(`${where}: quiz is not an object`);
  const extra = unexpectedKey(value, ['answers', 'score', 'total', 'passed', 'attempts', 'first']);
  if (extra !== undefined) return fail(`${where}: unexpected field in quiz`);
  const { score, total, passed, attempts } = value;
  if (!isCount(total, LIMITS.maxScore)) return fail(`${where}: quiz total is not a whole number`);
  if (!isCount(score, LIMITS.maxScore) || score > total) return fail(`${where}: quiz score is invalid`);
  if (typeof passed !== 'boolean') return fail(`${where}: quiz passed is not true or false`);
  if (!isCount(attempts, LIMITS.maxAttempts)) return fail(`${where}: quiz attempts is invalid`);
  const record: { -readonly [K in keyof QuizRecord]: QuizRecord[K] } = { score, total, passed, attempts };
  if (value.answers !== undefined) {
    const answers = decodeAnswers(value.answers, where);
    if (!answers.ok) return answers;
    record.answers = answers.value;
  }
  if (value.first !== undefined) {
    const first = value.first;
    if (!isRecord(first) || unexpectedKey(first, ['score', 'total', 'answers']) !== undefined) {
      return fail(`${where}: first attempt is invalid`);
    }
    if (!isCount(first.total, LIMITS.maxScore) || !isCount(first.score, LIMITS.maxScore) || first.score > first.total) {
      return fail(`${where}: first attempt score is invalid`);
    }
    const answers = decodeAnswers(first.answers, where);
    if (!answers.ok) return answers;
    record.first = { score: first.score, total: first.total, answers: answers.value };
  }
  return ok(record);
}

function decodeModule(value: unknown, where: string): Decoded<ModuleProgress> {
  if (!isRecord(value)) return fail(`${where} is not an object`);
  const extra = unexpectedKey(value, ['read', 'readAt', 'quiz']);
  if (extra !== undefined) return fail(`${where}: unexpected field`);
  if (typeof value.read !== 'boolean') return fail(`${where}: read is not true or false`);
  const out: { -readonly [K in keyof ModuleProgress]: ModuleProgress[K] } = { read: value.read };
  if (value.readAt !== undefined) {
    if (!isIsoDateTime(value.readAt)) return fail(`${where}: readAt is not a date`);
    out.readAt = value.readAt;
  }
  if (value.quiz !== undefined) {
    const quiz = decodeQuizRecord(value.quiz, where);
    if (!quiz.ok) return quiz;
    out.quiz = quiz.value;
  }
  return ok(out);
}

/** Validates data that claims to be the current version. */
function decodeCurrent(value: Json): Decoded<Progress> {
  const extra = unexpectedKey(value, [
    'version',
    'modules',
    'checklist',
    'notes',
    'seed',
    'plan',
    'initials',
    'languages',
  ]);
  if (extra !== undefined) return fail('unexpected field in progress');
  if (!isRecord(value.modules)) return fail('modules is not an object');
  const moduleIds = ownKeys(value.modules);
  if (moduleIds.length > LIMITS.modules) return fail('too many modules');
  const modules: Record<string, ModuleProgress> = {};
  for (const id of moduleIds) {
    if (!isId(id)) return fail('invalid module id');
    const m = decodeModule(value.modules[id], `module ${id}`);
    if (!m.ok) return m;
    modules[id] = m.value;
  }
  const checklist = decodeIdList(value.checklist, LIMITS.checklistItems, 'checklist');
  if (!checklist.ok) return checklist;
  if (typeof value.notes !== 'string') return fail('notes are not text');
  if (value.notes.length > LIMITS.notesLength) return fail('notes are too long');
  if (!isCount(value.seed, 0xffff_ffff)) return fail('seed is invalid');
  const progress: { -readonly [K in keyof Progress]: Progress[K] } = {
    version: PROGRESS_VERSION,
    modules,
    checklist: checklist.value,
    notes: value.notes,
    seed: value.seed,
  };
  if (value.plan !== undefined) {
    const plan = decodeSavedPlan(value.plan);
    if (!plan.ok) return fail(`plan: ${plan.reason}`);
    progress.plan = plan.value;
  }
  if (value.initials !== undefined) {
    if (typeof value.initials !== 'string' || value.initials.length > LIMITS.initialsLength)
      return fail('initials are invalid');
    if (value.initials.trim()) progress.initials = value.initials;
  }
  if (value.languages !== undefined) {
    const languages = value.languages;
    if (!Array.isArray(languages) || languages.length > LIMITS.languages) return fail('languages are not a list');
    if (!languages.every((l) => typeof l === 'string' && LANGUAGE.test(l)))
      return fail('languages hold an invalid code');
    const unique = [...new Set(languages as string[])];
    if (unique.length > 0) progress.languages = unique;
  }
  return ok(progress);
}

/* ---------------------------------------------------------------- migrations */

/**
 * Version 1 was the draft schema: a list of read modules, a best score per module and the
 * checklist ticks, with no notes, no saved answers and no seed.
 *   { version: 1, read: string[], quizzes: { [moduleId]: { score, total, passed } },
 *     checklist: string[] }
 */
function migrate1to2(value: Json): Decoded<Json> {
  const extra = unexpectedKey(value, ['version', 'read', 'quizzes', 'checklist']);
  if (extra !== undefined) return fail('unexpected field in version 1 progress');
  const read = decodeIdList(value.read, LIMITS.modules, 'read');
  if (!read.ok) return read;
  if (!isRecord(value.quizzes)) return fail('quizzes is not an object');
  const modules: Record<string, Json> = {};
  for (const id of read.value) modules[id] = { read: true };
  for (const id of ownKeys(value.quizzes)) {
    const q = value.quizzes[id];
    if (!isId(id) || !isRecord(q)) return fail('invalid version 1 quiz');
    modules[id] = {
      ...(modules[id] ?? { read: false }),
      quiz: { score: q.score, total: q.total, passed: q.passed, attempts: 1 },
    };
  }
  return ok({
    version: 2,
    modules,
    checklist: value.checklist,
    notes: '',
    // A fixed seed keeps migration pure; the order of options is all it affects.
    seed: 1,
  });
}

/**
 * Version 3 added optional fields only: a knowledge check's first attempt (`quiz.first`) and the
 * reader's initials. Version 2 data is valid version 3 data with nothing in them.
 */
function migrate2to3(value: Json): Decoded<Json> {
  return ok({ ...value, version: 3 });
}

/**
 * Version 4 records the languages the reader used the course in (`languages`). Everything saved
 * before version 4 was done in English, the only language the course had, so a record with
 * anything in it gets `['en']`; an empty one gets nothing. Nothing else changes.
 */
function migrate3to4(value: Json): Decoded<Json> {
  if (Object.hasOwn(value, 'languages')) return fail('unexpected field in version 3 progress');
  const modules = isRecord(value.modules) ? ownKeys(value.modules).length : 0;
  const checklist = Array.isArray(value.checklist) ? value.checklist.length : 0;
  const notes = typeof value.notes === 'string' ? value.notes.trim() : '';
  const used = modules > 0 || checklist > 0 || notes !== '' || value.plan !== undefined;
  return ok({ ...value, version: 4, ...(used ? { languages: ['en'] } : {}) });
}

/** MIGRATIONS[n] turns version n into version n + 1. */
const MIGRATIONS: Readonly<Record<number, (value: Json) => Decoded<Json>>> = {
  1: migrate1to2,
  2: migrate2to3,
  3: migrate3to4,
};

/**
 * Validates anything (typically parsed JSON) as progress, migrating older versions.
 * Never throws. Refuses data from a newer version rather than guessing.
 */
export function decodeProgress(input: unknown): Decoded<Progress> {
  try {
    if (!isRecord(input)) return fail('saved progress is not an object');
    let value: Json = input;
    let version = value.version;
    if (!isCount(version, Number.MAX_SAFE_INTEGER) || version < 1) {
      return fail('saved progress has no valid version number');
    }
    if (version > PROGRESS_VERSION) {
      return fail(`saved progress is from a newer version of the course (version ${version})`);
    }
    while (version < PROGRESS_VERSION) {
      const step = MIGRATIONS[version];
      if (!step) return fail(`no migration from version ${version}`);
      const next = step(value);
      if (!next.ok) return next;
      value = next.value;
      version = value.version;
      if (!isCount(version, PROGRESS_VERSION)) return fail('migration failed');
    }
    return decodeCurrent(value);
  } catch {
    return fail('saved progress could not be read');
  }
}

/** Parses stored JSON text as progress. Never throws. */
export function parseProgressJson(text: string): Decoded<Progress> {
  if (typeof text !== 'string') return fail('saved progress is not text');
  if (text.length > LIMITS.jsonLength) return fail('saved progress is too large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('saved progress is not valid JSON');
  }
  return decodeProgress(data);
}

/** The text stored in localStorage. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/* -------------------------------------------------------------- export file */

/** Marks a file as a progress export from this course. */
export const EXPORT_KIND = 'kap-course-progress';

export function exportFileName(now: Date): string {
  return `kap-course-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The JSON text of an export file: readable by people, and by parseImportFile. */
export function encodeExportFile(progress: Progress, now: Date): string {
  return `${JSON.stringify({ kind: EXPORT_KIND, exportedAt: now.toISOString(), progress }, null, 2)}\n`;
}

/** Why an import file was refused, so each language can say it in its own words. */
export type ImportProblem = 'not-text' | 'too-large' | 'not-json' | 'foreign' | 'newer' | 'damaged';

export type ImportCheck =
  | { readonly ok: true; readonly value: Progress }
  | { readonly ok: false; readonly problem: ImportProblem; readonly reason: string };

/**
 * Validates the text of a file a reader chose to import: the progress, or what is wrong with
 * the file (`problem`) and an English reason with the detail. Never throws; never returns part of a file.
 */
export function checkImportFile(text: unknown): ImportCheck {
  const refuse = (problem: ImportProblem, reason: string): ImportCheck => ({ ok: false, problem, reason });
  if (typeof text !== 'string') return refuse('not-text', 'The file could not be read as text.');
  if (text.length > LIMITS.jsonLength) return refuse('too-large', 'The file is too large to be a progress file.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('not-json', 'This file is not a progress file from this course (it is not JSON).');
  }
  if (!isRecord(data) || data.kind !== EXPORT_KIND) {
    return refuse('foreign', 'This file is not a progress file from this course.');
  }
  const decoded = decodeProgress(data.progress);
  if (!decoded.ok) {
    const version = isRecord(data.progress) ? data.progress.version : undefined;
    const newer = typeof version === 'number' && version > PROGRESS_VERSION;
    return refuse(newer ? 'newer' : 'damaged', `This progress file cannot be used: ${decoded.reason}.`);
  }
  return decoded;
}

/**
 * Validates the text of a file a reader chose to import. Reasons are written for the reader (in
 * English; `checkImportFile` also says which problem it is). Never throws; never returns part of a file.
 */
export function parseImportFile(text: unknown): Decoded<Progress> {
  const checked = checkImportFile(text);
  return checked.ok ? checked : fail(checked.reason);
}

/* ------------------------------------------------------------------ reading */

const NOTHING: ModuleProgress = { read: false };

export function moduleProgress(progress: Progress, moduleId: string): ModuleProgress {
  return Object.hasOwn(progress.modules, moduleId) ? progress.modules[moduleId] : NOTHING;
}

/** A module is complete when it is marked as read and its knowledge check is done. */
export function isModuleComplete(progress: Progress, moduleId: string): boolean {
  const m = moduleProgress(progress, moduleId);
  return m.read && m.quiz?.passed === true;
}

export function isChecklistItemTicked(progress: Progress, itemId: string): boolean {
  return progress.checklist.includes(itemId);
}

/** True when there is nothing worth keeping (used to word the import warning). */
export function isEmptyProgress(progress: Progress): boolean {
  return (
    Object.keys(progress.modules).length === 0 &&
    progress.checklist.length === 0 &&
    progress.notes.trim() === '' &&
    progress.plan === undefined
  );
}

/* ------------------------------------------------------------------ updates */

function withModule(progress: Progress, moduleId: string, next: ModuleProgress | undefined): Progress {
  const modules: Record<string, ModuleProgress> = { ...progress.modules };
  if (next === undefined) delete modules[moduleId];
  else modules[moduleId] = next;
  return { ...progress, modules };
}

export function setRead(progress: Progress, moduleId: string, read: boolean, now: Date): Progress {
  const current = moduleProgress(progress, moduleId);
  const { readAt: _drop, ...rest } = current;
  void _drop;
  return withModule(
    progress,
    moduleId,
    read ? { ...rest, read: true, readAt: now.toISOString() } : { ...rest, read: false },
  );
}

export function setQuizRecord(progress: Progress, moduleId: string, quiz: QuizRecord | undefined): Progress {
  const current = moduleProgress(progress, moduleId);
  const { quiz: _drop, ...rest } = current;
  void _drop;
  return withModule(progress, moduleId, quiz === undefined ? rest : { ...rest, quiz });
}

/** Forgets everything about one module: read state and knowledge check. */
export function resetModule(progress: Progress, moduleId: string): Progress {
  return withModule(progress, moduleId, undefined);
}

export function setChecklistItem(progress: Progress, itemId: string, ticked: boolean): Progress {
  const others = progress.checklist.filter((id) => id !== itemId);
  return { ...progress, checklist: ticked ? [...others, itemId] : others };
}

/** Unticks every checklist item. Notes are kept. */
export function resetChecklist(progress: Progress): Progress {
  return { ...progress, checklist: [] };
}

export function setNotes(progress: Progress, notes: string): Progress {
  return { ...progress, notes: notes.slice(0, LIMITS.notesLength) };
}

/** Sets (or, with '', clears) the initials or name shown on the reader's summary. */
export function setInitials(progress: Progress, initials: string): Progress {
  const { initials: _drop, ...rest } = progress;
  void _drop;
  const text = initials.slice(0, LIMITS.initialsLength);
  return text.trim() ? { ...rest, initials: text } : rest;
}

/**
 * Records that the reader used the course in `language` (a locale code), once, after the
 * languages already recorded. An empty record stays empty: opening a page is not using it.
 */
export function noteLanguage(progress: Progress, language: string): Progress {
  if (!LANGUAGE.test(language) || progress.languages?.includes(language)) return progress;
  if (isEmptyProgress(progress)) return progress;
  const languages = [...(progress.languages ?? []), language].slice(0, LIMITS.languages);
  return { ...progress, languages };
}

export function setPlan(progress: Progress, plan: SavedPlan | undefined): Progress {
  const { plan: _drop, ...rest } = progress;
  void _drop;
  return plan === undefined ? rest : { ...rest, plan };
}

/** Forgets everything except the shuffle seed. */
export function resetAll(progress: Progress): Progress {
  return emptyProgress(progress.seed);
}

/* ------------------------------------------------------------------- merging */

function laterIso(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function mergeQuiz(a: QuizRecord | undefined, b: QuizRecord | undefined): QuizRecord | undefined {
  if (!a) return b;
  if (!b) return a;
  // Keep the record with more completed attempts (the later one); a pass anywhere counts.
  const base = b.attempts > a.attempts ? b : a;
  const first = a.first ?? b.first;
  return {
    ...base,
    passed: a.passed || b.passed,
    attempts: Math.max(a.attempts, b.attempts),
    ...(first ? { first } : {}),
  };
}

/**
 * Combines two progress records, keeping the most done in each place: a module read in either is
 * read, a check passed in either is passed, ticks are joined, distinct notes are both kept.
 * The seed, version and plan come from `base` (the plan from `other` if base has none).
 */
export function mergeProgress(base: Progress, other: Progress): Progress {
  const modules: Record<string, ModuleProgress> = { ...base.modules };
  for (const [id, theirs] of Object.entries(other.modules)) {
    const ours = modules[id];
    if (!ours) {
      modules[id] = theirs;
      continue;
    }
    const read = ours.read || theirs.read;
    const readAt = read
      ? laterIso(ours.read ? ours.readAt : undefined, theirs.read ? theirs.readAt : undefined)
      : undefined;
    const quiz = mergeQuiz(ours.quiz, theirs.quiz);
    modules[id] = { read, ...(readAt ? { readAt } : {}), ...(quiz ? { quiz } : {}) };
  }
  const checklist = [...new Set([...base.checklist, ...other.checklist])];
  const a = base.notes.trim();
  const b = other.notes.trim();
  const notes = !b || a.includes(b) ? base.notes : !a ? other.notes : `${base.notes}\n\n${other.notes}`;
  const plan = base.plan ?? other.plan;
  const initials = base.initials ?? other.initials;
  const languages = [...new Set([...(base.languages ?? []), ...(other.languages ?? [])])].slice(0, LIMITS.languages);
  return {
    version: PROGRESS_VERSION,
    modules,
    checklist,
    notes: notes.slice(0, LIMITS.notesLength),
    seed: base.seed,
    ...(plan ? { plan } : {}),
    ...(initials ? { initials } : {}),
    ...(languages.length > 0 ? { languages } : {}),
  };
}

/* ------------------------------------------------------------------ summary */

export interface ProgressCounts {
  readonly read: number;
  /** Knowledge checks done (stored as `passed`, see QuizRecord). */
  readonly passed: number;
  /** Read, and knowledge check done. */
  readonly complete: number;
  readonly ticked: number;
  readonly hasNotes: boolean;
  readonly hasPlan: boolean;
}

/** Plain counts for the progress page and the import preview, over the given modules and items. */
export function progressCounts(
  progress: Progress,
  moduleIds: readonly string[],
  checklistIds: readonly string[],
): ProgressCounts {
  const mods = moduleIds.map((id) => moduleProgress(progress, id));
  return {
    read: mods.filter((m) => m.read).length,
    passed: mods.filter((m) => m.quiz?.passed === true).length,
    complete: moduleIds.filter((id) => isModuleComplete(progress, id)).length,
    ticked: checklistIds.filter((id) => progress.checklist.includes(id)).length,
    hasNotes: progress.notes.trim() !== '',
    hasPlan: progress.plan !== undefined,
  };
}
