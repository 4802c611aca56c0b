import React, { useId, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { visibleModules } from '@site/src/config/clinic';
import { localIsoDate } from '@site/src/course/plan';
import { LIMITS, setInitials } from '@site/src/course/progress';
import { buildSummary, summaryLink, summaryLinkProblem } from '@site/src/course/summary';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import { useSiteRoot } from '@site/src/hooks/useSiteRoot';
import CopyLink from '@site/src/components/CopyLink';
import SummaryDetails from '@site/src/components/SummaryDetails';
import styles from './styles.module.css';

/**
 * "My preparation summary" (/summary): the reader's own progress on one printable page, and,
 * only if the reader asks for it, a link they can send to their clinician themselves.
 */
export default function MySummary(): React.ReactElement {
  const config = useClinicConfig();
  const modules = visibleModules(config);
  const { progress, ready, update } = useProgress();
  const siteRoot = useSiteRoot();
  const [includeQuestions, setIncludeQuestions] = useState(false);
  const [includeInitials, setIncludeInitials] = useState(false);
  const [linkWanted, setLinkWanted] = useState(false);
  const includeId = useId();
  const initialsId = useId();
  const initialsHintId = useId();
  const includeInitialsId = useId();

  if (!ready) {
    return (
      <div className={styles.view}>
        <p data-testid="summary-loading">
          Loading your summary… It is made from the progress kept in this browser, so it appears once the page has
          loaded.
        </p>
      </div>
    );
  }

  const today = localIsoDate();
  const summary = buildSummary(progress, modules, today);
  const shared = buildSummary(progress, modules, today, { includeQuestions, includeInitials });
  const linkProblem = summaryLinkProblem(shared);
  const link = siteRoot && !linkProblem ? summaryLink(siteRoot, shared) : null;
  const checklistShown = modules.some((m) => m.id === 'what-to-expect');

  return (
    <div className={styles.view}>
      <div className={clsx('no-print', styles.field)}>
        <label htmlFor={initialsId} className={styles.label}>
          Your initials or name (optional)
        </label>
        <p id={initialsHintId} className={styles.hint}>
          Shown at the top of your summary, so your care team knows it is yours. Kept only on this device, and in a link
          only if you choose below.
        </p>
        <input
          id={initialsId}
          type="text"
          className={styles.input}
          maxLength={LIMITS.initialsLength}
          autoComplete="off"
          value={progress.initials ?? ''}
          aria-describedby={initialsHintId}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((p) => setInitials(p, value));
          }}
        />
      </div>
      <SummaryDetails
        summary={summary}
        modules={modules}
        showChecklist={checklistShown}
        noQuestions={
          <p>
            You have not written any questions yet.{' '}
            {checklistShown && (
              <>
                You can write them under <Link to="/learn/what-to-expect#checklist">Your checklist</Link>.
              </>
            )}
          </p>
        }
      />

      <div className={clsx('no-print', styles.actions)}>
        <Heading as="h2" id="print-or-share">
          Print it or share it
        </Heading>
        <p>You can print this page and bring it to your appointment, or save it as a PDF from the print window.</p>
        <button type="button" className={clsx('button button--primary', styles.button)} onClick={() => window.print()}>
          Print my summary
        </button>

        <Heading as="h3" className={styles.shareHeading}>
          Make a link for your clinician (optional)
        </Heading>
        <p>
          Only you decide whether to share. The site sends nothing: it makes a link that holds this summary, and you
          choose whether to send it, for example by email. Anyone who has the link can read what is in it.
        </p>
        <div className={styles.option}>
          <input
            id={includeId}
            type="checkbox"
            className={styles.checkbox}
            checked={includeQuestions}
            onChange={(e) => setIncludeQuestions(e.currentTarget.checked)}
          />
          <label htmlFor={includeId}>Include my questions in the link</label>
        </div>
        {progress.initials && (
          <div className={styles.option}>
            <input
              id={includeInitialsId}
              type="checkbox"
              className={styles.checkbox}
              checked={includeInitials}
              onChange={(e) => setIncludeInitials(e.currentTarget.checked)}
            />
            <label htmlFor={includeInitialsId}>Include my initials or name in the link</label>
          </div>
        )}
        {!linkWanted ? (
          <button
            type="button"
            className={clsx('button button--secondary', styles.button)}
            onClick={() => setLinkWanted(true)}
          >
            Make a link to share
          </button>
        ) : linkProblem ? (
          <p className={styles.error} role="alert">
            {linkProblem}
          </p>
        ) : link ? (
          <CopyLink link={link} label="Summary link" />
        ) : null}
      </div>
    </div>
  );
}
