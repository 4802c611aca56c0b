// translation_of: src/data/suggestedPlans.ts 7194b31defed0a29e4ac64b68832b29c0db893aa
/** The suggested plans' words in Spanish, by plan id (the same ids as src/data/suggestedPlans.ts). */
import type { SuggestedPlanText } from '../en/suggestedPlans';

export const SUGGESTED_PLAN_TEXT: Readonly<Record<string, SuggestedPlanText>> = {
  'first-consultation': {
    title: 'Antes de la primera consulta',
    when: 'Para una persona que está pensando en la KAP y tiene una evaluación o una primera cita.',
  },
  'first-dosing': {
    title: 'Antes de la primera sesión de dosis',
    when: 'Para un cliente que ya tuvo su evaluación y se prepara para su primera sesión de dosis.',
  },
  integration: {
    title: 'Después de una sesión: integración',
    when: 'Para un cliente en los días y semanas después de una sesión de dosis.',
  },
};
