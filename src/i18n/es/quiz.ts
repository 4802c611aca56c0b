// translation_of: src/i18n/en/quiz.ts d7bdf808bcc76bd0b3082125bb198fd1133383cc
/** The words of the knowledge check (src/components/Quiz), in Spanish: the same shape as src/i18n/en/quiz.ts. */
import type { QuizText } from '../en/quiz';

const preguntas = (n: number) => (n === 1 ? 'pregunta' : 'preguntas');
/** "la que falló" (1), "las 2 que falló". */
const lasFalladas = (n: number) => (n === 1 ? 'la que falló' : `las ${n} que falló`);

export const QUIZ_TEXT: QuizText = {
  missing: 'Esta prueba de conocimientos no está disponible.',
  intro:
    'Esto no es un examen. Revise cada respuesta a medida que avanza y vuelva a intentar las que falle cuantas veces quiera. Cuando todas las respuestas estén bien, la prueba está terminada. Sus respuestas se quedan en este dispositivo. No se envía nada a ninguna parte.',
  kindHint: {
    single: 'Elija una respuesta.',
    truefalse: '¿Verdadero o falso?',
    multiple: 'Elija todas las que correspondan.',
  },
  questionOf: (number, count) => `Pregunta ${number} de ${count}`,
  checkAnswer: 'Revisar respuesta',
  toQuestion: (number) => ` de la pregunta ${number}`,
  chooseFirst: 'Primero elija una respuesta y luego revísela.',
  markYourRight: 'su respuesta, correcta',
  markYourWrong: 'su respuesta, no es correcta',
  markRight: 'una respuesta correcta',
  right: 'Correcto.',
  notQuite: 'No exactamente.',
  youChose: 'Usted eligió',
  yourAnswer: 'Su respuesta',
  alsoRight: 'También es correcta y no la eligió',
  optionLead: (lead, option) => `${lead}: “${option}”.`,
  readThisPart: 'Lea esta parte del capítulo',
  allRight: (total) => `Terminada: respondió bien las ${total} preguntas.`,
  rightSoFar: (correct, total) => `${correct} de ${total} ${preguntas(total)} bien hasta ahora.`,
  doneBefore: (missed) =>
    `Usted terminó esta prueba en un intento anterior, así que sigue terminada. Si quiere, puede volver a intentar ${lasFalladas(missed)}.`,
  notDoneYet: (missed) =>
    `Los comentarios de arriba llevan a la parte del capítulo que trata cada respuesta. Cuando esté listo, vuelva a intentar ${lasFalladas(missed)}. Sus respuestas correctas se guardan. La prueba está terminada cuando todas las preguntas tienen la respuesta correcta.`,
  checkedSoFar: (answered, total) => `${answered} de ${total} ${preguntas(total)} revisadas.`,
  stillDone: ' Usted ya terminó esta prueba antes, así que sigue terminada.',
  retryMissed: (missed) =>
    missed === 1 ? 'Volver a intentar la que fallé' : `Volver a intentar las ${missed} que fallé`,
  startAgain: 'Empezar la prueba de nuevo',
  reset: 'Borrar esta prueba',
  resetQuestion: '¿Borrar sus respuestas y su resultado de esta prueba? No se puede deshacer.',
  resetConfirm: 'Sí, borrar',
};
