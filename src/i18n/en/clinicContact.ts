/** The labels of a clinic's contact links (src/components/ClinicContactLinks), in English. */
export interface ClinicContactText {
  readonly phone: string;
  readonly afterHours: string;
  readonly email: string;
}

export const CLINIC_CONTACT_TEXT: ClinicContactText = {
  phone: 'Phone',
  afterHours: 'After hours',
  email: 'Email',
};
