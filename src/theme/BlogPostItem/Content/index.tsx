import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Listen from '@site/src/components/Listen';
import { SOURCE_LOCALE } from '@site/src/i18n/locales';

type Props = WrapperProps<typeof ContentType>;

// "Listen" right before a blog post's text, on the post's own page (not in the list of posts).
// Posts are not translated: in a translated edition their text is marked as English.
export default function ContentWrapper(props: Props): React.ReactElement {
  const { pathname } = useLocation();
  const { isBlogPostPage } = useBlogPost();
  const { i18n } = useDocusaurusContext();
  const content = <Content {...props} />;
  return (
    <>
      {isBlogPostPage && <Listen key={pathname} />}
      {i18n.currentLocale === SOURCE_LOCALE ? content : <div lang="en">{content}</div>}
    </>
  );
}
