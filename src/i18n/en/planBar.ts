/** Words of the plan bar and "Next in your plan" at the end of a chapter (src/components/PlanStatus). */

/** Who the summary goes to: "your clinic" when the plan names one, else "your care team". */
function recipient(clinicName: string): string {
  return clinicName ? 'your clinic' : 'your care team';
}

export const PLAN_BAR = {
  label: 'Your plan',
  from: (clinicName: string) => (clinicName ? `Your plan from ${clinicName}` : 'Your plan'),
  done: (done: number, total: number) => `${done} of ${total} done`,
  next: 'next:',
  lastStep: 'last step:',
  sendSummary: (clinicName: string) => `send your summary to ${recipient(clinicName)}`,
  nextInPlan: (title: string) => `Next in your plan: ${title}`,
  lastStepButton: (title: string) => `Last step: ${title}`,
};

export type PlanBarWords = typeof PLAN_BAR;
