// translation_of: src/i18n/en/summary.ts 103cadfd95ea13b79603209e7c53eda670f188c8
/** Words of the summary pages (/summary and /summary/view), in Spanish. */
import type { SummaryProblem, SummaryQuiz } from '../../course/summary';
import type {
  MySummaryWords,
  SharedPageWords,
  SharedSummaryWords,
  SummaryDetailsWords,
  SummaryPageWords,
} from '../en/summary';

export const SUMMARY_PAGE: SummaryPageWords = {
  title: 'Mi resumen de preparación',
  description:
    'Una página para imprimir con lo que leyó, sus pruebas de conocimientos, su lista de verificación y sus preguntas, para su cita.',
  lead: 'Lo que hizo en este curso, en una página, para llevar a su cita.',
  selfReport: 'Esto es un informe propio.',
  selfReportText:
    'Muestra lo que usted marcó en este navegador. No es un certificado, ni un resultado de una prueba médica, ni un expediente médico, y no reemplaza hablar con su equipo de atención.',
};

export const SHARED_PAGE: SharedPageWords = {
  title: 'Resumen de preparación (compartido)',
  description: 'Un resumen de preparación, solo para leer, que un lector decidió compartir desde su propio navegador.',
  heading: 'Resumen de preparación',
  lead: 'Un resumen que un lector de este curso decidió compartir con usted.',
  selfReport: 'Esto es un informe propio.',
  selfReportText:
    'El lector lo hizo con el progreso que guarda en su propio navegador. No es un certificado, ni un resultado de una prueba médica, ni un expediente médico, y este sitio no puede comprobarlo. Nada de esta página se guarda ni se envía a ningún lugar.',
};

export const MY_SUMMARY: MySummaryWords = {
  loading:
    'Cargando su resumen… Se hace con el progreso que se guarda en este navegador, así que aparece cuando la página termina de cargar.',
  initials: 'Sus iniciales o su nombre (opcional)',
  initialsHint:
    'Se muestran arriba en su resumen, para que su equipo de atención sepa que es suyo. Se guardan solo en este dispositivo, y en un enlace solo si usted lo elige abajo.',
  noQuestions: 'Todavía no escribió ninguna pregunta.',
  writeThem: ['Puede escribirlas en', 'Su lista de verificación', '.'] as readonly [string, string, string],
  printHeading: 'Imprímalo o compártalo',
  printText: 'Puede imprimir esta página y llevarla a su cita, o guardarla como PDF desde la ventana de impresión.',
  print: 'Imprimir mi resumen',
  shareHeading: 'Haga un enlace para su profesional clínico (opcional)',
  shareText:
    'Solo usted decide si lo comparte. El sitio no envía nada: hace un enlace que contiene este resumen, y usted elige si lo envía, por ejemplo por correo electrónico. Cualquier persona que tenga el enlace puede leer lo que contiene.',
  includeQuestions: 'Incluir mis preguntas en el enlace',
  includeInitials: 'Incluir mis iniciales o mi nombre en el enlace',
  makeLink: 'Hacer un enlace para compartir',
  summaryLink: 'Enlace del resumen',
  questionsTooLong: (length, max) =>
    `Sus preguntas tienen ${length} caracteres. Un enlace puede llevar hasta ${max}. Puede acortarlas, dejarlas fuera del enlace o imprimir el resumen.`,
  questionsControl:
    'Sus preguntas tienen caracteres de control ocultos (suelen venir de pegar texto). Quítelos para hacer un enlace.',
};

function problem(p: SummaryProblem): string {
  switch (p.code) {
    case 'damaged':
      return 'Este enlace de resumen está dañado, así que no se puede leer. Puede pedirle a la persona que lo envió que haga un enlace nuevo.';
    case 'newer-version':
      return 'Este enlace de resumen se hizo con una versión del curso más nueva de la que este sitio puede leer.';
    case 'changed':
      return 'Parece que una parte de este enlace se cambió o se dañó. Abajo se muestra lo que se pudo leer.';
    case 'date':
      return 'La fecha de este enlace falta o no es una fecha real.';
    case 'modules':
      if (p.count === undefined) return 'La lista de módulos de este enlace está dañada, así que no se muestra.';
      return p.count === 1
        ? '1 dato de un módulo de este enlace no se pudo leer, así que se deja fuera.'
        : `${p.count} datos de módulos de este enlace no se pudieron leer, así que se dejan fuera.`;
    case 'checklist':
      return 'Una parte de la lista de verificación de este enlace está dañada o no es de este curso, así que se deja fuera.';
    case 'questions':
      return 'Las preguntas de este enlace son demasiado largas o tienen caracteres que no se permiten, así que no se muestran.';
    case 'missed':
      return 'Algunas de las respuestas equivocadas en el primer intento no se pudieron leer, así que se dejan fuera.';
    case 'plan':
      return 'El plan de este enlace no se pudo leer, así que no se muestra.';
    case 'initials':
      return 'El nombre o las iniciales de este enlace no se pudieron leer, así que no se muestran.';
    case 'languages':
      return 'El idioma en que se leyó el curso no se pudo leer de este enlace, así que una parte no se muestra.';
  }
}

export const SHARED_SUMMARY: SharedSummaryWords = {
  loading: 'Cargando el resumen…',
  none: 'No hay ningún resumen en esta dirección. Un enlace de resumen termina con “#s=” y luego letras y números. Pídale a la persona que lo envió que vuelva a copiar el enlace completo.',
  someUnreadable: 'Una parte de este resumen no se pudo leer',
  unreadable: 'Este resumen no se pudo leer',
  noQuestions: 'El lector no incluyó ninguna pregunta.',
  problem,
};

function describeQuiz(quiz: SummaryQuiz | undefined): string {
  if (!quiz) return 'Sin hacer todavía';
  if (quiz.passed)
    return quiz.score === quiz.total
      ? `Hecha: las ${quiz.total} correctas`
      : `Hecha (último intento: ${quiz.score} de ${quiz.total} correctas)`;
  return `${quiz.score} de ${quiz.total} correctas, sin terminar todavía`;
}

export const SUMMARY_DETAILS: SummaryDetailsWords = {
  made: (date) => (date ? `Hecho el ${date}.` : 'No se sabe la fecha en que se hizo este resumen.'),
  languages: (list) => {
    const names = list.map((l) => ({ en: 'inglés', es: 'español' })[l]);
    // "y" becomes "e" before a word that starts with the sound "i" ("español e inglés").
    const joined = names.reduce(
      (text, name, i) => (i === 0 ? name : `${text} ${/^h?i/i.test(name) ? 'e' : 'y'} ${name}`),
      '',
    );
    return `${names.length === 1 ? 'Idioma usado' : 'Idiomas usados'}: ${joined}.`;
  },
  questionsHeading: 'Preguntas para el equipo de atención',
  planHeading: 'El plan',
  customPlan: 'Un plan elegido por el equipo de atención',
  planFrom: (clinicName) => `, de ${clinicName}`,
  targetDate: (date) => ` Fecha límite: ${date}.`,
  planDone: (done, total) => `${done} de ${total} módulos asignados hechos`,
  planDoneNote: '(leídos, y prueba de conocimientos hecha).',
  planTable: 'Módulos asignados, en el orden del plan',
  missedHeading: 'Equivocadas en el primer intento',
  noMissed: 'No se registraron preguntas equivocadas en un primer intento.',
  safetyNote: (count) =>
    `${count} ${count === 1 ? 'respuesta marcada' : 'respuestas marcadas'} “Seguridad” abajo ${count === 1 ? 'puede' : 'pueden'} mostrar un malentendido importante para la seguridad. Por favor, háblenlo.`,
  chose: 'Eligió:',
  safety: 'Seguridad',
  restHeading: 'El resto del curso',
  modulesHeading: 'Módulos',
  counts: (read, total, passed) =>
    `${read} de ${total} módulos marcados como leídos. ${passed} ${passed === 1 ? 'prueba' : 'pruebas'} de conocimientos ${passed === 1 ? 'hecha' : 'hechas'}.`,
  notInPlan: 'Módulos que no están en el plan',
  allModules: 'Todos los módulos',
  notStarted: 'Sin empezar todavía:',
  checklistHeading: 'Lista de verificación de Qué esperar',
  ticked: (ticked, total) => `${ticked} de ${total} puntos marcados.`,
  tickedMark: ' (marcado)',
  notTickedMark: ' (sin marcar)',
  table: {
    module: 'Módulo',
    read: 'Leído',
    firstTry: 'Prueba: primer intento',
    latest: 'Prueba: último intento',
    isRead: '✓ Leído',
    notRead: 'No marcado como leído',
    notRecorded: 'No registrado',
    firstScore: (score, total) => `${score} de ${total}`,
  },
  describeQuiz,
};
