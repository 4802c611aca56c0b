// translation_of: src/i18n/en/confirm.ts 02074f91158aa1f52e09d4f4238714e92ae9c3f7
/** The words of the ask-before-doing button (src/components/ConfirmButton), in Spanish. */
import type { ConfirmText } from '../en/confirm';

export const CONFIRM_TEXT: ConfirmText = {
  cancel: 'Cancelar',
};
