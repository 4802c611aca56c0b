import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import type { CourseModule } from '@site/src/course/modules';
import { moduleTimeText } from '@site/src/course/moduleTime';
import {
  PLAN_LIMITS,
  hasErrors,
  localIsoDate,
  normalizePlan,
  planErrors,
  type Plan,
  type PlanFieldErrors,
} from '@site/src/course/plan';
import { planLink } from '@site/src/course/planLink';
import type { SuggestedPlan } from '@site/src/data/suggestedPlans';
import CopyLink from '@site/src/components/CopyLink';
import PlanQrCode from '@site/src/components/PlanQrCode';
import PlanHandout from '@site/src/components/PlanHandout';
import styles from './styles.module.css';

interface Props {
  /** The modules this copy of the course offers, in course order. */
  readonly modules: readonly CourseModule[];
  readonly suggestions: readonly SuggestedPlan[];
  /** Pre-fills the clinic name (a clinic's own copy). */
  readonly defaultClinicName?: string;
  /** Origin plus base URL the link starts with; null before the page runs in the browser. */
  readonly siteRoot: string | null;
}

type Direction = 'up' | 'down';

/** "course.example.org/plan/first-dose": an address as a person types it, without "https://". */
function shortForm(siteRoot: string, path: string): string {
  try {
    const url = new URL(path.slice(1), siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`);
    return `${url.host}${url.pathname}`;
  } catch {
    return path;
  }
}

function minutesOf(ids: readonly string[], modules: readonly CourseModule[]): number {
  return ids.reduce((sum, id) => sum + (modules.find((m) => m.id === id)?.minutes ?? 0), 0);
}

/**
 * The clinician's plan builder: choose and order modules (or start from a suggested plan), add
 * an optional clinic name, message and target date, then copy the link, show its QR code or
 * print a handout. Nothing leaves the browser: the plan lives only in the link.
 */
export default function PlanBuilder({
  modules,
  suggestions,
  defaultClinicName = '',
  siteRoot,
}: Props): React.ReactElement {
  const [plan, setPlan] = useState<Plan>({ modules: [], clinicName: defaultClinicName, message: '', targetDate: '' });
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const ids = {
    clinic: useId(),
    clinicHint: useId(),
    clinicError: useId(),
    message: useId(),
    messageHint: useId(),
    messageError: useId(),
    date: useId(),
    dateHint: useId(),
    dateError: useId(),
  };

  const today = localIsoDate();
  const errors: PlanFieldErrors = planErrors(plan, { available: modules.map((m) => m.id), today });
  const ready = !hasErrors(errors);
  const link = ready && siteRoot ? planLink(siteRoot, normalizePlan(plan)) : null;
  // A suggested plan has a short address a client can type from the handout (/plan/first-dose).
  // It opens the same modules with this copy's clinic name; the message and date live in the link.
  const preset = suggestions.find(
    (s) => s.modules.length === plan.modules.length && s.modules.every((id, i) => plan.modules[i] === id),
  );
  const shortAddress = preset && siteRoot ? shortForm(siteRoot, preset.path) : null;
  const titleOf = (id: string) => modules.find((m) => m.id === id)?.title ?? id;

  // After a move, keep keyboard focus on the moved module's button (or its neighbor at an edge).
  useEffect(() => {
    if (!focusTarget) return;
    buttons.current.get(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function update(change: Partial<Plan>): void {
    setPlan((p) => ({ ...p, ...change }));
  }

  function applySuggestion(s: SuggestedPlan): void {
    update({ modules: [...s.modules] });
    setAnnouncement(
      `Plan filled in from “${s.title}”: ${s.modules.length} modules, about ${minutesOf(s.modules, modules)} minutes.`,
    );
  }

  function toggle(id: string, on: boolean): void {
    const next = on ? [...plan.modules.filter((x) => x !== id), id] : plan.modules.filter((x) => x !== id);
    update({ modules: next });
    setAnnouncement(on ? `${titleOf(id)} added as step ${next.length}.` : `${titleOf(id)} removed from the plan.`);
  }

  function move(id: string, direction: Direction): void {
    const from = plan.modules.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= plan.modules.length) return;
    const next = [...plan.modules];
    [next[from], next[to]] = [next[to], next[from]];
    update({ modules: next });
    setAnnouncement(`${titleOf(id)} moved to step ${to + 1} of ${next.length}.`);
    const atEdge = (direction === 'up' && to === 0) || (direction === 'down' && to === next.length - 1);
    setFocusTarget(`${id}:${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`);
  }

  function remove(id: string): void {
    const index = plan.modules.indexOf(id);
    const next = plan.modules.filter((x) => x !== id);
    update({ modules: next });
    setAnnouncement(`${titleOf(id)} removed from the plan.`);
    const neighbor = next[Math.min(index, next.length - 1)];
    if (neighbor) setFocusTarget(`${neighbor}:remove`);
  }

  const describedBy = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.builder}>
      <div className="no-print">
        <section aria-labelledby="suggested-heading" className={styles.section}>
          <Heading as="h2" id="suggested-heading">
            1. Start from a suggested plan, or choose modules yourself
          </Heading>
          <ul className={styles.suggestions}>
            {suggestions.map((s) => (
              <li key={s.id} className={styles.suggestion}>
                <Heading as="h3" className={styles.suggestionTitle}>
                  {s.title}
                </Heading>
                <p className={styles.small}>{s.when}</p>
                <p className={styles.small}>
                  {s.modules.map(titleOf).join(' → ')} (about {minutesOf(s.modules, modules)} minutes)
                </p>
                <button
                  type="button"
                  className={clsx('button button--secondary', styles.button)}
                  onClick={() => applySuggestion(s)}
                >
                  Use “{s.title}”
                </button>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="modules-heading" className={styles.section}>
          <Heading as="h2" id="modules-heading">
            2. Choose modules
          </Heading>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>Modules in the plan</legend>
            <ul className={styles.choices}>
              {modules.map((m) => {
                const checkboxId = `plan-module-${m.id}`;
                return (
                  <li key={m.id} className={styles.choice}>
                    <input
                      id={checkboxId}
                      type="checkbox"
                      className={styles.checkbox}
                      checked={plan.modules.includes(m.id)}
                      onChange={(e) => toggle(m.id, e.currentTarget.checked)}
                      aria-describedby={`${checkboxId}-objectives`}
                    />
                    <label htmlFor={checkboxId} className={styles.choiceLabel}>
                      {m.order}. {m.title} <span className={styles.minutes}>(about {moduleTimeText(m)})</span>
                    </label>
                    <ul id={`${checkboxId}-objectives`} className={styles.objectives} aria-label="Learning objectives">
                      {m.objectives.map((o) => (
                        <li key={o}>{o}</li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </section>

        <section aria-labelledby="order-heading" className={styles.section}>
          <Heading as="h2" id="order-heading">
            3. Put them in order
          </Heading>
          {plan.modules.length === 0 ? (
            <p>No modules chosen yet. Choose at least one above, or start from a suggested plan.</p>
          ) : (
            <>
              <p>
                {plan.modules.length} {plan.modules.length === 1 ? 'module' : 'modules'}, about{' '}
                {minutesOf(plan.modules, modules)} minutes in all. The reader sees them in this order.
              </p>
              <ol className={styles.order} aria-label="Plan order">
                {plan.modules.map((id, i) => (
                  <li key={id} className={styles.step}>
                    <span className={styles.stepTitle}>{titleOf(id)}</span>
                    <span className={styles.stepButtons}>
                      <button
                        type="button"
                        ref={(el) => {
                          buttons.current.set(`${id}:up`, el);
                        }}
                        className={clsx('button button--sm button--outline button--secondary', styles.button)}
                        disabled={i === 0}
                        onClick={() => move(id, 'up')}
                        aria-label={`Move ${titleOf(id)} up`}
                      >
                        Up
                      </button>
                      <button
                        type="button"
                        ref={(el) => {
                          buttons.current.set(`${id}:down`, el);
                        }}
                        className={clsx('button button--sm button--outline button--secondary', styles.button)}
                        disabled={i === plan.modules.length - 1}
                        onClick={() => move(id, 'down')}
                        aria-label={`Move ${titleOf(id)} down`}
                      >
                        Down
                      </button>
                      <button
                        type="button"
                        ref={(el) => {
                          buttons.current.set(`${id}:remove`, el);
                        }}
                        className={clsx('button button--sm button--outline button--secondary', styles.button)}
                        onClick={() => remove(id)}
                        aria-label={`Remove ${titleOf(id)}`}
                      >
                        Remove
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>

        <section aria-labelledby="details-heading" className={styles.section}>
          <Heading as="h2" id="details-heading">
            4. Add details (optional)
          </Heading>
          <p className={styles.small}>
            The reader sees these as plain text. Do not include anything that identifies the client: anyone who sees the
            link can read it.
          </p>
          <div className={styles.field}>
            <label htmlFor={ids.clinic} className={styles.fieldLabel}>
              Clinic name
            </label>
            <p id={ids.clinicHint} className={styles.hint}>
              Up to {PLAN_LIMITS.clinicName} characters. {plan.clinicName.length} used.
            </p>
            <input
              id={ids.clinic}
              type="text"
              className={styles.input}
              value={plan.clinicName}
              onChange={(e) => update({ clinicName: e.currentTarget.value })}
              aria-invalid={errors.clinicName ? true : undefined}
              aria-describedby={describedBy(ids.clinicHint, errors.clinicName && ids.clinicError)}
              autoComplete="organization"
            />
            {errors.clinicName && (
              <p id={ids.clinicError} className={styles.error}>
                {errors.clinicName}
              </p>
            )}
          </div>
          <div className={styles.field}>
            <label htmlFor={ids.message} className={styles.fieldLabel}>
              Short message to the reader
            </label>
            <p id={ids.messageHint} className={styles.hint}>
              Up to {PLAN_LIMITS.message} characters. {plan.message.length} used.
            </p>
            <textarea
              id={ids.message}
              className={styles.input}
              rows={4}
              value={plan.message}
              onChange={(e) => update({ message: e.currentTarget.value })}
              aria-invalid={errors.message ? true : undefined}
              aria-describedby={describedBy(ids.messageHint, errors.message && ids.messageError)}
            />
            {errors.message && (
              <p id={ids.messageError} className={styles.error}>
                {errors.message}
              </p>
            )}
          </div>
          <div className={styles.field}>
            <label htmlFor={ids.date} className={styles.fieldLabel}>
              Target date
            </label>
            <p id={ids.dateHint} className={styles.hint}>
              For example, the day of the next appointment.
            </p>
            <input
              id={ids.date}
              type="date"
              className={clsx(styles.input, styles.date)}
              min={today}
              value={plan.targetDate}
              onChange={(e) => update({ targetDate: e.currentTarget.value })}
              aria-invalid={errors.targetDate ? true : undefined}
              aria-describedby={describedBy(ids.dateHint, errors.targetDate && ids.dateError)}
            />
            {errors.targetDate && (
              <p id={ids.dateError} className={styles.error}>
                {errors.targetDate}
              </p>
            )}
          </div>
        </section>
      </div>

      <section aria-labelledby="link-heading" className={styles.section}>
        <Heading as="h2" id="link-heading" className="no-print">
          5. Send the link or print a handout
        </Heading>
        {!ready || !link ? (
          <p className="no-print" data-testid="plan-not-ready">
            {errors.modules
              ? 'Choose at least one module to make a link.'
              : ready
                ? 'Making the link…'
                : 'Fix the fields marked above to make a link. Nothing you typed has been lost.'}
          </p>
        ) : (
          <>
            <div className="no-print">
              <p>
                The plan travels inside the link, after the “#”. It is never sent to a server, and this site keeps no
                copy. When the reader opens it, the plan is saved on their own device.
              </p>
              <CopyLink link={link} label="Plan link" />
              <button
                type="button"
                className={clsx('button button--secondary', styles.button)}
                onClick={() => window.print()}
              >
                Print the handout
              </button>
              <Heading as="h3" className={styles.previewHeading}>
                Handout preview
              </Heading>
            </div>
            <PlanHandout
              plan={normalizePlan(plan)}
              link={link}
              shortAddress={shortAddress}
              qr={
                <PlanQrCode text={link} label="QR code that opens the plan" downloadName="preparation-plan-qr-code" />
              }
            />
          </>
        )}
      </section>

      <p role="status" className={clsx(styles.announcer, 'no-print')}>
        {announcement}
      </p>
    </div>
  );
}
