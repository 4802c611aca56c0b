/** The words of the ask-before-doing button (src/components/ConfirmButton), in English. */
export interface ConfirmText {
  readonly cancel: string;
}

export const CONFIRM_TEXT: ConfirmText = {
  cancel: 'Cancel',
};
