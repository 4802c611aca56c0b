// translation_of: src/i18n/en/offline.ts f65f6cad45481b11c7195c994db9b4309b073433
/** The words of "Read without a connection" on My progress (src/components/OfflineSave), in Spanish. */
import type { OfflineText } from '../en/offline';

export const OFFLINE_TEXT: OfflineText = {
  heading: 'Leer sin conexión',
  intro:
    'Las páginas que usted abre se guardan en este navegador, así que se abren de nuevo sin conexión. También puede guardar todo el curso de una vez. No se envía nada a ninguna parte.',
  whatIsKept: 'Qué se guarda y cómo quitarlo',
  checking: 'Revisando lo que está guardado en este dispositivo…',
  failure: (failure) => {
    switch (failure) {
      case 'no-space':
        return 'No hay suficiente espacio libre en este dispositivo.';
      case 'offline':
        return 'No hay conexión en este momento.';
      case 'connection-lost':
        return 'Se perdió la conexión.';
      case 'other':
        return 'Algo salió mal durante la descarga.';
    }
  },
  saveButton: (size) => `Guardar todo el curso para leerlo sin conexión (alrededor de ${size})`,
  removeButton: 'Quitar la copia sin conexión de este dispositivo',
  unavailable:
    'Este navegador no puede guardar una copia del curso en este dispositivo (las ventanas privadas muchas veces no pueden). Usted todavía puede leerlo en línea.',
  noList: (reason) =>
    `No se puede guardar el curso en este momento. ${reason} Inténtelo de nuevo cuando tenga conexión.`,
  tryAgain: 'Intentar de nuevo',
  saving: 'Guardando el curso en este dispositivo…',
  filesSaved: (done, total) => `${done} de ${total} archivos guardados`,
  allSaved: 'Todo el curso está guardado en este dispositivo. Puede leer todos los capítulos sin conexión.',
  sizes: (download, space) =>
    `Guardarlo usa alrededor de ${download} de datos y alrededor de ${space} de espacio en este dispositivo.`,
  failed: (reason) =>
    `Se detuvo el guardado. ${reason} Lo que ya se guardó se queda en este dispositivo. Puede intentarlo de nuevo más tarde.`,
  removed:
    'Se quitó la copia sin conexión de este dispositivo. Las páginas que abra de ahora en adelante se guardarán otra vez a medida que lee.',
  saveDataNote:
    'Su navegador está configurado para ahorrar datos, así que el curso nunca se guarda solo. Igual puede guardarlo si quiere, por ejemplo con wifi.',
};
