import React from 'react';
import { visibleModules } from '@locale/modules';
import { readSummaryHash } from '@site/src/course/summary';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useLocationHash } from '@site/src/hooks/useLocationHash';
import LinkProblems from '@site/src/components/LinkProblems';
import SummaryDetails from '@site/src/components/SummaryDetails';
import { SHARED_SUMMARY as W } from '@locale/summary';
import styles from './styles.module.css';

/**
 * A summary a reader chose to send (/summary/view#s=...), for their clinician to read. Read-only:
 * nothing here is saved or sent. Valid parts are shown; the rest is explained.
 */
export default function SharedSummary(): React.ReactElement {
  return (
    <div className={styles.view}>
      <SharedSummaryContent />
    </div>
  );
}

function SharedSummaryContent(): React.ReactElement {
  const config = useClinicConfig();
  const modules = visibleModules(config);
  const hash = useLocationHash();

  if (hash === null) return <p data-testid="summary-loading">{W.loading}</p>;
  const decoded = readSummaryHash(hash);
  if (!decoded) {
    return <p data-testid="summary-none">{W.none}</p>;
  }
  return (
    <>
      <LinkProblems
        title={decoded.summary ? W.someUnreadable : W.unreadable}
        problems={decoded.problems.map((p) => ({ code: p.code, message: W.problem(p) }))}
      />
      {decoded.summary && (
        <SummaryDetails
          summary={decoded.summary}
          modules={modules}
          showChecklist={modules.some((m) => m.id === 'what-to-expect')}
          noQuestions={<p>{W.noQuestions}</p>}
        />
      )}
    </>
  );
}
