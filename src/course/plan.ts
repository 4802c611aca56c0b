/**
 * Preparation plans carried by a link. A clinician chooses modules, an optional clinic name,
 * message and target date; the plan travels in the URL fragment (after "#"), which browsers
 * never send to a server, so it never reaches a server log.
 *
 * Link format, version 1 (later versions of the site must keep reading it):
 *
 *   /plan#p=1.<modules>.<date>.<clinic>.<message>.<check>
 *
 *   modules  module ids joined by "~", in plan order ("start-here~preparation")
 *   date     target date as YYYY-MM-DD, or empty
 *   clinic   clinic name, base64url of its UTF-8 text, or empty
 *   message  short message, base64url of its UTF-8 text, or empty
 *   check    checksum of everything before it (see linkCodec.checksum)
 *
 * Fields never contain ".", so a link cut short loses only its last fields and the modules
 * (first) survive. A later version may add fields before the checksum; this decoder ignores them.
 *
 * Link format, version 2 (written today; about half as long, so the QR code is smaller):
 *
 *   /plan#p=2.<check><bits>
 *
 *   check    4 base64url characters: 24 bits of FNV-1a over <bits> (see bits.checksum24)
 *   bits     base64url of a bit stream:
 *              3 bits   which of date, clinic name, message are present
 *              5 bits   number of modules, then 6 bits for each: its code in PLAN_MODULE_CODES
 *              17 bits  target date as days since 2000-01-01 (if present)
 *              text     clinic name, then message (if present): see bits.writeText
 *
 * The check comes first, so a link cut anywhere is noticed (the bits run out before the last
 * field, or the check fails); the modules come next, so they survive most cuts.
 *
 * Pure: no DOM, no React, no Docusaurus.
 */
import { MODULES, isModuleId } from './modules';
import { parseIsoDate } from './reviewDates';
import { checksum, fromBase64Url, plainTextProblem, toBase64Url, type TextProblem } from './linkCodec';

/** The fragment key: /plan#p=... */
export const PLAN_PARAM = 'p';
/** Where a plan link opens, relative to the site's base URL. */
export const PLAN_PATH = '/plan';

export const PLAN_LIMITS = {
  clinicName: 80,
  message: 280,
  modules: MODULES.length,
} as const;

/** A preparation plan. Empty strings mean "not given". */
export interface Plan {
  /** Module ids, in the order the reader should follow. */
  readonly modules: readonly string[];
  readonly clinicName: string;
  readonly message: string;
  /** Target date, YYYY-MM-DD, or ''. */
  readonly targetDate: string;
}

export const EMPTY_PLAN: Plan = { modules: [], clinicName: '', message: '', targetDate: '' };

export type PlanProblemCode =
  | 'damaged'
  | 'unknown-preset'
  | 'newer-version'
  | 'truncated'
  | 'changed'
  | 'unknown-module'
  | 'hidden-module'
  | 'duplicate-module'
  | 'too-many-modules'
  | 'no-modules'
  | 'clinic-name'
  | 'message'
  | 'target-date';

export interface PlanProblem {
  readonly code: PlanProblemCode;
  /** One or two plain sentences for the reader (in English; other languages word it from the rest). */
  readonly message: string;
  /** How many modules the problem concerns ('unknown-module', 'hidden-module'). */
  readonly count?: number;
  /** What is wrong with a text field ('clinic-name', 'message'). */
  readonly detail?: TextProblem | 'damaged';
}

export interface DecodedPlan {
  /** What could be read, or null when nothing could (damaged link, unknown version). */
  readonly plan: Plan | null;
  /** Everything that was wrong, in the reader's words. Empty for a good link. */
  readonly problems: readonly PlanProblem[];
}

export interface PlanOptions {
  /** Ids of the modules this copy of the course offers (a clinic may hide some). Default: all. */
  readonly available?: readonly string[];
}

const SEPARATOR = '.';
const MODULE_SEPARATOR = '~';
const V1_FIELD_COUNT = 4;
/** How many module ids a link may list before the rest are ignored without looking at them. */
const MAX_IDS_READ = 100;

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** The version 1 payload (no longer written by the builder; kept for tests of old links). */
export function encodePlanV1(plan: Plan): string {
  const fields = [
    plan.modules.join(MODULE_SEPARATOR),
    plan.targetDate,
    plan.clinicName ? toBase64Url(plan.clinicName) : '',
    plan.message ? toBase64Url(plan.message) : '',
  ];
  const body = ['1', ...fields].join(SEPARATOR);
  return `${body}${SEPARATOR}${checksum(body)}`;
}

// ---------------------------------------------------------------------------------------------
// Validation, shared by the builder (clinician's words) and the decoder (reader's words)

export interface PlanFieldErrors {
  modules?: string;
  clinicName?: string;
  message?: string;
  targetDate?: string;
}

/** The builder's messages to the clinician, one set per language (src/i18n/<locale>/planBuilder.ts). */
export interface PlanErrorWords {
  readonly noModules: string;
  readonly unknownModule: string;
  readonly duplicateModule: string;
  readonly tooLong: (max: number, length: number) => string;
  readonly markup: string;
  readonly control: string;
  readonly newline: string;
  readonly notADate: string;
  readonly pastDate: string;
}

export const PLAN_ERROR_WORDS: PlanErrorWords = {
  noModules: 'Choose at least one module.',
  unknownModule: 'The plan names a module this course does not offer.',
  duplicateModule: 'Each module can be in the plan once.',
  tooLong: (max, length) => `Use ${max} characters or fewer. It has ${length} now.`,
  markup: 'Remove the "<" sign. The text is shown as plain text, so code or HTML is not allowed.',
  control: 'Remove the hidden control characters (they often come from pasting).',
  newline: 'Keep it on one line.',
  notADate: 'Enter a real date, for example 2027-01-31.',
  pastDate: 'This date has passed. Choose today or a later date.',
};

function builderTextError(
  problem: TextProblem | null,
  max: number,
  length: number,
  words: PlanErrorWords,
): string | undefined {
  switch (problem) {
    case null:
      return undefined;
    case 'too-long':
      return words.tooLong(max, length);
    case 'markup':
      return words.markup;
    case 'control':
      return words.control;
    case 'newline':
      return words.newline;
  }
}

/**
 * What a clinician must fix before the builder makes a link, field by field. An empty object
 * means the plan is valid. `today` (YYYY-MM-DD) rejects target dates in the past.
 */
export function planErrors(
  plan: Plan,
  options: PlanOptions & { readonly today?: string; readonly words?: PlanErrorWords } = {},
): PlanFieldErrors {
  const available = options.available ?? MODULES.map((m) => m.id);
  const words = options.words ?? PLAN_ERROR_WORDS;
  const errors: PlanFieldErrors = {};
  if (plan.modules.length === 0) {
    errors.modules = words.noModules;
  } else if (plan.modules.some((id) => !available.includes(id))) {
    errors.modules = words.unknownModule;
  } else if (new Set(plan.modules).size !== plan.modules.length) {
    errors.modules = words.duplicateModule;
  }
  const clinicName = builderTextError(
    plainTextProblem(plan.clinicName, { max: PLAN_LIMITS.clinicName, multiline: false }),
    PLAN_LIMITS.clinicName,
    plan.clinicName.length,
    words,
  );
  if (clinicName) errors.clinicName = clinicName;
  const message = builderTextError(
    plainTextProblem(plan.message, { max: PLAN_LIMITS.message, multiline: true }),
    PLAN_LIMITS.message,
    plan.message.length,
    words,
  );
  if (message) errors.message = message;
  if (plan.targetDate) {
    if (!isPlanDate(plan.targetDate)) {
      errors.targetDate = words.notADate;
    } else if (options.today && plan.targetDate < options.today) {
      errors.targetDate = words.pastDate;
    }
  }
  return errors;
}

/** The plan as it goes into a link: text fields trimmed. */
export function normalizePlan(plan: Plan): Plan {
  return { ...plan, modules: [...plan.modules], clinicName: plan.clinicName.trim(), message: plan.message.trim() };
}

export function hasErrors(errors: PlanFieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** A strict calendar date, YYYY-MM-DD, between the years 2000 and 2199. */
export function isPlanDate(value: string): boolean {
  return /^2[01]\d\d-\d\d-\d\d$/.test(value) && parseIsoDate(value) !== null;
}

// ---------------------------------------------------------------------------------------------
// Decoding: never throws, keeps every part that is valid, explains every part that is not

/** Shared with src/course/planLink.ts (the version 2 decoder). */
export const TEXT_FIELD_WORDS = { clinicName: 'clinic name', message: 'message' } as const;

export function readerTextProblem(
  field: keyof typeof TEXT_FIELD_WORDS,
  problem: TextProblem | 'damaged',
  max: number,
): PlanProblem {
  const what = `The ${TEXT_FIELD_WORDS[field]} in this link`;
  const code: PlanProblemCode = field === 'clinicName' ? 'clinic-name' : 'message';
  const detail = problem;
  switch (problem) {
    case 'too-long':
      return { code, detail, message: `${what} is longer than ${max} characters, so it is not shown.` };
    case 'markup':
      return {
        code,
        detail,
        message: `${what} contains web code (HTML), so it is not shown. Nothing in it was run.`,
      };
    case 'control':
    case 'newline':
      return { code, detail, message: `${what} contains characters that are not allowed, so it is not shown.` };
    case 'damaged':
      return { code, detail, message: `${what} is damaged, so it is not shown.` };
  }
}

/** Checks decoded text against the same rules as the builder; '' (with a problem) when it fails. */
export function checkText(text: string, field: keyof typeof TEXT_FIELD_WORDS, problems: PlanProblem[]): string {
  const max = PLAN_LIMITS[field];
  const problem = plainTextProblem(text, { max, multiline: field === 'message' });
  if (problem) {
    problems.push(readerTextProblem(field, problem, max));
    return '';
  }
  return text.trim();
}

function decodeText(encoded: string, field: keyof typeof TEXT_FIELD_WORDS, problems: PlanProblem[]): string {
  if (!encoded) return '';
  const max = PLAN_LIMITS[field];
  // Text within the limit is at most 3 UTF-8 bytes per UTF-16 unit, 4 base64 characters per 3
  // bytes: anything much longer is refused without decoding megabytes of hostile input.
  if (encoded.length > max * 8) {
    problems.push(readerTextProblem(field, 'too-long', max));
    return '';
  }
  const text = fromBase64Url(encoded);
  if (text === null) {
    problems.push(readerTextProblem(field, 'damaged', max));
    return '';
  }
  return checkText(text, field, problems);
}

export function decodeModules(
  listed: readonly string[],
  available: readonly string[],
  problems: PlanProblem[],
): string[] {
  const ids = listed.filter((id) => id !== '');
  const modules: string[] = [];
  let unknown = 0;
  let hidden = 0;
  let duplicate = 0;
  let extra = 0;
  for (const id of ids) {
    if (!isModuleId(id)) unknown += 1;
    else if (!available.includes(id)) hidden += 1;
    else if (modules.includes(id)) duplicate += 1;
    else if (modules.length >= PLAN_LIMITS.modules) extra += 1;
    else modules.push(id);
  }
  if (unknown > 0) {
    problems.push({
      code: 'unknown-module',
      message: `${unknown} ${plural(unknown, 'module named in this link is', 'modules named in this link are')} not part of this course, so ${plural(unknown, 'it is', 'they are')} left out.`,
      count: unknown,
    });
  }
  if (hidden > 0) {
    problems.push({
      code: 'hidden-module',
      message: `${hidden} ${plural(hidden, 'module in this link is', 'modules in this link are')} not offered on this site, so ${plural(hidden, 'it is', 'they are')} left out.`,
      count: hidden,
    });
  }
  if (duplicate > 0) {
    problems.push({
      code: 'duplicate-module',
      message: 'Some modules were listed more than once. Each is shown once, where it first appears.',
    });
  }
  if (extra > 0) {
    problems.push({
      code: 'too-many-modules',
      message: 'This link lists more modules than the course has. The extra ones are left out.',
    });
  }
  return modules;
}

export const TRUNCATED: PlanProblem = {
  code: 'truncated',
  message: 'This link looks cut off: part of it is missing. The parts that could be read are shown below.',
};
export const DAMAGED: PlanProblem = {
  code: 'damaged',
  message: 'This link is damaged, so the plan in it cannot be read. You can ask whoever sent it for a new link.',
};
export const CHANGED: PlanProblem = {
  code: 'changed',
  message:
    'Part of this link seems to have been changed or damaged. The parts that could be read are shown below. You can check them with whoever sent it.',
};
/**
 * Decodes a version 1 plan payload (the part after "p="). Never throws. Any other version is
 * refused here; src/course/planLink.ts reads every version.
 */
export function decodePlanV1(payload: string, options: PlanOptions = {}): DecodedPlan {
  const available = options.available ?? MODULES.map((m) => m.id);
  const text = String(payload ?? '').trim();
  const parts = text.split(SEPARATOR);
  const version = parts[0];
  if (!/^\d{1,6}$/.test(version)) {
    return {
      plan: null,
      problems: [DAMAGED],
    };
  }
  if (Number(version) !== 1) {
    const newer = Number(version) > 1;
    return {
      plan: null,
      problems: [
        newer
          ? {
              code: 'newer-version',
              message:
                'This link was made by a newer version of the course than this site can read. You can ask whoever sent it for a new link.',
            }
          : DAMAGED,
      ],
    };
  }

  const problems: PlanProblem[] = [];
  const complete = parts.length >= V1_FIELD_COUNT + 2;
  const fields = complete ? parts.slice(1, -1) : parts.slice(1);
  if (!complete) {
    problems.push(TRUNCATED);
  } else {
    const body = parts.slice(0, -1).join(SEPARATOR);
    if (checksum(body) !== parts[parts.length - 1]) problems.push(CHANGED);
  }
  const [moduleField = '', dateField = '', clinicField = '', messageField = ''] = fields;

  const modules = decodeModules(moduleField.split(MODULE_SEPARATOR, MAX_IDS_READ), available, problems);
  if (modules.length === 0) {
    problems.push({ code: 'no-modules', message: 'This link does not name any module from this course.' });
  }
  let targetDate = '';
  if (dateField) {
    if (isPlanDate(dateField)) targetDate = dateField;
    else
      problems.push({
        code: 'target-date',
        message: 'The target date in this link is not a real date, so it is not shown.',
      });
  }
  const clinicName = decodeText(clinicField, 'clinicName', problems);
  const message = decodeText(messageField, 'message', problems);
  return { plan: { modules, clinicName, message, targetDate }, problems };
}

/** A plan that can be followed: it names at least one module. */
export function isUsablePlan(plan: Plan | null | undefined): plan is Plan {
  return !!plan && plan.modules.length > 0;
}

export function samePlan(a: Plan, b: Plan): boolean {
  return (
    a.clinicName === b.clinicName &&
    a.message === b.message &&
    a.targetDate === b.targetDate &&
    a.modules.length === b.modules.length &&
    a.modules.every((id, i) => b.modules[i] === id)
  );
}

/**
 * Checks a plan that came from anywhere untrusted (saved data, an imported file): the same rules
 * as a link, so a plan that could not arrive by link cannot arrive any other way.
 */
export function sanitizePlan(value: unknown, options: PlanOptions = {}): DecodedPlan {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { plan: null, problems: [{ code: 'damaged', message: 'The saved plan is damaged.' }] };
  }
  const raw = value as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const modules = Array.isArray(raw.modules) ? raw.modules.filter((id): id is string => typeof id === 'string') : [];
  if (modules.some((id) => id.includes(MODULE_SEPARATOR) || id.includes(SEPARATOR))) {
    return { plan: null, problems: [{ code: 'damaged', message: 'The saved plan is damaged.' }] };
  }
  const candidate: Plan = {
    modules,
    clinicName: str(raw.clinicName),
    message: str(raw.message),
    targetDate: isPlanDate(str(raw.targetDate)) ? str(raw.targetDate) : '',
  };
  return decodePlanV1(encodePlanV1(candidate), options);
}

// ---------------------------------------------------------------------------------------------
// Following a plan

export interface PlanStep {
  readonly id: string;
  readonly done: boolean;
}

/** The plan's modules with whether each is done, and the first one that is not (the next step). */
export function planSteps(
  plan: Plan,
  isDone: (moduleId: string) => boolean,
): { readonly steps: readonly PlanStep[]; readonly next: string | null; readonly doneCount: number } {
  const steps = plan.modules.map((id) => ({ id, done: isDone(id) }));
  const next = steps.find((s) => !s.done)?.id ?? null;
  return { steps, next, doneCount: steps.filter((s) => s.done).length };
}

/** Whole days from `today` to the target date (negative once it has passed), or null. */
export function daysUntil(targetDate: string, today: string): number | null {
  const target = parseIsoDate(targetDate);
  const now = parseIsoDate(today);
  if (!target || !now) return null;
  return Math.round((target.getTime() - now.getTime()) / 86_400_000);
}

/** Today's date in the reader's own time zone, as YYYY-MM-DD. */
export function localIsoDate(date: Date = new Date()): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
