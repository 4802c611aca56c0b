// translation_of: src/i18n/en/notices.ts 756102ad2729b2c0ba44ea2e01f0973fd1617ef5
/** The words of the notices every page may show, in Spanish: the same shape as src/i18n/en/notices.ts. */
import type { NoticesText } from '../en/notices';

export const NOTICES_TEXT: NoticesText = {
  storage: (status) => {
    switch (status.kind) {
      case 'unavailable':
        return 'Este navegador no deja que el sitio guarde nada, así que su progreso no se guardará en este dispositivo después de cerrar esta pestaña. Todo lo demás sigue funcionando.';
      case 'write-failed':
        return 'Su progreso más reciente no se pudo guardar en este dispositivo (el espacio de guardado del navegador puede estar lleno o bloqueado). Todo lo demás sigue funcionando.';
      case 'recovered':
        return status.keptAs
          ? 'El progreso guardado en este dispositivo no se pudo leer, así que usted empieza de nuevo. Los datos anteriores se apartaron; no se borraron.'
          : 'El progreso guardado en este dispositivo no se pudo leer, así que usted empieza de nuevo. Para proteger los datos anteriores, el nuevo progreso no se guardará encima de ellos.';
      default:
        return null;
    }
  },
  storageRegion: 'Sobre su progreso guardado',
  aboutProgress: 'Sobre su progreso',
  dismiss: 'Cerrar',
  dismissWhat: ' este aviso',
  newerVersion:
    'Hay una versión más nueva del curso. Vuelva a cargar la página cuando le convenga: su progreso se guarda.',
  reloadNow: 'Volver a cargar ahora',
  later: 'Más tarde',
};
