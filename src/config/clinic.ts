/**
 * The shape of a clinic's own copy of the course, and how it is checked.
 * A clinic edits src/clinic.config.ts (or points CLINIC_CONFIG at its own file);
 * the defaults build the public site.
 */
import { CRISIS_LINES, type CrisisLine } from '../data/crisisLines';
import { MODULES, type CourseModule } from '../course/modules';
import { lineProblems } from '../course/crisisGroups';

export interface ClinicContact {
  readonly name: string;
  readonly phone?: string;
  readonly email?: string;
  /** Path of a logo under static/, for example '/img/clinic-logo.svg'. */
  readonly logo?: string;
}

export interface ClinicConfig {
  /** The clinic that hosts this copy, or null for the public course. */
  readonly clinic: ClinicContact | null;
  /** Crisis lines (and referral and support lines, each with its kind) for the clinic's country. */
  readonly crisisLines: readonly CrisisLine[];
  /** Ids of course modules this copy leaves out. */
  readonly hiddenModules: readonly string[];
  /** Where readers report an error in the content. */
  readonly reportErrorUrl: string;
}

export const DEFAULT_CLINIC_CONFIG: ClinicConfig = {
  clinic: null,
  crisisLines: CRISIS_LINES,
  hiddenModules: [],
  reportErrorUrl: 'https://github.com/kap-course/kap-course/issues',
};

/** Merges a clinic's settings over the defaults and rejects settings that would break the site. */
export function resolveClinicConfig(partial: Partial<ClinicConfig> = {}): ClinicConfig {
  const config: ClinicConfig = { ...DEFAULT_CLINIC_CONFIG, ...partial };
  const problems: string[] = [];
  for (const id of config.hiddenModules) {
    if (!MODULES.some((m) => m.id === id)) {
      problems.push(`hiddenModules names "${id}", which is not a course module`);
    }
  }
  if (config.hiddenModules.length >= MODULES.length) {
    problems.push('hiddenModules hides every module: at least one must stay');
  }
  problems.push(...lineProblems(config.crisisLines));
  if (config.clinic) {
    if (!config.clinic.name.trim() || config.clinic.name.length > 80) {
      problems.push('clinic.name must be 1 to 80 characters');
    }
    if (config.clinic.logo && !config.clinic.logo.startsWith('/')) {
      problems.push('clinic.logo must be a path under static/, starting with "/"');
    }
  }
  if (problems.length > 0) {
    throw new Error(`Clinic configuration is not valid:\n- ${problems.join('\n- ')}`);
  }
  return config;
}

export function visibleModules(config: Pick<ClinicConfig, 'hiddenModules'>): readonly CourseModule[] {
  return MODULES.filter((m) => !config.hiddenModules.includes(m.id));
}
