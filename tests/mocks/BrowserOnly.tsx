import React from 'react';

export default function BrowserOnly({ children }: { children: () => React.ReactNode }): React.ReactElement {
  return <>{children()}</>;
}
