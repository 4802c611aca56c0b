// translation_of: src/i18n/en/markAsRead.ts c07ed5b7dc676d6670af288fcca8da1a72a9d9f3
/** The words of "Mark as read" at the end of a module chapter (src/components/MarkAsRead), in Spanish. */
import type { MarkAsReadText } from '../en/markAsRead';

export const MARK_AS_READ_TEXT: MarkAsReadText = {
  read: 'Leído',
  undo: 'Deshacer',
  undoLabel: 'Deshacer: marcar este módulo como no leído',
  mark: 'Marcar como leído',
  goToCheck: 'Ir a la prueba de conocimientos',
  seeProgress: 'Ver mi progreso',
  complete: 'Terminado: usted leyó este módulo y terminó su prueba de conocimientos.',
  readNotPassed: 'Usted marcó este módulo como leído. Su prueba de conocimientos todavía no está terminada.',
  passedNotRead: 'Usted terminó la prueba de conocimientos. Marque el módulo como leído cuando lo haya leído todo.',
  notRead: 'Todavía no está marcado como leído.',
};
