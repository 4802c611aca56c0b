// translation_of: src/i18n/en/progress.ts 29ece9442d9e9a88a60341ece3030cd5ba6d8b86
/** The words of "Mi progreso" (src/components/ProgressPage), in Spanish: the same shape as src/i18n/en/progress.ts. */
import type { ProgressText } from '../en/progress';
import { formatLongDate } from './dates';

/** The reader's own calendar day of a moment ("2026-11-22"), to write it out as a date. */
function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const PROGRESS_TEXT: ProgressText = {
  lead: 'Todo lo que ve aquí se guarda solo en este navegador, en este dispositivo. No se envía nada a ninguna parte.',
  howKept: 'Cómo se guarda su progreso',
  loading: 'Cargando su progreso desde este navegador…',
  modulesHeading: 'Módulos',
  modulesDone: (complete, total) =>
    `${complete} de ${total} módulos terminados (leídos y con la prueba de conocimientos terminada).`,
  checklistHeading: 'Lista de verificación de qué esperar',
  itemsTicked: (ticked, total) => `${ticked} de ${total} puntos marcados.`,
  hasNotes: 'Usted escribió preguntas para su equipo de atención.',
  noNotes: 'Todavía no escribió preguntas para su equipo de atención.',
  openChecklist: 'Abrir la lista de verificación',
  moveHeading: 'Pasar su progreso a otro dispositivo',
  eraseHeading: 'Borrar todo',
  eraseText:
    'Esto borra de este navegador sus marcas de lectura, las respuestas y los resultados de las pruebas de conocimientos, las marcas de la lista de verificación, sus notas y cualquier plan guardado. Quizás quiera descargar una copia primero.',
  eraseLabel: 'Borrar todo mi progreso',
  eraseQuestion: '¿Borrar todo su progreso y sus notas de este navegador? No se puede deshacer.',
  eraseConfirm: 'Sí, borrar todo',
  erased: 'Se borró todo de este navegador.',

  done: 'Terminado',
  readingLabel: 'Lectura: ',
  markedRead: (readAt) => {
    const date = readAt ? new Date(readAt) : null;
    return date && !Number.isNaN(date.getTime())
      ? `marcado como leído el ${formatLongDate(localDay(date))}`
      : 'marcado como leído';
  },
  notMarkedRead: 'no marcado como leído',
  checkLabel: 'Prueba de conocimientos: ',
  startedNotFinished: 'empezada, sin terminar',
  notTaken: 'sin hacer',
  checkDone: 'terminada',
  checkNotDone: (score, total) => `todavía sin terminar (último intento: ${score} de ${total} bien)`,
  resetModule: (order) => `Borrar el progreso del módulo ${order}`,
  resetModuleQuestion: (title) =>
    `¿Olvidar que usted leyó “${title}”, y borrar sus respuestas y su resultado de la prueba de conocimientos?`,
  resetModuleConfirm: 'Sí, borrar el progreso de este módulo',

  counts: (c) => {
    const parts = [
      `${plural(c.read, 'módulo leído', 'módulos leídos')}`,
      `${plural(c.passed, 'prueba terminada', 'pruebas terminadas')}`,
      `${plural(c.ticked, 'punto marcado', 'puntos marcados')} en la lista de verificación`,
      c.hasNotes ? 'sus notas' : 'ninguna nota',
    ];
    if (c.hasPlan) parts.push('un plan guardado');
    return parts.join(', ');
  },
  downloadHeading: 'Descargar una copia',
  downloadText:
    'El archivo tiene su progreso, las marcas de la lista de verificación y sus notas. Cualquier persona que lo abra puede leerlos, así que guárdelo en un lugar privado.',
  downloadButton: 'Descargar mi progreso',
  loadHeading: 'Cargar una copia',
  loadText:
    'Cargar un archivo reemplaza todo lo que está guardado ahora en este navegador. No cambia nada hasta que usted vea lo que tiene el archivo y diga que sí.',
  chooseFile: 'Elegir un archivo de progreso (.json)',
  fileUnreadable: 'No se pudo leer el archivo.',
  importProblem: (problem) => {
    switch (problem) {
      case 'not-text':
        return 'No se pudo leer el archivo como texto.';
      case 'too-large':
        return 'El archivo es demasiado grande para ser un archivo de progreso.';
      case 'not-json':
        return 'Este archivo no es un archivo de progreso de este curso (no es JSON).';
      case 'foreign':
        return 'Este archivo no es un archivo de progreso de este curso.';
      case 'newer':
        return 'Este archivo de progreso es de una versión más nueva del curso. Vuelva a cargar esta página e inténtelo de nuevo.';
      case 'damaged':
        return 'Este archivo de progreso no se puede usar: está dañado o incompleto.';
    }
  },
  nothingChanged: 'No se cambió nada.',
  confirmGroup: 'Confirmar la carga del archivo',
  fileHolds: (counts) => ` contiene: ${counts}.`,
  willReplace: (counts) => `Reemplazará lo que está guardado ahora en este navegador: ${counts}.`,
  replaceButton: 'Reemplazar mi progreso con este archivo',
  cancel: 'Cancelar',
  loaded: 'Su progreso se cargó desde el archivo.',

  unreadableHeading: 'Datos guardados que no se pudieron leer',
  unreadableText:
    'Parte del progreso guardado en este navegador no se pudo leer (puede estar dañado o ser de otra versión del curso). Se apartó; no se borró. Usted puede descargarlo o borrarlo.',
  copyName: (n) => `Copia apartada ${n}`,
  downloadCopy: (n) => `Descargar la copia ${n}`,
  deleteCopy: (n) => `Borrar la copia ${n}`,
  deleteCopyQuestion: '¿Borrar esta copia apartada para siempre?',
  deleteCopyConfirm: 'Sí, borrarla',
};
