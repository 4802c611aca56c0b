import React from 'react';
import Content from '@theme-original/BlogPostItem/Content';
import type ContentType from '@theme/BlogPostItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import Listen from '@site/src/components/Listen';

type Props = WrapperProps<typeof ContentType>;

// "Listen" right before a blog post's text, on the post's own page (not in the list of posts).
export default function ContentWrapper(props: Props): React.ReactElement {
  const { pathname } = useLocation();
  const { isBlogPostPage } = useBlogPost();
  return (
    <>
      {isBlogPostPage && <Listen key={pathname} />}
      <Content {...props} />
    </>
  );
}
