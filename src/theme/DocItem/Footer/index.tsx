import React, { Suspense, lazy } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ReviewDates from '@site/src/components/ReviewDates';
import ReportErrorLink from '@site/src/components/ReportErrorLink';
import { MODULES } from '@site/src/course/modules';
import { REPORT_TEXT } from '@locale/report';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

// Loaded only on module chapters (whose knowledge check already brings in the progress store),
// so other docs pages do not download it.
const MarkAsRead = lazy(() => import('@site/src/components/MarkAsRead'));

interface ChapterFrontMatter {
  readonly last_reviewed?: unknown;
  readonly review_due?: unknown;
}

// Adds, at the end of every chapter: the reader's plan bar with "mark as read" (module chapters
// only), the review dates and "Report a problem with this page". (The page's sources are added to the page itself at build time by
// src/plugins/remarkCourseData.ts.)
export default function FooterWrapper(props: Props): React.ReactElement {
  const { frontMatter, metadata } = useDoc();
  const fm = frontMatter as ChapterFrontMatter;
  const courseModule = MODULES.find((m) => m.docId === metadata.id);
  const isBrowser = useIsBrowser();
  return (
    <>
      {courseModule && isBrowser && (
        <Suspense fallback={null}>
          <MarkAsRead moduleId={courseModule.id} />
        </Suspense>
      )}
      <ReviewDates lastReviewed={fm.last_reviewed} reviewDue={fm.review_due} />
      <p className={styles.report}>
        <ReportErrorLink pageTitle={metadata.title}>{REPORT_TEXT.link}</ReportErrorLink>
      </p>
      <Footer {...props} />
    </>
  );
}
