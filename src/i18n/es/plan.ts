// translation_of: src/i18n/en/plan.ts b2a86f0fbc6c269b7b2c8237545e1a0be58e9364
/** Words of the reader's plan page (/plan), in Spanish. */
import { PLAN_LIMITS, type PlanProblem } from '../../course/plan';
import type { PlanDetailsWords, PlanPageWords, PlanViewWords } from '../en/plan';

export const PLAN_PAGE: PlanPageWords = {
  title: 'Su plan de preparación',
  description:
    'Los módulos que le sugirió su profesional clínico, en orden, con su propio progreso. Se guarda solo en este dispositivo.',
  lead: 'Los módulos que debe leer, en orden, y cuánto ha avanzado. Puede leer a su propio ritmo y parar cuando quiera.',
};

const UNKNOWN_PRESET = 'Esta dirección no nombra ningún plan que ofrezca este sitio.';

/** A problem with a plan link, in the reader's words. */
function problem(p: PlanProblem): string {
  const n = p.count ?? 0;
  switch (p.code) {
    case 'damaged':
      return 'Este enlace está dañado, así que no se puede leer el plan que contiene. Puede pedirle un enlace nuevo a quien se lo envió.';
    case 'unknown-preset':
      return UNKNOWN_PRESET;
    case 'newer-version':
      return 'Este enlace se hizo con una versión del curso más nueva de la que este sitio puede leer. Puede pedirle un enlace nuevo a quien se lo envió.';
    case 'truncated':
      return 'Este enlace parece cortado: le falta una parte. Abajo se muestra lo que se pudo leer.';
    case 'changed':
      return 'Parece que una parte de este enlace se cambió o se dañó. Abajo se muestra lo que se pudo leer. Puede revisarlo con quien se lo envió.';
    case 'unknown-module':
      return n === 1
        ? '1 módulo que nombra este enlace no es parte de este curso, así que se deja fuera.'
        : `${n} módulos que nombra este enlace no son parte de este curso, así que se dejan fuera.`;
    case 'hidden-module':
      return n === 1
        ? '1 módulo de este enlace no se ofrece en este sitio, así que se deja fuera.'
        : `${n} módulos de este enlace no se ofrecen en este sitio, así que se dejan fuera.`;
    case 'duplicate-module':
      return 'Algunos módulos aparecían más de una vez. Cada uno se muestra una vez, donde aparece primero.';
    case 'too-many-modules':
      return 'Este enlace tiene más módulos de los que tiene el curso. Los que sobran se dejan fuera.';
    case 'no-modules':
      return 'Este enlace no nombra ningún módulo de este curso.';
    case 'target-date':
      return 'La fecha límite de este enlace no es una fecha real, así que no se muestra.';
    case 'clinic-name':
    case 'message': {
      const what = p.code === 'clinic-name' ? 'El nombre de la clínica' : 'El mensaje';
      const max = p.code === 'clinic-name' ? PLAN_LIMITS.clinicName : PLAN_LIMITS.message;
      switch (p.detail) {
        case 'too-long':
          return `${what} de este enlace tiene más de ${max} caracteres, así que no se muestra.`;
        case 'markup':
          return `${what} de este enlace contiene código web (HTML), así que no se muestra. No se ejecutó nada de ese código.`;
        case 'control':
        case 'newline':
          return `${what} de este enlace tiene caracteres que no se permiten, así que no se muestra.`;
        default:
          return `${what} de este enlace está dañado, así que no se muestra.`;
      }
    }
  }
}

export const PLAN_VIEW: PlanViewWords = {
  loading:
    'Cargando su plan… Su plan se guarda en este navegador, así que aparece cuando la página termina de cargar. Si no aparece nada, revise que JavaScript esté activado.',
  saved: 'Este plan ya está guardado en este dispositivo.',
  replaced: 'El plan de este enlace reemplazó a su plan guardado.',
  keptSaved: 'Usted se quedó con su plan guardado. El plan del enlace no se guardó.',
  notSaved: 'El plan del enlace no se guardó.',
  removed: 'El plan se borró de este dispositivo. Su progreso de lectura se mantiene.',
  someUnusable: 'Una parte de este enlace no se pudo usar',
  unusable: 'Este enlace no se pudo usar',
  savedShownInstead: 'En su lugar, abajo se muestra su plan guardado.',
  askForNew: 'Puede pedirle un enlace nuevo a quien se lo envió, o',
  startCourse: 'empezar el curso',
  fromBeginning: 'desde el principio.',
  unavailable:
    'Este navegador no deja que el sitio guarde nada, así que el plan se perderá cuando cierre esta pestaña. Para volver a verlo, guarde el enlace, por ejemplo como favorito.',
  replaceHeading: '¿Quiere reemplazar su plan guardado?',
  replaceText: (savedClinic) =>
    `Este enlace tiene un plan distinto del que está guardado en este dispositivo${savedClinic ? ` (de ${savedClinic})` : ''}. Puede quedarse con el plan que tiene o reemplazarlo por este. Su progreso de lectura se mantiene en los dos casos.`,
  replaceButton: 'Reemplazar mi plan guardado',
  keepButton: 'Quedarme con mi plan guardado',
  planInLink: 'El plan de este enlace',
  savePartialHeading: '¿Quiere guardar este plan?',
  savePartialText:
    'Una parte de este enlace no se pudo leer, así que a este plan le pueden faltar módulos o su mensaje. Todavía no está guardado. Puede guardar lo que se pudo leer, o primero pedirle un enlace nuevo a quien se lo envió.',
  savePartialButton: 'Guardar este plan',
  skipSaveButton: 'No guardarlo',
  whatCouldBeRead: 'Lo que se pudo leer de este enlace',
  thePlan: 'El plan',
  onThisDevice: 'Este plan se guarda solo en este dispositivo. Nadie más puede verlo ni ver su progreso.',
  removeLabel: 'Borrar este plan de este dispositivo',
  removeQuestion:
    '¿Quiere borrar este plan de este dispositivo? Su progreso de lectura y sus pruebas de conocimientos se mantienen.',
  removeConfirm: 'Sí, borrar el plan',
  noPlan: 'No tiene ningún plan guardado.',
  noPlanHow:
    'Un profesional clínico puede enviarle un plan como enlace. Cuando lo abra, el plan aparecerá aquí y se quedará en este dispositivo.',
  noPlanStart: ['También puede', 'empezar el curso', 'y leer los módulos en el orden que quiera.'] as readonly [
    string,
    string,
    string,
  ],
  unknownPreset: UNKNOWN_PRESET,
  otherLanguage: 'Este plan en otro idioma:',
  problem,
};

export const PLAN_DETAILS: PlanDetailsWords = {
  status: {
    done: 'Hecho: leído, y prueba de conocimientos terminada',
    read: 'Leído. Prueba de conocimientos sin hacer todavía',
    checkDone: 'Prueba de conocimientos hecha. Todavía no está marcado como leído',
    notStarted: 'Sin empezar',
  },
  target: (date, days) => {
    if (days > 1) return `Trate de terminar antes del ${date} (en ${days} días).`;
    if (days === 1) return `Trate de terminar antes del ${date} (mañana).`;
    if (days === 0) return `Trate de terminar antes del ${date} (hoy).`;
    return `La fecha límite era el ${date}. No pasa nada: puede seguir a su propio ritmo.`;
  },
  from: 'De',
  messageLabel: 'Mensaje con este plan',
  fromLink:
    'El nombre y el mensaje vienen del enlace que le dieron. Este sitio los muestra tal como se escribieron y no puede comprobar quién los escribió.',
  nextStep: 'Su siguiente paso',
  read: (title) => `Leer “${title}”`,
  about: (time) => `unos ${time}`,
  lastStep: 'Su último paso',
  finished: 'Terminó todos los módulos de este plan. ¡Muy bien!',
  sendSummary: (clinicName) => `Envíe su resumen a ${clinicName ? 'su clínica' : 'su equipo de atención'}`,
  doneCount: (done, total) =>
    `${done} de ${total} ${total === 1 ? 'módulo hecho' : 'módulos hechos'}. Un módulo está hecho cuando usted lo marcó como leído y terminó su prueba de conocimientos.`,
  summaryStep: 'Último paso: imprímalo, o haga un enlace y envíelo usted. No se envía nada si usted no lo hace.',
};
