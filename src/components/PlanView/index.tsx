import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { visibleModules } from '@site/src/config/clinic';
import { PRESET_PARAM } from '@site/src/config/redirects';
import { fragmentParam } from '@site/src/course/linkCodec';
import type { CourseModule } from '@site/src/course/modules';
import { suggestedPlansFor } from '@site/src/data/suggestedPlans';
import { isUsablePlan, localIsoDate, samePlan, sanitizePlan, type DecodedPlan, type Plan } from '@site/src/course/plan';
import { readPlanHash } from '@site/src/course/planLink';
import { setPlan } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useLocationHash } from '@site/src/hooks/useLocationHash';
import { useProgress } from '@site/src/hooks/useProgress';
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
      problems: [{ code: 'damaged', message: 'This address does not name a plan this site offers.' }],
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
    setAnnouncement('This plan is now saved on this device.');
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
        <p data-testid="plan-loading">
          Loading your plan… Your plan is kept in this browser, so it appears once the page has loaded. If nothing
          appears, check that JavaScript is turned on.
        </p>
      </div>
    );
  }

  function replace(): void {
    if (!incomingPlan) return;
    update((p) => setPlan(p, incomingPlan));
    setDecision('replaced');
    setAnnouncement(
      saved ? 'Your saved plan was replaced by the plan in this link.' : 'This plan is now saved on this device.',
    );
    focusPlan.current = true;
  }

  function keep(): void {
    setDecision('kept');
    setAnnouncement(
      saved ? 'You kept your saved plan. The plan in the link was not saved.' : 'The plan in the link was not saved.',
    );
    // Forget the link's plan in the address bar, so a reload does not ask again.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    focusPlan.current = true;
  }

  function removePlan(): void {
    update((p) => setPlan(p, undefined));
    setDecision('removed');
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setAnnouncement('The plan was removed from this device. Your reading progress is kept.');
  }

  const shown: Plan | null = conflict || askToSave ? null : (incomingPlan ?? saved);
  const today = localIsoDate();

  return (
    <div className={styles.view}>
      {incoming && (
        <LinkProblems
          title={isUsablePlan(incoming.plan) ? 'Some of this link could not be used' : 'This link could not be used'}
          problems={incoming.problems}
        >
          {!incomingPlan && saved && <p>Your saved plan is shown below instead.</p>}
          {!incomingPlan && !saved && (
            <p>
              You can ask whoever sent the link for a new one, or <Link to="/learn/start-here">start the course</Link>{' '}
              from the beginning.
            </p>
          )}
        </LinkProblems>
      )}

      {status.kind === 'unavailable' && (
        <p className={styles.notice}>
          This browser is not letting the site keep anything, so the plan will be gone when you close this tab. To come
          back to it, keep the link, for example as a bookmark.
        </p>
      )}

      {conflict && incomingPlan && saved && (
        <>
          <section role="group" aria-labelledby="replace-heading" className={styles.confirm} data-testid="plan-replace">
            <Heading as="h2" id="replace-heading">
              Replace your saved plan?
            </Heading>
            <p>
              This link has a different plan from the one saved on this device
              {saved.clinicName ? <> (from {saved.clinicName})</> : null}. You can keep the plan you have, or replace it
              with this one. Your reading progress stays either way.
            </p>
            <div className={styles.actions}>
              <button type="button" className={clsx('button button--primary', styles.button)} onClick={replace}>
                Replace my saved plan
              </button>
              <button type="button" className={clsx('button button--secondary', styles.button)} onClick={keep}>
                Keep my saved plan
              </button>
            </div>
          </section>
          <PlanDetails
            plan={incomingPlan}
            modules={modules}
            progress={progress}
            today={today}
            heading="The plan in this link"
          />
        </>
      )}

      {askToSave && incomingPlan && (
        <>
          <section
            role="group"
            aria-labelledby="save-partial-heading"
            className={styles.confirm}
            data-testid="plan-save-partial"
          >
            <Heading as="h2" id="save-partial-heading">
              Save this plan?
            </Heading>
            <p>
              Part of this link could not be read, so this plan may be missing modules or its message. It is not saved
              yet. You can save what could be read, or ask whoever sent the link for a new one first.
            </p>
            <div className={styles.actions}>
              <button type="button" className={clsx('button button--primary', styles.button)} onClick={replace}>
                Save this plan
              </button>
              <button type="button" className={clsx('button button--secondary', styles.button)} onClick={keep}>
                Do not save it
              </button>
            </div>
          </section>
          <PlanDetails
            plan={incomingPlan}
            modules={modules}
            progress={progress}
            today={today}
            heading="What could be read from this link"
          />
        </>
      )}

      {shown && (
        <>
          <PlanDetails
            plan={shown}
            modules={modules}
            progress={progress}
            today={today}
            heading="The plan"
            headingId={planHeadingId}
          />
          <p className={styles.small}>
            This plan is saved on this device only. Nobody else can see it or your progress.
          </p>
          <ConfirmButton
            label="Remove this plan from this device"
            question="Remove this plan from this device? Your reading progress and knowledge checks are kept."
            confirmLabel="Yes, remove the plan"
            onConfirm={removePlan}
          />
        </>
      )}

      {!shown && !conflict && !askToSave && !incoming && (
        <div data-testid="plan-empty">
          {/* Short paragraphs, none larger than the loading message they replace, so a phone
              counts the page as shown when that message is painted (before the scripts). */}
          <p>You have no saved plan.</p>
          <p>
            A clinician can send you a plan as a link. When you open it, the plan appears here and stays on this device.
          </p>
          <p>
            You can also <Link to="/learn/start-here">start the course</Link> and read the modules in any order.
          </p>
        </div>
      )}

      <p role="status" className={styles.announcer}>
        {announcement}
      </p>
    </div>
  );
}
