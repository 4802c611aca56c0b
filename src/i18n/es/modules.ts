// translation_of: src/course/modules.ts 04780078df184503bd7e6e45dde2ef00043272d8
/**
 * The module catalog's words in Spanish: the same modules, ids and order as src/course/modules.ts,
 * with Spanish titles and objectives. `minutes` is the Spanish chapter's own reading time (Spanish
 * words at 200 a minute, src/course/readabilityEs.ts) plus the knowledge check;
 * tests/content/modulesEs.test.ts holds each one to its Spanish chapter and names the figure when
 * a chapter changes.
 */
import { CHECK_MINUTES, totalMinutes, type CourseModule } from '../../course/modules';
import { moduleCatalog, type ModuleText } from '../moduleCatalog';

export type { ModuleText };

/** Each module's title, minutes and objectives, by module id. */
export const MODULE_TEXT: Readonly<Record<string, ModuleText>> = {
  'start-here': {
    title: 'Empiece aquí',
    minutes: 7,
    objectives: [
      'Decir qué cubre el curso y cuánto tiempo toma',
      'Saber que su progreso se queda en su propio dispositivo',
      'Saber que el curso es educación, no consejo médico ni atención de emergencia',
    ],
  },
  'what-is-kap': {
    title: 'Qué es la KAP y qué no es',
    minutes: 9,
    objectives: [
      'Describir la KAP como ketamina que se da dentro de la psicoterapia',
      'Describir el papel del terapeuta y el control que usted tiene sobre la sesión',
      'Distinguir la KAP del uso recreativo de la ketamina',
    ],
  },
  'how-ketamine-works': {
    title: 'Cómo actúa la ketamina',
    minutes: 9,
    objectives: [
      'Explicar que la ketamina actúa sobre todo en el glutamato, no en la serotonina',
      'Describir el camino probable que va del bloqueo de NMDA a nuevas conexiones',
      'Decir qué se sabe por estudios en animales y qué se sabe en personas',
    ],
  },
  'conditions-and-evidence': {
    title: 'Afecciones y evidencia',
    minutes: 12,
    objectives: [
      'Nombrar las afecciones para las que se ha estudiado la ketamina',
      'Decir qué tan sólida es la evidencia para cada una',
      'Explicar qué son la respuesta y la remisión, y por qué importan los grupos de comparación',
    ],
  },
  'is-kap-right-for-me': {
    title: '¿Es la KAP adecuada para mí?',
    minutes: 8,
    objectives: [
      'Pensar en razones por las que podría valer la pena preguntar por la KAP',
      'Saber qué problemas de salud piden cuidado',
      'Saber en qué suele consistir la evaluación inicial',
    ],
  },
  preparation: {
    title: 'Preparación',
    minutes: 9,
    objectives: [
      'Describir qué se trata en las sesiones de preparación',
      'Fijar intenciones y nombrar sus miedos con su terapeuta',
      'Planear lo práctico del día de una sesión de dosis',
    ],
  },
  'dosing-sessions': {
    title: 'Sesiones de dosis',
    minutes: 9,
    objectives: [
      'Comparar las formas en que se puede dar la ketamina',
      'Describir la sala, la vigilancia y cuánto dura una sesión',
      'Saber qué hace el equipo en los momentos difíciles y por qué usted no puede manejar después',
    ],
  },
  integration: {
    title: 'Integración',
    minutes: 9,
    objectives: [
      'Explicar qué es la integración y por qué los programas la consideran esencial',
      'Nombrar prácticas comunes de integración',
      'Saber cuándo pedir más ayuda',
    ],
  },
  safety: {
    title: 'Seguridad y efectos secundarios',
    minutes: 9,
    objectives: [
      'Nombrar efectos secundarios comunes a corto plazo',
      'Describir los riesgos del uso intenso o a largo plazo',
      'Conocer las señales de alarma y a quién llamar',
    ],
  },
  'kap-compared': {
    title: 'La KAP frente a otros tratamientos con ketamina',
    minutes: 9,
    objectives: [
      'Comparar la KAP, las clínicas de infusión, la esketamina y los programas en casa',
      'Decir qué está probado y qué no sobre cada uno',
    ],
  },
  'what-to-expect': {
    title: 'Qué esperar, paso a paso',
    minutes: 10,
    objectives: [
      'Seguir el camino desde el primer contacto hasta la integración',
      'Prepararse para el día antes, el día de la sesión y los días después',
    ],
  },
  'finding-care': {
    title: 'Cómo encontrar atención y pagarla',
    minutes: 9,
    objectives: [
      'Conocer los roles y las licencias de un equipo de KAP',
      'Hacer las preguntas correctas a un proveedor y reconocer las señales de alerta',
      'Entender lo básico del costo y del seguro',
    ],
  },
};

const catalog = moduleCatalog(MODULE_TEXT);

/** Every module, in order, with this language's words and minutes. */
export const MODULES: readonly CourseModule[] = catalog.modules;
export const { getModule, moduleTitle, inLanguage, visibleModules } = catalog;

/** "alrededor de 1.5 horas", "alrededor de 40 minutos": how long a set of modules takes. */
export function courseLengthText(modules: readonly CourseModule[]): string {
  const minutes = totalMinutes(modules);
  if (minutes < 60) return `alrededor de ${minutes} minutos`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `alrededor de ${hours} ${hours === 1 ? 'hora' : 'horas'}`;
}

/** "6 min de lectura + 2 min de prueba". */
export function moduleTimeText(m: Pick<CourseModule, 'readingMinutes'>): string {
  return `${m.readingMinutes} min de lectura + ${CHECK_MINUTES} min de prueba`;
}

/** "alrededor de 8 minutos": one module's minutes, as the module lists show them. */
export function aboutMinutesText(minutes: number): string {
  return `alrededor de ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}`;
}
