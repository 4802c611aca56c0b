/**
 * The words around the "What to expect" checklist (src/components/Checklist), in English.
 * The items themselves are in `@locale/checklist`.
 */
export interface ChecklistUiText {
  readonly label: string;
  readonly firstStrong: string;
  readonly firstRest: string;
  /** "3 of 23 done" */
  readonly done: (done: number, total: number) => string;
  readonly whyThisMatters: string;
  readonly readMore: string;
  readonly notesLabel: string;
  readonly notesHint: string;
  readonly print: string;
  readonly untick: string;
  readonly untickQuestion: (total: number) => string;
  readonly untickConfirm: string;
}

export const CHECKLIST_UI_TEXT: ChecklistUiText = {
  label: 'What to expect checklist',
  firstStrong: 'Your clinic’s own instructions come first.',
  firstRest:
    'This list describes what is common. If your care team tells you something different, follow your care team.',
  done: (done, total) => `${done} of ${total} done`,
  whyThisMatters: 'Why this matters',
  readMore: 'Read more in the chapter',
  notesLabel: 'My questions for my care team',
  notesHint: 'Private: kept only in this browser on this device, never sent anywhere. It is included when you print.',
  print: 'Print / save as PDF',
  untick: 'Untick everything',
  untickQuestion: (total) => `Untick all ${total} items? Your notes are kept.`,
  untickConfirm: 'Yes, untick all',
};
