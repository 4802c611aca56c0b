import React from 'react';

// Stand-in for @docusaurus/Link in component tests: a plain anchor with the same address.
export default function Link({
  to,
  href,
  children,
  ...rest
}: React.AnchorHTMLAttributes<HTMLAnchorElement> & { to?: string }): React.ReactElement {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
