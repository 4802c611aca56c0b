// translation_of: src/i18n/en/clinicContact.ts d0526d632ada82e9fb8bde2dd907a89d598c2f07
/** The labels of a clinic's contact links (src/components/ClinicContactLinks), in Spanish. */
import type { ClinicContactText } from '../en/clinicContact';

export const CLINIC_CONTACT_TEXT: ClinicContactText = {
  phone: 'Teléfono',
  afterHours: 'Fuera del horario de atención',
  email: 'Correo electrónico',
};
