// translation_of: src/i18n/en/planBar.ts 3b31de6297d7e2c5bbf92f1aad7d475bb1878231
/** Words of the plan bar and "Next in your plan" at the end of a chapter, in Spanish. */
import type { PlanBarWords } from '../en/planBar';

function recipient(clinicName: string): string {
  return clinicName ? 'su clínica' : 'su equipo de atención';
}

export const PLAN_BAR: PlanBarWords = {
  label: 'Su plan',
  from: (clinicName) => (clinicName ? `Su plan de ${clinicName}` : 'Su plan'),
  done: (done, total) => `${done} de ${total} completados`,
  next: 'siguiente:',
  lastStep: 'último paso:',
  sendSummary: (clinicName) => `envíe su resumen a ${recipient(clinicName)}`,
  nextInPlan: (title) => `Siguiente en su plan: ${title}`,
  lastStepButton: (title) => `Último paso: ${title}`,
};
