import React, { Suspense, lazy } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';
import { OFFLINE_TEXT as T } from '@locale/offline';
import styles from './styles.module.css';

// The saving code loads only here, once the page has settled: no other page carries it.
const OfflineSaveControls = lazy(() => import('./Controls'));

/** Anchor of this section on My progress (the footer links to it). */
export const OFFLINE_SECTION_ID = 'offline';

/**
 * "Read without a connection" on My progress: the pages a reader opens are kept as they go;
 * the whole course is saved only when the reader presses the button, and can be removed.
 */
export default function OfflineSave(): React.ReactElement {
  const loaded = useAfterLoad();
  const checking = <p>{T.checking}</p>;
  return (
    <section aria-labelledby={OFFLINE_SECTION_ID} className={styles.section}>
      <Heading as="h2" id={OFFLINE_SECTION_ID}>
        {T.heading}
      </Heading>
      <p>
        {T.intro} <Link to="/privacy#offline">{T.whatIsKept}</Link>
      </p>
      {loaded ? (
        <Suspense fallback={checking}>
          <OfflineSaveControls />
        </Suspense>
      ) : (
        checking
      )}
    </section>
  );
}
