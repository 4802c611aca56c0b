// translation_of: src/course/modules.ts 04780078df184503bd7e6e45dde2ef00043272d8
/**
 * A module's title and time in Spanish, for the plan and summary components. The titles are the
 * shared vocabulary's (the same ids as src/course/modules.ts). The one import to change once the
 * catalog's words move to `@locale/modules`.
 */
import { CHECK_MINUTES, getModule, type CourseModule } from '../../course/modules';

const TITLES: Readonly<Record<string, string>> = {
  'start-here': 'Empiece aquí',
  'what-is-kap': 'Qué es la KAP y qué no es',
  'how-ketamine-works': 'Cómo actúa la ketamina',
  'conditions-and-evidence': 'Afecciones y evidencia',
  'is-kap-right-for-me': '¿Es la KAP adecuada para mí?',
  preparation: 'Preparación',
  'dosing-sessions': 'Sesiones de dosis',
  integration: 'Integración',
  safety: 'Seguridad y efectos secundarios',
  'kap-compared': 'La KAP frente a otros tratamientos con ketamina',
  'what-to-expect': 'Qué esperar, paso a paso',
  'finding-care': 'Cómo encontrar atención y pagarla',
};

/** "6 min de lectura + 2 min de prueba". */
export function moduleTimeText(m: Pick<CourseModule, 'readingMinutes'>): string {
  return `${m.readingMinutes} min de lectura + ${CHECK_MINUTES} min de prueba`;
}

/** The module's title in Spanish, or its English title (then its id) if it has none yet. */
export function moduleTitle(id: string): string {
  return Object.hasOwn(TITLES, id) ? TITLES[id] : (getModule(id)?.title ?? id);
}
