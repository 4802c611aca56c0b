import React, { Suspense, lazy } from 'react';
import OfflineNotice from '@site/src/components/OfflineNotice';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';

// The progress store is only needed here to warn about storage problems, so it loads after
// the page has (keeping it out of the JavaScript every page needs before it can show).
const StorageNotice = lazy(() => import('@site/src/components/StorageNotice'));

/**
 * Wraps the whole site (Docusaurus' Root is empty by default): adds the notice shown when
 * progress cannot be kept on this device or the saved progress could not be read, after the
 * page in the DOM so that "Get help now" stays among the first things reached with the Tab
 * key. The offer of a newer version sits above the page, in its flow, so it covers nothing.
 */
export default function Root({ children }: { children: React.ReactNode }): React.ReactElement {
  const loaded = useAfterLoad();
  return (
    <>
      <OfflineNotice />
      {children}
      {loaded && (
        <Suspense fallback={null}>
          <StorageNotice />
        </Suspense>
      )}
    </>
  );
}
