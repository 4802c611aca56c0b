/**
 * The module catalog in one language: the structure (ids, order, paths) of src/course/modules.ts
 * with that language's titles, objectives and minutes. No words here: src/i18n/<locale>/modules.ts
 * hands in its words, and components import the result through `@locale/modules`.
 */
import { MODULES as SOURCE, CHECK_MINUTES, type CourseModule } from '../course/modules';
import { visibleModules as visibleSourceModules, type ClinicConfig } from '../config/clinic';

/** A module's words in one language. */
export interface ModuleText {
  readonly title: string;
  /**
   * Minutes for the whole module in this language: reading its chapter in this language (at 200
   * words a minute) plus CHECK_MINUTES. A content test holds it to the chapter's real reading time.
   */
  readonly minutes: number;
  /** What a reader should be able to do after the module (same count as the English). */
  readonly objectives: readonly string[];
}

export interface ModuleCatalog {
  /** Every module, in order, in this language. */
  readonly modules: readonly CourseModule[];
  readonly getModule: (id: string) => CourseModule | undefined;
  /** The module's title in this language; the id itself for an unknown id. */
  readonly moduleTitle: (id: string) => string;
  /** The same modules (any list of catalog modules, e.g. a plan's) in this language, in the same order. */
  readonly inLanguage: (modules: readonly Pick<CourseModule, 'id'>[]) => CourseModule[];
  /** The modules this copy shows (a clinic may hide some), in this language. */
  readonly visibleModules: (config: Pick<ClinicConfig, 'hiddenModules'>) => readonly CourseModule[];
}

export function moduleCatalog(text: Readonly<Record<string, ModuleText>>): ModuleCatalog {
  const modules: readonly CourseModule[] = SOURCE.map((m) => {
    const words = text[m.id];
    if (!words) return m;
    return {
      ...m,
      title: words.title,
      objectives: words.objectives,
      minutes: words.minutes,
      readingMinutes: words.minutes - CHECK_MINUTES,
    };
  });
  const byId = new Map(modules.map((m) => [m.id, m]));
  const inLanguage = (list: readonly Pick<CourseModule, 'id'>[]): CourseModule[] =>
    list.map((m) => byId.get(m.id)).filter((m): m is CourseModule => m !== undefined);
  return {
    modules,
    getModule: (id) => byId.get(id),
    moduleTitle: (id) => byId.get(id)?.title ?? id,
    inLanguage,
    visibleModules: (config) => inLanguage(visibleSourceModules(config)),
  };
}
