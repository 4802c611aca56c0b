/**
 * The shape of a clinic's own copy of the course, and how it is checked.
 * A clinic edits src/clinic.config.ts (or points CLINIC_CONFIG at its own file);
 * the defaults build the public site. Every setting is shown as plain text, never as markup,
 * and a setting that would break the site or mislead a reader stops the build with a message
 * that names it.
 */
import { CRISIS_LINES, type CrisisLine } from '../data/crisisLines';
import { MODULES, type CourseModule } from '../course/modules';
import { lineProblems } from '../course/crisisGroups';
import { COURSE_LOCALES, isCourseLocale, type CourseLocale } from '../i18n/locales';

export interface ClinicContact {
  /** The clinic's name, 1 to 80 characters of plain text. */
  readonly name: string;
  /** The clinic's phone number for questions about care, as people write it: '+1 555 0100'. */
  readonly phone?: string;
  /** An after-hours or on-call number, for problems after a session outside opening hours. */
  readonly afterHoursPhone?: string;
  /** An email address for questions. */
  readonly email?: string;
  /** Path of a logo under static/ (SVG or PNG), for example '/img/clinic-logo.svg'. */
  readonly logo?: string;
}

export interface ClinicConfig {
  /** The clinic that hosts this copy, or null for the public course. */
  readonly clinic: ClinicContact | null;
  /** Crisis lines (and referral and support lines, each with its kind) for the clinic's country. */
  readonly crisisLines: readonly CrisisLine[];
  /**
   * Crisis lines written for one language's pages, by language: `{ es: [...] }` shows that list,
   * in place of `crisisLines`, on the Spanish pages. Optional; each list is checked like
   * `crisisLines`. Build-time only: the build keeps the list of the language it builds.
   */
  readonly crisisLinesByLanguage?: Readonly<Partial<Record<CourseLocale, readonly CrisisLine[]>>>;
  /** Ids of course modules this copy leaves out. */
  readonly hiddenModules: readonly string[];
  /**
   * Where readers report an error in the content: a `mailto:` address or an `https://` form.
   * The default is the project's public issue tracker (a placeholder: set your own).
   */
  readonly reportErrorUrl: string;
  /**
   * The languages this copy is built in, from 'en' (English) and 'es' (Spanish). The first is
   * served at the site's root, the others under their code (/es/). Default: both, English first.
   */
  readonly languages: readonly CourseLocale[];
}

/** The project's public issue tracker: the default for reports, and a placeholder for a clinic's copy. */
export const PROJECT_TRACKER_URL = 'https://github.com/kap-course/kap-course/issues';

export const DEFAULT_CLINIC_CONFIG: ClinicConfig = {
  clinic: null,
  crisisLines: CRISIS_LINES,
  hiddenModules: [],
  reportErrorUrl: PROJECT_TRACKER_URL,
  languages: COURSE_LOCALES,
};

const MARKUP = /[<>]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const EMAIL = /^[^\s@<>"'(),:;[\]\\]+@[^\s@<>"'(),:;[\]\\]+\.[a-z]{2,}$/i;

/** Problems with a piece of text that is shown on the page: empty, too long, markup, control characters. */
function textProblems(setting: string, value: unknown, max: number): string[] {
  if (typeof value !== 'string') return [`${setting} must be text`];
  if (!value.trim()) return [`${setting} must not be empty`];
  const problems: string[] = [];
  if (value.length > max) problems.push(`${setting} must be 1 to ${max} characters (it has ${value.length})`);
  if (MARKUP.test(value))
    problems.push(`${setting} must be plain text: remove the "<" and ">" signs (it is never shown as markup)`);
  if (CONTROL.test(value)) problems.push(`${setting} must be one line of text, without tabs or line breaks`);
  return problems;
}

/** The digits of a phone number a phone can dial ('+1 (555) 010-0100' -> '+15550100100'). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function phoneProblems(setting: string, value: unknown): string[] {
  const problems = textProblems(setting, value, 40);
  if (problems.length > 0) return problems;
  const phone = value as string;
  const digits = phone.replace(/\D/g, '').length;
  if (!/^\+?[\d\s().-]+$/.test(phone) || digits < 3 || digits > 15) {
    return [
      `${setting} "${phone}" is not a phone number: use digits, spaces, "+", "-", "." and brackets, 3 to 15 digits (for example "+1 555 0100")`,
    ];
  }
  return [];
}

function emailProblems(setting: string, value: unknown): string[] {
  const problems = textProblems(setting, value, 254);
  if (problems.length > 0) return problems;
  return EMAIL.test(value as string)
    ? []
    : [`${setting} "${value as string}" is not an email address (for example "care@clinic.example")`];
}

/** A logo must be an SVG or PNG file under static/, named by its path on the site. */
function logoProblems(logo: unknown): string[] {
  if (typeof logo !== 'string') return ['clinic.logo must be text: a path such as "/img/clinic-logo.svg"'];
  if (!logo.startsWith('/') || logo.startsWith('//') || /^[a-z]+:/i.test(logo)) {
    return [
      'clinic.logo must be a path under static/, starting with "/" (for example "/img/clinic-logo.svg"): logos from other hosts are not allowed',
    ];
  }
  if (logo.split('/').includes('..') || /[\s"'<>?#\\]/.test(logo)) {
    return [`clinic.logo "${logo}" must be a plain path under static/, without "..", spaces, quotes, "?" or "#"`];
  }
  if (!/\.(svg|png)$/i.test(logo)) return [`clinic.logo "${logo}" must be an SVG or PNG file (.svg or .png)`];
  return [];
}

/** Where error reports go: mailto: with a valid address, or an https:// page (a form or tracker). */
export function reportErrorUrlProblems(url: unknown): string[] {
  if (typeof url !== 'string' || !url.trim())
    return ['reportErrorUrl must be a "mailto:" address or an "https://" form address'];
  if (url.startsWith('mailto:')) {
    const address = decodeURIComponent(url.slice('mailto:'.length).split('?')[0]);
    return EMAIL.test(address)
      ? []
      : [
          `reportErrorUrl "${url}" must name one email address after "mailto:" (for example "mailto:content@clinic.example")`,
        ];
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`reportErrorUrl "${url}" is not a web address: use "mailto:..." or "https://..."`];
  }
  if (parsed.protocol !== 'https:') return [`reportErrorUrl "${url}" must start with "mailto:" or "https://"`];
  if (parsed.hash)
    return [`reportErrorUrl "${url}" must not contain "#": the page address and section are added to it`];
  return [];
}

function languageProblems(languages: unknown): string[] {
  const known = COURSE_LOCALES.map((l) => `'${l}'`).join(', ');
  if (!Array.isArray(languages) || languages.length === 0) return [`languages must list at least one of ${known}`];
  const problems: string[] = [];
  languages.forEach((language: unknown, i) => {
    if (!isCourseLocale(language)) problems.push(`languages[${i}] is "${String(language)}": use one of ${known}`);
    else if (languages.indexOf(language) !== i) problems.push(`languages lists "${language}" twice`);
  });
  return problems;
}

function crisisLineProblems(lines: readonly CrisisLine[], setting: string): string[] {
  const problems: string[] = [];
  if (!Array.isArray(lines) || lines.length === 0)
    return [`${setting} must list at least one line that is open 24 hours`];
  const ids = new Set<string>();
  lines.forEach((line, i) => {
    const where = `${setting}[${i}]`;
    if (!line.id || ids.has(line.id)) problems.push(`${where} needs a unique id`);
    ids.add(line.id);
    problems.push(...textProblems(`${where}.name`, line.name, 120));
    problems.push(...textProblems(`${where}.region`, line.region, 80));
    problems.push(...textProblems(`${where}.description`, line.description, 400));
    if (!line.contacts?.length) problems.push(`${where} (${line.name}) needs at least one contact`);
    for (const contact of line.contacts ?? []) {
      problems.push(...textProblems(`${where} contact label`, contact.label, 80));
      if (!/^(tel:\+?\d{2,15}|sms:\+?\d{2,15}(\?&?body=\w+)?|https:\/\/[^\s"'<>]+)$/.test(contact.href)) {
        problems.push(
          `${where} (${line.name}) has the link "${contact.href}": use "tel:" or "sms:" with digits only, or "https://"`,
        );
      }
    }
  });
  return problems;
}

/** Every check of one list of crisis lines (`crisisLines`, or one language's list), named by its setting. */
function crisisListProblems(lines: readonly CrisisLine[], setting: string): string[] {
  const problems = crisisLineProblems(lines, setting);
  return Array.isArray(lines) ? [...problems, ...lineProblems(lines, setting)] : problems;
}

function crisisLinesByLanguageProblems(byLanguage: unknown): string[] {
  if (byLanguage === undefined) return [];
  const known = COURSE_LOCALES.map((l) => `'${l}'`).join(', ');
  if (typeof byLanguage !== 'object' || byLanguage === null || Array.isArray(byLanguage))
    return [`crisisLinesByLanguage must be an object with a list for each language, such as { es: [...] }`];
  return Object.entries(byLanguage).flatMap(([language, lines]) => {
    if (!isCourseLocale(language)) return [`crisisLinesByLanguage names "${language}": use one of ${known}`];
    return crisisListProblems(lines as readonly CrisisLine[], `crisisLinesByLanguage.${language}`);
  });
}

/** Merges a clinic's settings over the defaults and rejects settings that would break the site. */
export function resolveClinicConfig(partial: Partial<ClinicConfig> = {}): ClinicConfig {
  const config: ClinicConfig = {
    ...DEFAULT_CLINIC_CONFIG,
    ...partial,
    // A clinic that gives an email address but no report address gets reports by email: its
    // readers need no GitHub account.
    reportErrorUrl:
      partial.reportErrorUrl ?? (partial.clinic?.email ? `mailto:${partial.clinic.email}` : PROJECT_TRACKER_URL),
  };
  const problems: string[] = [];
  for (const id of config.hiddenModules) {
    if (!MODULES.some((m) => m.id === id)) {
      problems.push(`hiddenModules names "${id}", which is not a course module (see src/course/modules.ts)`);
    }
  }
  if (config.hiddenModules.length >= MODULES.length) {
    problems.push('hiddenModules hides every module: at least one must stay');
  }
  problems.push(...languageProblems(config.languages));
  problems.push(...crisisListProblems(config.crisisLines, 'crisisLines'));
  problems.push(...crisisLinesByLanguageProblems(config.crisisLinesByLanguage));
  if (config.clinic) {
    const { name, phone, afterHoursPhone, email, logo } = config.clinic;
    problems.push(...textProblems('clinic.name', name, 80));
    if (phone !== undefined) problems.push(...phoneProblems('clinic.phone', phone));
    if (afterHoursPhone !== undefined) problems.push(...phoneProblems('clinic.afterHoursPhone', afterHoursPhone));
    if (email !== undefined) problems.push(...emailProblems('clinic.email', email));
    if (logo !== undefined) problems.push(...logoProblems(logo));
  }
  problems.push(...reportErrorUrlProblems(config.reportErrorUrl));
  if (problems.length > 0) {
    throw new Error(
      `Clinic configuration is not valid (src/clinic.config.ts or CLINIC_CONFIG):\n- ${problems.join('\n- ')}`,
    );
  }
  return config;
}

/** Settings a copy should change before it goes live (warnings printed by the build, not errors). */
export function clinicConfigWarnings(config: ClinicConfig): string[] {
  if (config.reportErrorUrl !== PROJECT_TRACKER_URL) return [];
  return [
    `reportErrorUrl is still the placeholder ${PROJECT_TRACKER_URL}. ` +
      'Set it in src/clinic.config.ts to your own "mailto:" address or "https://" form, so readers can report errors without a GitHub account.',
  ];
}

export function visibleModules(config: Pick<ClinicConfig, 'hiddenModules'>): readonly CourseModule[] {
  return MODULES.filter((m) => !config.hiddenModules.includes(m.id));
}
