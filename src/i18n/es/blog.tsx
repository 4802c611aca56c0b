// translation_of: src/i18n/en/blog.tsx 03edea83cc38e0e5cac99cc2b908f344f314c66e
/** The note at the top of the Spanish list of blog posts (src/i18n/en/blog.tsx). */
import React from 'react';
import Link from '@docusaurus/Link';
import type { BLOG_TEXT as EN } from '../en/blog';

export const BLOG_TEXT: typeof EN = {
  postsInEnglish: (
    <>
      <strong>Las publicaciones del blog están en inglés.</strong> El curso está en español:{' '}
      <Link to="/learn/start-here">empiece aquí</Link>.
    </>
  ),
};
