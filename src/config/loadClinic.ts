/**
 * Loads the clinic configuration at build time: src/clinic.config.ts, or the file named by
 * the CLINIC_CONFIG environment variable. Used by docusaurus.config.ts and sidebars.ts so both
 * see the same settings. Build-time only (Node), never bundled for the browser.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { clinicConfigWarnings, resolveClinicConfig, type ClinicConfig } from './clinic';
import defaultClinicConfig from '../clinic.config';
import type { CrisisLine } from '../data/crisisLines';
import { isCourseLocale } from '../i18n/locales';
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
 * list (the Spanish one starts with the 988 Lifeline in Spanish). A clinic's own list is shown
 * as it is, in every language.
 */
export function defaultCrisisLines(locale: string | undefined): readonly CrisisLine[] {
  return locale === 'es' ? CRISIS_LINES_ES : CRISIS_LINES_EN;
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
  const locale = isCourseLocale(current) ? current : partial.languages?.[0];
  const crisisLines = partial.crisisLines ?? defaultCrisisLines(locale);
  const config = resolveClinicConfig({ ...partial, crisisLines });
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
