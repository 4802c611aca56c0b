import React, { useId, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { visibleModules } from '@locale/modules';
import { localIsoDate } from '@site/src/course/plan';
import { LIMITS, setInitials } from '@site/src/course/progress';
import { SUMMARY_LIMITS, buildSummary, summaryLink, summaryLinkProblemKind } from '@site/src/course/summary';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import { useSiteRoot } from '@site/src/hooks/useSiteRoot';
import CopyLink from '@site/src/components/CopyLink';
import SummaryDetails from '@site/src/components/SummaryDetails';
import { MY_SUMMARY as W } from '@locale/summary';
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
        <p data-testid="summary-loading">{W.loading}</p>
      </div>
    );
  }

  const today = localIsoDate();
  const summary = buildSummary(progress, modules, today);
  const shared = buildSummary(progress, modules, today, { includeQuestions, includeInitials });
  const problemKind = summaryLinkProblemKind(shared);
  const linkProblem =
    problemKind === 'too-long'
      ? W.questionsTooLong(shared.questions.length, SUMMARY_LIMITS.questions)
      : problemKind === 'control'
        ? W.questionsControl
        : null;
  const link = siteRoot && !linkProblem ? summaryLink(siteRoot, shared) : null;
  const checklistShown = modules.some((m) => m.id === 'what-to-expect');

  return (
    <div className={styles.view}>
      <div className={clsx('no-print', styles.field)}>
        <label htmlFor={initialsId} className={styles.label}>
          {W.initials}
        </label>
        <p id={initialsHintId} className={styles.hint}>
          {W.initialsHint}
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
            {W.noQuestions}{' '}
            {checklistShown && (
              <>
                {W.writeThem[0]} <Link to="/learn/what-to-expect#checklist">{W.writeThem[1]}</Link>
                {W.writeThem[2]}
              </>
            )}
          </p>
        }
      />

      <div className={clsx('no-print', styles.actions)}>
        <Heading as="h2" id="print-or-share">
          {W.printHeading}
        </Heading>
        <p>{W.printText}</p>
        <button type="button" className={clsx('button button--primary', styles.button)} onClick={() => window.print()}>
          {W.print}
        </button>

        <Heading as="h3" className={styles.shareHeading}>
          {W.shareHeading}
        </Heading>
        <p>{W.shareText}</p>
        <div className={styles.option}>
          <input
            id={includeId}
            type="checkbox"
            className={styles.checkbox}
            checked={includeQuestions}
            onChange={(e) => setIncludeQuestions(e.currentTarget.checked)}
          />
          <label htmlFor={includeId}>{W.includeQuestions}</label>
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
            <label htmlFor={includeInitialsId}>{W.includeInitials}</label>
          </div>
        )}
        {!linkWanted ? (
          <button
            type="button"
            className={clsx('button button--secondary', styles.button)}
            onClick={() => setLinkWanted(true)}
          >
            {W.makeLink}
          </button>
        ) : linkProblem ? (
          <p className={styles.error} role="alert">
            {linkProblem}
          </p>
        ) : link ? (
          <CopyLink link={link} label={W.summaryLink} />
        ) : null}
      </div>
    </div>
  );
}
