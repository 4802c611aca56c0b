/** The words of "Mark as read" at the end of a module chapter (src/components/MarkAsRead), in English. */
export interface MarkAsReadText {
  readonly read: string;
  readonly undo: string;
  readonly undoLabel: string;
  readonly mark: string;
  readonly goToCheck: string;
  readonly seeProgress: string;
  readonly complete: string;
  readonly readNotPassed: string;
  readonly passedNotRead: string;
  readonly notRead: string;
}

export const MARK_AS_READ_TEXT: MarkAsReadText = {
  read: 'Read',
  undo: 'Undo',
  undoLabel: 'Undo: mark this module as not read',
  mark: 'Mark as read',
  goToCheck: 'Go to the knowledge check',
  seeProgress: 'See my progress',
  complete: 'Done: you have read this module and finished its knowledge check.',
  readNotPassed: 'You marked this module as read. Its knowledge check is not done yet.',
  passedNotRead: 'You finished the knowledge check. Mark the module as read when you have read it all.',
  notRead: 'Not marked as read yet.',
};
