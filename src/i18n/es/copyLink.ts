// translation_of: src/i18n/en/copyLink.ts 4b6e9c2f2e629007d8e86dd29b4cb63166e95df6
/** The words of the copy-a-link field (src/components/CopyLink), in Spanish. */
import type { CopyLinkText } from '../en/copyLink';

export const COPY_LINK_TEXT: CopyLinkText = {
  copy: 'Copiar enlace',
  copied: 'Enlace copiado. Puede pegarlo en un mensaje o una carta.',
  manual:
    'No se pudo copiar en este navegador. El enlace está seleccionado: presione Ctrl+C (o Command+C en una Mac) para copiarlo.',
};
