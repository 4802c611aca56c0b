/**
 * Plan links: the version 2 format written today, and reading every version (version 1 is read
 * by src/course/plan.ts). Kept apart from plan.ts because plan.ts is part of the code nearly
 * every page loads (saved progress holds a plan), and the bit packer is only needed where a link
 * is made or opened: the plan builder and the plan page.
 *
 * Format: see the comment at the top of src/course/plan.ts. Pure: no DOM, no React.
 */
import { MODULES } from './modules';
import { fragmentParam, repairEncodedHash } from './linkCodec';
import { BitReader, BitWriter, checksum24, readText, writeText, type ReadText } from './bits';
import {
  CHANGED,
  DAMAGED,
  PLAN_LIMITS,
  PLAN_PARAM,
  PLAN_PATH,
  TEXT_FIELD_WORDS,
  TRUNCATED,
  checkText,
  decodeModules,
  decodePlanV1,
  isPlanDate,
  readerTextProblem,
  type DecodedPlan,
  type Plan,
  type PlanOptions,
  type PlanProblem,
} from './plan';

/** The link version written today. Versions 1 and 2 are read. */
export const PLAN_VERSION = 2;

/**
 * Each module's code in version 2 links. Append only: a code, once given, is never changed or
 * reused (a unit test checks every module in the catalog has one).
 */
export const PLAN_MODULE_CODES: readonly string[] = [
  'start-here',
  'what-is-kap',
  'how-ketamine-works',
  'conditions-and-evidence',
  'is-kap-right-for-me',
  'preparation',
  'dosing-sessions',
  'integration',
  'safety',
  'kap-compared',
  'what-to-expect',
  'finding-care',
];
const MODULE_COUNT_BITS = 5;
const MODULE_CODE_BITS = 6;
const DATE_BITS = 17;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
/** The fragment payload for a plan (the part after "p="), version 2. The plan must be valid. */
export function encodePlan(plan: Plan): string {
  const w = new BitWriter();
  w.write(plan.targetDate ? 1 : 0, 1);
  w.write(plan.clinicName ? 1 : 0, 1);
  w.write(plan.message ? 1 : 0, 1);
  const codes = plan.modules.map((id) => PLAN_MODULE_CODES.indexOf(id)).filter((c) => c >= 0);
  w.write(codes.length, MODULE_COUNT_BITS);
  for (const c of codes) w.write(c, MODULE_CODE_BITS);
  if (plan.targetDate)
    w.write(
      Math.round(
        (Date.UTC(+plan.targetDate.slice(0, 4), +plan.targetDate.slice(5, 7) - 1, +plan.targetDate.slice(8, 10)) -
          EPOCH) /
          DAY_MS,
      ),
      DATE_BITS,
    );
  if (plan.clinicName) writeText(w, plan.clinicName);
  if (plan.message) writeText(w, plan.message);
  const bits = w.toBase64Url();
  return `2.${checksum24(bits)}${bits}`;
}

/** "#p=1...." */
export function planHash(plan: Plan): string {
  return `#${PLAN_PARAM}=${encodePlan(plan)}`;
}

/**
 * The full link a clinician sends: the site's root address (origin plus base URL, for example
 * "https://course.example/" or "https://clinic.example/kap/") followed by plan#p=...
 */
export function planLink(siteRoot: string, plan: Plan): string {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  return `${root}${PLAN_PATH.slice(1)}${planHash(plan)}`;
}

/** Decodes a plan payload of any version (the part after "p="). Never throws. */
export function decodePlan(payload: string, options: PlanOptions = {}): DecodedPlan {
  const text = String(payload ?? '').trim();
  const version = text.split('.', 1)[0];
  if (/^\d{1,6}$/.test(version) && Number(version) === 2) {
    return decodeV2(text.slice(2), options.available ?? MODULES.map((m) => m.id));
  }
  if (/^\d{1,6}$/.test(version) && Number(version) > PLAN_VERSION) {
    return {
      plan: null,
      problems: [
        {
          code: 'newer-version',
          message:
            'This link was made by a newer version of the course than this site can read. You can ask whoever sent it for a new link.',
        },
      ],
    };
  }
  return decodePlanV1(text, options);
}

/** More than any real version 2 plan needs (the longest is under 1,600 characters). */
const MAX_V2_LENGTH = 4_000;

/** A version 2 payload, after "2.". Keeps what was read before any cut; never throws. */
function decodeV2(rest: string, available: readonly string[]): DecodedPlan {
  // Mail programs often glue a full stop, bracket or quote onto the end of a link.
  const body = rest.replace(/[^A-Za-z0-9_-]+$/, '');
  if (body.length > MAX_V2_LENGTH) {
    return {
      plan: null,
      problems: [DAMAGED],
    };
  }
  const problems: PlanProblem[] = [];
  const check = body.slice(0, 4);
  const bits = body.slice(4);
  const r = new BitReader(bits);
  let cut = !r.clean;
  const flags = [r.read(1), r.read(1), r.read(1)];
  const count = r.read(MODULE_COUNT_BITS);
  const listed: string[] = [];
  for (let i = 0; i < (count ?? 0); i += 1) {
    const code = r.read(MODULE_CODE_BITS);
    if (code === null) break;
    listed.push(PLAN_MODULE_CODES[code] ?? `unknown-${code}`);
  }
  if (count === null || listed.length < count) cut = true;
  let targetDate = '';
  let dateProblem = false;
  if (flags[0] === 1) {
    const days = r.read(DATE_BITS);
    if (days === null) cut = true;
    else {
      const iso = new Date(EPOCH + days * DAY_MS).toISOString().slice(0, 10);
      if (isPlanDate(iso)) targetDate = iso;
      else dateProblem = true;
    }
  }
  const texts: Record<keyof typeof TEXT_FIELD_WORDS, ReadText | null> = { clinicName: null, message: null };
  if (flags[1] === 1) texts.clinicName = cut ? { kind: 'cut' } : readText(r);
  if (flags[2] === 1) texts.message = cut || texts.clinicName?.kind === 'cut' ? { kind: 'cut' } : readText(r);
  if (flags.includes(null) || Object.values(texts).some((t) => t?.kind === 'cut')) cut = true;
  const leftover = r.rest();
  if (cut || check.length < 4) problems.push(TRUNCATED);
  else if (checksum24(bits) !== check || leftover.length >= 6 || leftover.includes(1)) problems.push(CHANGED);

  const modules = decodeModules(listed, available, problems);
  if (modules.length === 0) {
    problems.push({ code: 'no-modules', message: 'This link does not name any module from this course.' });
  }
  if (dateProblem)
    problems.push({
      code: 'target-date',
      message: 'The target date in this link is not a real date, so it is not shown.',
    });
  const text = (field: keyof typeof TEXT_FIELD_WORDS): string => {
    const t = texts[field];
    if (!t || t.kind === 'cut') return '';
    if (t.kind === 'damaged') {
      problems.push(readerTextProblem(field, 'damaged', PLAN_LIMITS[field]));
      return '';
    }
    return checkText(t.text, field, problems);
  };
  const clinicName = text('clinicName');
  const message = text('message');
  return { plan: { modules, clinicName, message, targetDate }, problems };
}

/**
 * The plan in a location hash ("#p=..."), decoded; null when the hash carries no plan at all
 * (for example, the reader opened /plan directly).
 */
export function readPlanHash(hash: string, options: PlanOptions = {}): DecodedPlan | null {
  const payload = fragmentParam(repairEncodedHash('', hash)?.hash ?? hash, PLAN_PARAM);
  return payload === null ? null : decodePlan(payload, options);
}

/**
 * The same page in another language: `pathname` under `fromBase` ("/es/plan" under "/es/")
 * moved under `toBase` ("/plan"). Each language's base URL comes from the build ("/" and "/es/",
 * or "/kap/" and "/kap/es/"). A path outside `fromBase` is returned under `toBase` unchanged.
 * The plan itself travels in the hash, which the caller keeps: a plan link opens in any language.
 */
export function pathInLanguage(pathname: string, fromBase: string, toBase: string): string {
  const from = fromBase.endsWith('/') ? fromBase : `${fromBase}/`;
  const to = toBase.endsWith('/') ? toBase : `${toBase}/`;
  const rest = pathname.startsWith(from) ? pathname.slice(from.length) : pathname.replace(/^\/+/, '');
  return `${to}${rest}`;
}
