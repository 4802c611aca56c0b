import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { visibleModules } from '@locale/modules';
import { PRESET_PARAM } from '@site/src/config/redirects';
import { fragmentParam } from '@site/src/course/linkCodec';
import type { CourseModule } from '@site/src/course/modules';
import { suggestedPlansFor } from '@site/src/data/suggestedPlans';
import {
  PLAN_PATH,
  isUsablePlan,
  localIsoDate,
  samePlan,
  sanitizePlan,
  type DecodedPlan,
  type Plan,
} from '@site/src/course/plan';
import { pathInLanguage, readPlanHash } from '@site/src/course/planLink';
import { setPlan } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useLocationHash } from '@site/src/hooks/useLocationHash';
import { useProgress } from '@site/src/hooks/useProgress';
import { useLanguages } from '@site/src/hooks/useLanguages';
import { LOCALE_INFO } from '@site/src/i18n/locales';
import { PLAN_VIEW } from '@locale/plan';
import ConfirmButton from '@site/src/components/ConfirmButton';
import LinkProblems from '@site/src/components/LinkProblems';
import PlanDetails from './PlanDetails';
import styles from './styles.module.css';

type Decision = 'none' | 'kept' | 'replaced' | 'removed';

/**
 * A suggested plan named in the hash (#preset=first-dosing), where a short address such as
 * /plan/first-dose leads: read like a plan link, with this copy's clinic name. Null when the hash
 * names none.
 */
function readPreset(hash: string, modules: readonly CourseModule[], clinicName: string): DecodedPlan | null {
  const id = fragmentParam(hash, PRESET_PARAM);
  if (id === null) return null;
  const suggested = suggestedPlansFor(modules).find((p) => p.id === id);
  if (!suggested) {
    return {
      plan: null,
      problems: [{ code: 'unknown-preset', message: PLAN_VIEW.unknownPreset }],
    };
  }
  return sanitizePlan(
    { modules: suggested.modules, clinicName, message: '', targetDate: '' },
    { available: modules.map((m) => m.id) },
  );
}

/**
 * "Your preparation plan" (/plan). Reads a plan from the link (#p=...), keeps every valid part
 * and explains the rest, and saves it on this device. A plan from a damaged or cut-off link is
 * shown with its problems and saved only if the reader says so; a different plan replaces a
 * saved one only after the reader says so. Without a link it shows the saved plan, if any.
 */
export default function PlanView(): React.ReactElement {
  const config = useClinicConfig();
  const modules = visibleModules(config);
  const available = modules.map((m) => m.id);
  const hash = useLocationHash();
  const { progress, ready, status, update } = useProgress();
  const [decision, setDecision] = useState<Decision>('none');
  const [announcement, setAnnouncement] = useState('');
  const planHeadingId = useId();
  const focusPlan = useRef(false);

  // After "keep" or "remove", the link in the address bar no longer counts.
  const linkActive = decision !== 'kept' && decision !== 'removed';
  const incoming: DecodedPlan | null =
    hash === null || !linkActive
      ? null
      : (readPlanHash(hash, { available }) ?? readPreset(hash, modules, config.clinic?.name ?? ''));
  const incomingPlan: Plan | null = incoming && isUsablePlan(incoming.plan) ? incoming.plan : null;
  // A plan from a damaged or cut-off link may be missing modules or its message: the reader sees
  // what could be read, and decides whether to save it.
  const partial = !!incoming && incoming.problems.length > 0;
  const savedDecoded = ready && progress.plan ? sanitizePlan(progress.plan, { available }) : null;
  const saved: Plan | null = savedDecoded && isUsablePlan(savedDecoded.plan) ? savedDecoded.plan : null;
  const conflict = !!incomingPlan && !!saved && !samePlan(saved, incomingPlan) && decision === 'none';
  const shouldSave = ready && !!incomingPlan && !saved && decision === 'none' && !partial;
  const askToSave = ready && !!incomingPlan && !saved && decision === 'none' && partial;

  // A plan link with nothing saved yet: save it straight away.
  useEffect(() => {
    if (!shouldSave || !incomingPlan) return;
    update((p) => setPlan(p, incomingPlan));
    setAnnouncement(PLAN_VIEW.saved);
  }, [shouldSave, incomingPlan, update]);

  // A new link opened in the same tab starts afresh.
  useEffect(() => {
    setDecision('none');
  }, [hash]);

  useEffect(() => {
    if (focusPlan.current) {
      focusPlan.current = false;
      document.getElementById(planHeadingId)?.focus();
    }
  });

  if (!ready || hash === null) {
    return (
      <div className={styles.view}>
        <p data-testid="plan-loading">{PLAN_VIEW.loading}</p>
      </div>
    );
  }

  function replace(): void {
    if (!incomingPlan) return;
    update((p) => setPlan(p, incomingPlan));
    setDecision('replaced');
    setAnnouncement(saved ? PLAN_VIEW.replaced : PLAN_VIEW.saved);
    focusPlan.current = true;
  }

  function keep(): void {
    setDecision('kept');
    setAnnouncement(saved ? PLAN_VIEW.keptSaved : PLAN_VIEW.notSaved);
    // Forget the link's plan in the address bar, so a reload does not ask again.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    focusPlan.current = true;
  }

  function removePlan(): void {
    update((p) => setPlan(p, undefined));
    setDecision('removed');
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setAnnouncement(PLAN_VIEW.removed);
  }

  const shown: Plan | null = conflict || askToSave ? null : (incomingPlan ?? saved);
  const today = localIsoDate();

  return (
    <div className={styles.view}>
      {incoming && (
        <LinkProblems
          title={isUsablePlan(incoming.plan) ? PLAN_VIEW.someUnusable : PLAN_VIEW.unusable}
          problems={incoming.problems.map((p) => ({ code: p.code, message: PLAN_VIEW.problem(p) }))}
        >
          {!incomingPlan && saved && <p>{PLAN_VIEW.savedShownInstead}</p>}
          {!incomingPlan && !saved && (
            <p>
              {PLAN_VIEW.askForNew} <Link to="/learn/start-here">{PLAN_VIEW.startCourse}</Link>{' '}
              {PLAN_VIEW.fromBeginning}
            </p>
          )}
        </LinkProblems>
      )}

      {status.kind === 'unavailable' && <p className={styles.notice}>{PLAN_VIEW.unavailable}</p>}

      {conflict && incomingPlan && saved && (
        <PlanChoice
          id="replace-heading"
          testId="plan-replace"
          heading={PLAN_VIEW.replaceHeading}
          text={PLAN_VIEW.replaceText(saved.clinicName)}
          accept={PLAN_VIEW.replaceButton}
          decline={PLAN_VIEW.keepButton}
          onAccept={replace}
          onDecline={keep}
        >
          <PlanDetails
            plan={incomingPlan}
            modules={modules}
            progress={progress}
            today={today}
            heading={PLAN_VIEW.planInLink}
          />
        </PlanChoice>
      )}

      {askToSave && incomingPlan && (
        <PlanChoice
          id="save-partial-heading"
          testId="plan-save-partial"
          heading={PLAN_VIEW.savePartialHeading}
          text={PLAN_VIEW.savePartialText}
          accept={PLAN_VIEW.savePartialButton}
          decline={PLAN_VIEW.skipSaveButton}
          onAccept={replace}
          onDecline={keep}
        >
          <PlanDetails
            plan={incomingPlan}
            modules={modules}
            progress={progress}
            today={today}
            heading={PLAN_VIEW.whatCouldBeRead}
          />
        </PlanChoice>
      )}

      {shown && (
        <>
          <PlanDetails
            plan={shown}
            modules={modules}
            progress={progress}
            today={today}
            heading={PLAN_VIEW.thePlan}
            headingId={planHeadingId}
          />
          <p className={styles.small}>{PLAN_VIEW.onThisDevice}</p>
          <ConfirmButton
            label={PLAN_VIEW.removeLabel}
            question={PLAN_VIEW.removeQuestion}
            confirmLabel={PLAN_VIEW.removeConfirm}
            onConfirm={removePlan}
          />
        </>
      )}

      {!shown && !conflict && !askToSave && !incoming && (
        <div data-testid="plan-empty">
          {/* Short paragraphs, none larger than the loading message they replace, so a phone
              counts the page as shown when that message is painted (before the scripts). */}
          <p>{PLAN_VIEW.noPlan}</p>
          <p>{PLAN_VIEW.noPlanHow}</p>
          <p>
            {PLAN_VIEW.noPlanStart[0]} <Link to="/learn/start-here">{PLAN_VIEW.noPlanStart[1]}</Link>{' '}
            {PLAN_VIEW.noPlanStart[2]}
          </p>
        </div>
      )}

      {(incomingPlan || shown) && <OtherLanguages hash={incomingPlan ? hash : ''} />}

      <p role="status" className={styles.announcer}>
        {announcement}
      </p>
    </div>
  );
}

/**
 * "This plan in another language:" and the name of each other language: the same plan page in each other language this copy
 * is built in, with the plan link's hash, so the plan comes along. Each link is named in its own
 * language. Nothing when the copy has one language.
 */
interface PlanChoiceProps {
  readonly id: string;
  readonly testId: string;
  readonly heading: string;
  readonly text: string;
  readonly accept: string;
  readonly decline: string;
  readonly onAccept: () => void;
  readonly onDecline: () => void;
  /** The plan the choice is about, shown after it. */
  readonly children: React.ReactNode;
}

/** A question about the plan in the link (replace the saved one? save what could be read?), then that plan. */
function PlanChoice({
  id,
  testId,
  heading,
  text,
  accept,
  decline,
  onAccept,
  onDecline,
  children,
}: PlanChoiceProps): React.ReactElement {
  return (
    <>
      <section role="group" aria-labelledby={id} className={styles.confirm} data-testid={testId}>
        <Heading as="h2" id={id}>
          {heading}
        </Heading>
        <p>{text}</p>
        <div className={styles.actions}>
          <button type="button" className={clsx('button button--primary', styles.button)} onClick={onAccept}>
            {accept}
          </button>
          <button type="button" className={clsx('button button--secondary', styles.button)} onClick={onDecline}>
            {decline}
          </button>
        </div>
      </section>
      {children}
    </>
  );
}

function OtherLanguages({ hash }: { readonly hash: string }): React.ReactElement | null {
  const { current, all } = useLanguages();
  const here = all.find((l) => l.locale === current);
  const others = all.filter((l) => l.locale !== current);
  if (!here || others.length === 0) return null;
  return (
    <p className={styles.languages} data-testid="plan-languages">
      {PLAN_VIEW.otherLanguage}{' '}
      {others.map((l, i) => (
        <React.Fragment key={l.locale}>
          {i > 0 && ' · '}
          <a
            href={`${pathInLanguage(PLAN_PATH, '/', l.baseUrl)}${hash}`}
            hrefLang={LOCALE_INFO[l.locale].htmlLang}
            lang={LOCALE_INFO[l.locale].htmlLang}
          >
            {LOCALE_INFO[l.locale].label}
          </a>
        </React.Fragment>
      ))}
    </p>
  );
}
