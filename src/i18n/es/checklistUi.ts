// translation_of: src/i18n/en/checklistUi.ts 0f4536359f69359b4eb4a95d91ac2bcaec59b1b7
/** The words around the "What to expect" checklist (src/components/Checklist), in Spanish. */
import type { ChecklistUiText } from '../en/checklistUi';

export const CHECKLIST_UI_TEXT: ChecklistUiText = {
  label: 'Lista de verificación de qué esperar',
  firstStrong: 'Las instrucciones de su clínica van primero.',
  firstRest:
    'Esta lista describe lo que es común. Si su equipo de atención le dice algo distinto, siga lo que le dice su equipo de atención.',
  done: (done, total) => `${done} de ${total} hechos`,
  whyThisMatters: 'Por qué es importante',
  readMore: 'Lea más en el capítulo',
  notesLabel: 'Mis preguntas para mi equipo de atención',
  notesHint:
    'Privado: se guarda solo en este navegador, en este dispositivo, y nunca se envía a ninguna parte. Se incluye cuando usted imprime.',
  print: 'Imprimir / guardar como PDF',
  untick: 'Desmarcar todo',
  untickQuestion: (total) => `¿Desmarcar los ${total} puntos? Sus notas se guardan.`,
  untickConfirm: 'Sí, desmarcar todo',
};
