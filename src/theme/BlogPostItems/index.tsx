import React from 'react';
import BlogPostItems from '@theme-original/BlogPostItems';
import type BlogPostItemsType from '@theme/BlogPostItems';
import type { WrapperProps } from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { SOURCE_LOCALE } from '@site/src/i18n/locales';
import { BLOG_TEXT } from '@locale/blog';
import styles from './styles.module.css';

type Props = WrapperProps<typeof BlogPostItemsType>;

// Blog posts are not translated. In a translated edition, the list of posts says so at the top,
// in the edition's language, and marks the posts as English for screen readers and voices.
export default function BlogPostItemsWrapper(props: Props): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  if (i18n.currentLocale === SOURCE_LOCALE) return <BlogPostItems {...props} />;
  return (
    <>
      <p className={styles.note} data-testid="blog-language-note">
        {BLOG_TEXT.postsInEnglish}
      </p>
      <div lang="en">
        <BlogPostItems {...props} />
      </div>
    </>
  );
}
