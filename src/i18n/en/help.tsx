/** Words of the "Get help now" page (src/pages/help.tsx). The lines come from the clinic config. */
import React from 'react';

export const HELP_TEXT = {
  title: 'Get help now',
  description: 'Crisis lines you can call or text right now, day or night.',
  crisisHeading: 'Crisis lines, open 24 hours',
  crisisNote: 'Free, day or night. You do not have to give your name.',
  danger: (
    <>
      <strong>If you or someone else is in immediate danger, call your local emergency number now.</strong> If you are
      thinking about suicide or are in crisis, you can talk to someone right now.
    </>
  ),
  notCare:
    'This course is education. It is not medical advice and not emergency care. Nobody watches this site or reads what you do here.',
  /** The clinic's contacts, for questions about care (not a crisis). */
  clinicContact: (name: string, contacts: React.ReactNode) => (
    <>
      For questions about your care, contact <strong>{name}</strong>: {contacts}. For a crisis, use the crisis lines
      above.
    </>
  ),
  otherHeading: 'Other support (not crisis lines)',
  otherNote: 'These lines can help, but they are not for a crisis. In a crisis, use the crisis lines above.',
  afterHeading: 'After a ketamine session',
  after:
    'If something worries you after a session, call the clinic that treated you. For chest pain, trouble breathing, or confusion that does not clear, call your emergency number.',
};
