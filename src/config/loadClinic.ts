/**
 * Loads the clinic configuration at build time: src/clinic.config.ts, or the file named by
 * the CLINIC_CONFIG environment variable. Used by docusaurus.config.ts and sidebars.ts so both
 * see the same settings. Build-time only (Node), never bundled for the browser.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { clinicConfigWarnings, resolveClinicConfig, type ClinicConfig } from './clinic';
import defaultClinicConfig from '../clinic.config';
import type { CrisisLine } from '../data/crisisLines';
import { COURSE_LOCALES, isCourseLocale } from '../i18n/locales';
import { CRISIS_LINES as CRISIS_LINES_EN } from '../i18n/en/crisisLines';
import { CRISIS_LINES as CRISIS_LINES_ES } from '../i18n/es/crisisLines';

const STATIC_DIR = path.resolve(__dirname, '..', '..', 'static');

/** Checks what only the file system can tell: the logo file is really in static/. */
export function staticFileProblems(config: ClinicConfig, staticDir: string = STATIC_DIR): string[] {
  const logo = config.clinic?.logo;
  if (logo && !existsSync(path.join(staticDir, logo))) {
    return [`clinic.logo "${logo}" is not in static/: put the file at static${logo}`];
  }
  return [];
}

/**
 * The crisis lines a build shows when the clinic has not set its own: the edition's language's
 * list (the Spanish one starts with the 988 Lifeline in Spanish).
 */
export function defaultCrisisLines(locale: string | undefined): readonly CrisisLine[] {
  return locale === 'es' ? CRISIS_LINES_ES : CRISIS_LINES_EN;
}

/**
 * The crisis lines a build shows. With none set by the clinic, the edition's default list. A
 * clinic's list is shown as the clinic wrote it, with one exception: a line kept unchanged from
 * the course's defaults (as in the example config, which keeps the US lines) is shown in the
 * edition's language, with the line that edition adds for it. In Spanish, "Línea 988 en español"
 * (its id is the English line's, plus "-es") comes before the 988 Lifeline. A line the clinic
 * changed or wrote itself is never touched.
 */
export function crisisLinesFor(
  locale: string | undefined,
  clinicLines: readonly CrisisLine[] | undefined,
): readonly CrisisLine[] {
  const edition = defaultCrisisLines(locale);
  if (!clinicLines) return edition;
  if (edition === CRISIS_LINES_EN) return clinicLines;
  const english = new Map(CRISIS_LINES_EN.map((line) => [line.id, line]));
  const translated = new Map(edition.map((line) => [line.id, line]));
  return clinicLines.flatMap((line) => {
    const source = english.get(line.id);
    const own = translated.get(line.id);
    if (!source || !own || !isDeepStrictEqual(source, line)) return [line];
    const added = edition.filter((other) => other.id === `${line.id}-${locale}`);
    return [...added, own];
  });
}

// The config is loaded several times per build (docusaurus.config.ts, sidebars.ts, each in its
// own module scope): warn once per process.
const WARNED = Symbol.for('kap-course.clinicConfigWarned');

export function loadClinicConfig(env: Readonly<Record<string, string | undefined>> = process.env): ClinicConfig {
  const file = env.CLINIC_CONFIG?.trim();
  let partial: Partial<ClinicConfig> = defaultClinicConfig;
  if (file) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.resolve(file)) as { default?: Partial<ClinicConfig> };
    partial = loaded.default ?? (loaded as Partial<ClinicConfig>);
  }
  // Docusaurus builds one language at a time and names it in DOCUSAURUS_CURRENT_LOCALE (unset,
  // or "undefined", when `npm start` serves the default language: the first one listed).
  const current = env.DOCUSAURUS_CURRENT_LOCALE;
  const locale = isCourseLocale(current) ? current : (partial.languages?.[0] ?? COURSE_LOCALES[0]);
  const own = partial.crisisLinesByLanguage?.[locale];
  const crisisLines = own ?? crisisLinesFor(locale, partial.crisisLines);
  // Every language's list is checked; the pages keep only this language's (in crisisLines).
  const { crisisLinesByLanguage: _checked, ...config } = resolveClinicConfig({ ...partial, crisisLines });
  const problems = staticFileProblems(config);
  if (problems.length > 0) {
    throw new Error(
      `Clinic configuration is not valid (src/clinic.config.ts or CLINIC_CONFIG):\n- ${problems.join('\n- ')}`,
    );
  }
  // Said once per build (the config is loaded by docusaurus.config.ts and sidebars.ts).
  const state = globalThis as { [WARNED]?: boolean };
  if (!state[WARNED]) {
    state[WARNED] = true;
    for (const warning of clinicConfigWarnings(config)) console.warn(`[clinic config] Set this: ${warning}`);
  }
  return config;
}
