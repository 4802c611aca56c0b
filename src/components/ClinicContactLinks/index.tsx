import React from 'react';
import { telHref, type ClinicContact } from '@site/src/config/clinic';
import { CLINIC_CONTACT_TEXT as T } from '@locale/clinicContact';

interface Props {
  readonly clinic: ClinicContact;
}

/**
 * The clinic's phone, after-hours line and email as tap-to-call and tap-to-email links, joined
 * by " · ". Renders nothing when the clinic gave none. Everything is shown as text.
 */
export default function ClinicContactLinks({ clinic }: Props): React.ReactElement | null {
  const parts: React.ReactNode[] = [];
  if (clinic.phone) {
    parts.push(
      <React.Fragment key="phone">
        {T.phone} <a href={telHref(clinic.phone)}>{clinic.phone}</a>
      </React.Fragment>,
    );
  }
  if (clinic.afterHoursPhone) {
    parts.push(
      <React.Fragment key="after-hours">
        {T.afterHours} <a href={telHref(clinic.afterHoursPhone)}>{clinic.afterHoursPhone}</a>
      </React.Fragment>,
    );
  }
  if (clinic.email) {
    parts.push(
      <React.Fragment key="email">
        {T.email} <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
      </React.Fragment>,
    );
  }
  if (parts.length === 0) return null;
  return (
    <span data-testid="clinic-contact">
      {parts.map((part, i) => (
        <React.Fragment key={i}>
          {i > 0 && ' · '}
          {part}
        </React.Fragment>
      ))}
    </span>
  );
}
