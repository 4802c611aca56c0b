/**
 * Words of the printed plan handout (src/components/PlanHandout), in the reader's language: the
 * builder loads the handout words of the language the clinician chose for the client.
 */
export { getModule, moduleTitle, moduleTimeText } from './modules';
export { formatLongDate } from './dates';

export const PLAN_HANDOUT = {
  label: 'Printable handout',
  title: 'Your preparation plan',
  from: (clinicName: string) => `From ${clinicName}`,
  intro: (count: number, minutes: number, date: string | null) =>
    `Please read ${count === 1 ? 'this module' : `these ${count} modules, in this order`} (about ${minutes} minutes in all)${date ? `, by ${date}` : ''}. ${count === 1 ? 'It ends' : 'Each ends'} with a short check.`,
  about: (time: string) => `(about ${time})`,
  how: 'To open your plan, scan the code with your phone’s camera, or type this address:',
  shortNote:
    'The short address opens the same modules, without the message and date. The code and the full link below have everything.',
  fullLink: 'Full link:',
  free: 'The course is free and needs no account. Your progress stays on your own device. Follow your own care team’s instructions.',
};

export type PlanHandoutWords = typeof PLAN_HANDOUT;
