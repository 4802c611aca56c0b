/**
 * Words of the note at the top of a translated edition's list of blog posts: the posts are not
 * translated. English pages show no note; these are the source the translations follow.
 */
import React from 'react';
import Link from '@docusaurus/Link';

export const BLOG_TEXT = {
  postsInEnglish: (
    <>
      <strong>The blog posts are in English.</strong> The course itself is in this language:{' '}
      <Link to="/learn/start-here">start here</Link>.
    </>
  ),
};
