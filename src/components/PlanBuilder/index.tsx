import React, { useEffect, useId, useRef, useState } from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import type { CourseModule } from '@site/src/course/modules';
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
import PlanHandout, { type HandoutWords } from '@site/src/components/PlanHandout';
import { useLanguages } from '@site/src/hooks/useLanguages';
import type { CourseLocale } from '@site/src/i18n/locales';
import { PLAN_BUILDER as W } from '@locale/planBuilder';
import { SUGGESTED_PLAN_TEXT } from '@locale/suggestedPlans';
import { moduleTimeText, moduleTitle } from '@locale/modules';
import * as pageHandout from '@locale/handout';
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
 * The handout's words in the language chosen for the reader: this page's own words, or, for
 * another language, that language's handout words loaded when chosen (a small chunk).
 * null while they load.
 */
function useHandoutWords(language: CourseLocale, pageLanguage: CourseLocale): HandoutWords | null {
  const [loaded, setLoaded] = useState<{ language: CourseLocale; words: HandoutWords } | null>(null);
  useEffect(() => {
    if (language === pageLanguage) return;
    let live = true;
    import(`@site/src/i18n/${language}/handout`)
      .then((words: HandoutWords) => {
        if (live) setLoaded({ language, words });
      })
      .catch(() => {
        // Keep the page's own words rather than no handout at all.
        if (live) setLoaded({ language, words: pageHandout });
      });
    return () => {
      live = false;
    };
  }, [language, pageLanguage]);
  if (language === pageLanguage) return pageHandout;
  return loaded?.language === language ? loaded.words : null;
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
  const languages = useLanguages();
  const [language, setLanguage] = useState<CourseLocale>(languages.current);
  const handout = useHandoutWords(language, languages.current);
  const languageBase = languages.all.find((l) => l.locale === language)?.baseUrl;
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
    language: useId(),
  };

  const today = localIsoDate();
  const errors: PlanFieldErrors = planErrors(plan, { available: modules.map((m) => m.id), today, words: W.errors });
  const ready = !hasErrors(errors);
  // The link opens the plan page of the language chosen for the reader (/es/plan#p=... for Spanish).
  const linkRoot =
    siteRoot && languageBase && language !== languages.current ? new URL(languageBase, siteRoot).href : siteRoot;
  const link = ready && linkRoot ? planLink(linkRoot, normalizePlan(plan)) : null;
  // A suggested plan has a short address a client can type from the handout (/plan/first-dose).
  // It opens the same modules with this copy's clinic name; the message and date live in the link.
  const preset = suggestions.find(
    (s) => s.modules.length === plan.modules.length && s.modules.every((id, i) => plan.modules[i] === id),
  );
  const shortAddress = preset && linkRoot ? shortForm(linkRoot, preset.path) : null;
  const titleOf = (id: string) => (modules.some((m) => m.id === id) ? moduleTitle(id) : id);
  const textOf = (s: SuggestedPlan) => SUGGESTED_PLAN_TEXT[s.id] ?? { title: s.title, when: s.when };

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
    setAnnouncement(W.filledFrom(textOf(s).title, s.modules.length, minutesOf(s.modules, modules)));
  }

  function toggle(id: string, on: boolean): void {
    const next = on ? [...plan.modules.filter((x) => x !== id), id] : plan.modules.filter((x) => x !== id);
    update({ modules: next });
    setAnnouncement(on ? W.added(titleOf(id), next.length) : W.removed(titleOf(id)));
  }

  function move(id: string, direction: Direction): void {
    const from = plan.modules.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= plan.modules.length) return;
    const next = [...plan.modules];
    [next[from], next[to]] = [next[to], next[from]];
    update({ modules: next });
    setAnnouncement(W.moved(titleOf(id), to + 1, next.length));
    const atEdge = (direction === 'up' && to === 0) || (direction === 'down' && to === next.length - 1);
    setFocusTarget(`${id}:${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`);
  }

  function remove(id: string): void {
    const index = plan.modules.indexOf(id);
    const next = plan.modules.filter((x) => x !== id);
    update({ modules: next });
    setAnnouncement(W.removed(titleOf(id)));
    const neighbor = next[Math.min(index, next.length - 1)];
    if (neighbor) setFocusTarget(`${neighbor}:remove`);
  }

  const describedBy = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.builder}>
      <div className="no-print">
        <section aria-labelledby="suggested-heading" className={styles.section}>
          <Heading as="h2" id="suggested-heading">
            {W.suggestedHeading}
          </Heading>
          <ul className={styles.suggestions}>
            {suggestions.map((s) => (
              <li key={s.id} className={styles.suggestion}>
                <Heading as="h3" className={styles.suggestionTitle}>
                  {textOf(s).title}
                </Heading>
                <p className={styles.small}>{textOf(s).when}</p>
                <p className={styles.small}>
                  {s.modules.map(titleOf).join(' → ')} {W.aboutMinutes(minutesOf(s.modules, modules))}
                </p>
                <button
                  type="button"
                  className={clsx('button button--secondary', styles.button)}
                  onClick={() => applySuggestion(s)}
                >
                  {W.applyLabel(textOf(s).title)}
                </button>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="modules-heading" className={styles.section}>
          <Heading as="h2" id="modules-heading">
            {W.modulesHeading}
          </Heading>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{W.modulesLegend}</legend>
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
                      {m.order}. {moduleTitle(m.id)}{' '}
                      <span className={styles.minutes}>{W.aboutTime(moduleTimeText(m))}</span>
                    </label>
                    <ul id={`${checkboxId}-objectives`} className={styles.objectives} aria-label={W.objectives}>
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
            {W.orderHeading}
          </Heading>
          {plan.modules.length === 0 ? (
            <p>{W.noneChosen}</p>
          ) : (
            <>
              <p>{W.chosen(plan.modules.length, minutesOf(plan.modules, modules))}</p>
              <ol className={styles.order} aria-label={W.planOrder}>
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
                        aria-label={W.moveUp(titleOf(id))}
                      >
                        {W.up}
                      </button>
                      <button
                        type="button"
                        ref={(el) => {
                          buttons.current.set(`${id}:down`, el);
                        }}
                        className={clsx('button button--sm button--outline button--secondary', styles.button)}
                        disabled={i === plan.modules.length - 1}
                        onClick={() => move(id, 'down')}
                        aria-label={W.moveDown(titleOf(id))}
                      >
                        {W.down}
                      </button>
                      <button
                        type="button"
                        ref={(el) => {
                          buttons.current.set(`${id}:remove`, el);
                        }}
                        className={clsx('button button--sm button--outline button--secondary', styles.button)}
                        onClick={() => remove(id)}
                        aria-label={W.removeModule(titleOf(id))}
                      >
                        {W.remove}
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
            {W.detailsHeading}
          </Heading>
          <p className={styles.small}>{W.detailsNote}</p>
          {languages.all.length > 1 && (
            <div className={styles.field}>
              <label htmlFor={ids.language} className={styles.fieldLabel}>
                {W.language}
              </label>
              <p id={`${ids.language}-hint`} className={styles.hint}>
                {W.languageHint}
              </p>
              <select
                id={ids.language}
                className={clsx(styles.input, styles.date)}
                value={language}
                onChange={(e) => setLanguage(e.currentTarget.value as CourseLocale)}
                aria-describedby={`${ids.language}-hint`}
                data-testid="plan-language"
              >
                {languages.all.map((l) => (
                  <option key={l.locale} value={l.locale}>
                    {W.languageNames[l.locale]}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className={styles.field}>
            <label htmlFor={ids.clinic} className={styles.fieldLabel}>
              {W.clinicName}
            </label>
            <p id={ids.clinicHint} className={styles.hint}>
              {W.characters(PLAN_LIMITS.clinicName, plan.clinicName.length)}
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
              {W.message}
            </label>
            <p id={ids.messageHint} className={styles.hint}>
              {W.characters(PLAN_LIMITS.message, plan.message.length)}
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
              {W.targetDate}
            </label>
            <p id={ids.dateHint} className={styles.hint}>
              {W.targetDateHint}
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
          {W.linkHeading}
        </Heading>
        {!ready || !link || !handout ? (
          <p className="no-print" data-testid="plan-not-ready">
            {errors.modules ? W.chooseToMakeLink : ready ? W.makingLink : W.fixFields}
          </p>
        ) : (
          <>
            <div className="no-print">
              <p>{W.linkPrivacy}</p>
              <CopyLink link={link} label={W.planLink} />
              <button
                type="button"
                className={clsx('button button--secondary', styles.button)}
                onClick={() => window.print()}
              >
                {W.print}
              </button>
              <Heading as="h3" className={styles.previewHeading}>
                {W.preview}
              </Heading>
            </div>
            <PlanHandout
              plan={normalizePlan(plan)}
              link={link}
              shortAddress={shortAddress}
              words={handout}
              lang={language}
              qr={<PlanQrCode text={link} label={W.qrLabel} downloadName={W.qrFileName} />}
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
