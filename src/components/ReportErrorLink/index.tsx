import React from 'react';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';

interface Props {
  readonly children: React.ReactNode;
}

/** A link to where errors in the content are reported: `reportErrorUrl` in the clinic config. */
export default function ReportErrorLink({ children }: Props): React.ReactElement {
  const { reportErrorUrl } = useClinicConfig();
  return (
    <a href={reportErrorUrl} rel="noopener noreferrer">
      {children}
    </a>
  );
}
