import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ReviewDates from '@site/src/components/ReviewDates';
import PageSources from '@site/src/components/PageSources';

type Props = WrapperProps<typeof FooterType>;

interface ChapterFrontMatter {
  readonly last_reviewed?: unknown;
  readonly review_due?: unknown;
  readonly sources?: unknown;
}

// Adds, at the end of every chapter: its sources and its review dates.
export default function FooterWrapper(props: Props): React.ReactElement {
  const { frontMatter } = useDoc();
  const fm = frontMatter as ChapterFrontMatter;
  const sources = Array.isArray(fm.sources) ? fm.sources.map(String) : [];
  return (
    <>
      <PageSources ids={sources} />
      <ReviewDates lastReviewed={fm.last_reviewed} reviewDue={fm.review_due} />
      <Footer {...props} />
    </>
  );
}
