/**
 * The module catalog's words in English: the source is src/course/modules.ts (titles, minutes,
 * objectives). Components import this file as `@locale/modules`, so the Spanish build shows the
 * Spanish catalog (src/i18n/es/modules.ts, the same exports).
 */
import { MODULES as SOURCE, courseLengthText, type CourseModule } from '../../course/modules';
import { moduleTimeText } from '../../course/moduleTime';
import { moduleCatalog, type ModuleText } from '../moduleCatalog';

export type { ModuleText };

/** Each module's title, minutes and objectives, by module id. */
export const MODULE_TEXT: Readonly<Record<string, ModuleText>> = Object.fromEntries(
  SOURCE.map((m) => [m.id, { title: m.title, minutes: m.minutes, objectives: m.objectives }]),
);

const catalog = moduleCatalog(MODULE_TEXT);

/** Every module, in order, with this language's words and minutes. */
export const MODULES: readonly CourseModule[] = catalog.modules;
export const { getModule, moduleTitle, inLanguage, visibleModules } = catalog;

/** "about 1.5 hours", "about 40 minutes": how long a set of modules takes. */
export { courseLengthText };

/** "6 min read + 2 min check". */
export { moduleTimeText };

/** "about 8 minutes": one module's minutes, as the module lists show them. */
export function aboutMinutesText(minutes: number): string {
  return `about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
