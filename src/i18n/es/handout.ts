// translation_of: src/i18n/en/handout.ts 59933fbf7562baa4335211311a391e34ff9b2e02
/** Words of the printed plan handout, in Spanish (for a reader the clinician chose Spanish for). */
import type { PlanHandoutWords } from '../en/handout';

export { getModule, moduleTitle, moduleTimeText } from './modules';
export { formatLongDate } from './dates';

export const PLAN_HANDOUT: PlanHandoutWords = {
  label: 'Folleto para imprimir',
  title: 'Su plan de preparación',
  from: (clinicName) => `De ${clinicName}`,
  intro: (count, minutes, date) =>
    `Por favor, lea ${count === 1 ? 'este módulo' : `estos ${count} módulos`}${count === 1 ? '' : ', en este orden'} (unos ${minutes} minutos en total)${date ? `, antes del ${date}` : ''}. ${count === 1 ? 'Termina' : 'Cada uno termina'} con una prueba corta.`,
  about: (time) => `(unos ${time})`,
  how: 'Para abrir su plan, escanee el código con la cámara de su teléfono, o escriba esta dirección:',
  shortNote:
    'La dirección corta abre los mismos módulos, sin el mensaje ni la fecha. El código y el enlace completo de abajo tienen todo.',
  fullLink: 'Enlace completo:',
  free: 'El curso es gratis y no necesita cuenta. Su progreso se queda en su propio dispositivo. Siga las indicaciones de su propio equipo de atención.',
};
