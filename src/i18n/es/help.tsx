// translation_of: src/i18n/en/help.tsx 4a57e400ea3f392ebc80fc2195224db0786248b5
/** Words of the "Obtenga ayuda ahora" page, in Spanish (src/i18n/en/help.tsx). */
import React from 'react';
import type { HELP_TEXT as EN } from '../en/help';

export const HELP_TEXT: typeof EN = {
  title: 'Obtenga ayuda ahora',
  description: 'Líneas de crisis a las que puede llamar o escribir ahora mismo, de día o de noche.',
  crisisHeading: 'Líneas de crisis, 24 horas',
  crisisNote: 'Gratis, de día o de noche. No tiene que dar su nombre.',
  danger: (
    <>
      <strong>
        Si usted u otra persona está en peligro inmediato, llame ahora al número de emergencias de su zona.
      </strong>{' '}
      Si piensa en el suicidio o está en una crisis, puede hablar con alguien ahora mismo.
    </>
  ),
  notCare:
    'Este curso es educativo. No es consejo médico ni atención de emergencia. Nadie vigila este sitio ni lee lo que usted hace aquí.',
  clinicContact: (name: string, contacts: React.ReactNode) => (
    <>
      Si tiene preguntas sobre su atención, comuníquese con <strong>{name}</strong>: {contacts}. En una crisis, use las
      líneas de crisis de arriba.
    </>
  ),
  otherHeading: 'Otro apoyo (no son líneas de crisis)',
  otherNote:
    'Estas líneas pueden ayudar, pero no son para una crisis. En una crisis, use las líneas de crisis de arriba.',
  afterHeading: 'Después de una sesión con ketamina',
  after:
    'Si algo le preocupa después de una sesión, llame a la clínica que le dio el tratamiento. Si tiene dolor en el pecho, problemas para respirar o una confusión que no se pasa, llame al número de emergencias.',
};
