import React from 'react';

export default function Heading({
  as: Tag = 'h2',
  ...rest
}: React.HTMLAttributes<HTMLHeadingElement> & { as?: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' }): React.ReactElement {
  return <Tag {...rest} />;
}
