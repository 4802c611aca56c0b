/**
 * Suggested starting plans for the plan builder (/plan/build) and the clinician pages.
 * Module ids must exist in src/course/modules.ts (a unit test checks). A clinic that hides a
 * module gets the same plans without it (see `suggestedPlansFor`).
 */
import type { CourseModule } from '../course/modules';

export interface SuggestedPlan {
  readonly id: string;
  readonly title: string;
  /** One sentence for the clinician: when to use it. */
  readonly when: string;
  /** Module ids, in the order the reader should follow. */
  readonly modules: readonly string[];
  /**
   * A short address that opens this plan (relative to the base URL), easy to type from a
   * handout: a redirect to /plan#preset=<id> (src/config/redirects.ts). Never remove or change
   * one once printed.
   */
  readonly path: string;
}

export const SUGGESTED_PLANS: readonly SuggestedPlan[] = [
  {
    id: 'first-consultation',
    path: '/plan/first-visit',
    title: 'Before the first consultation',
    when: 'For a person who is thinking about KAP and has an assessment or first appointment booked.',
    modules: ['start-here', 'what-is-kap', 'conditions-and-evidence', 'is-kap-right-for-me', 'safety', 'kap-compared'],
  },
  {
    id: 'first-dosing',
    path: '/plan/first-dose',
    title: 'Before the first dosing session',
    when: 'For a client who has been assessed and is preparing for their first dosing session.',
    modules: ['preparation', 'what-to-expect', 'dosing-sessions', 'safety', 'how-ketamine-works'],
  },
  {
    id: 'integration',
    path: '/plan/integration',
    title: 'After a session: integration',
    when: 'For a client in the days and weeks after a dosing session.',
    modules: ['integration', 'safety'],
  },
];

/** The suggested plans with hidden modules left out; a plan left with no module is dropped. */
export function suggestedPlansFor(visible: readonly CourseModule[]): SuggestedPlan[] {
  const ids = new Set(visible.map((m) => m.id));
  return SUGGESTED_PLANS.map((p) => ({ ...p, modules: p.modules.filter((id) => ids.has(id)) })).filter(
    (p) => p.modules.length > 0,
  );
}

/** The suggested plan at a short address, as this copy of the course offers it, or undefined. */
export function suggestedPlanAt(path: string, visible: readonly CourseModule[]): SuggestedPlan | undefined {
  return suggestedPlansFor(visible).find((p) => p.path === path);
}
