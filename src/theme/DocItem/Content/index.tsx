import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import Listen from '@site/src/components/Listen';
import TranslationNotice from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

// On a translated page, the translation notice first (it renders nothing on English pages).
// "Listen" right before the chapter's text (which it reads). Keyed by the address, so moving to
// another page stops the reading and starts fresh.
export default function ContentWrapper(props: Props): React.ReactElement {
  const { pathname } = useLocation();
  return (
    <>
      <TranslationNotice />
      <Listen key={pathname} />
      <Content {...props} />
    </>
  );
}
