/** The suggested plans' words in English: the source (src/data/suggestedPlans.ts). */
import { SUGGESTED_PLANS } from '../../data/suggestedPlans';

export interface SuggestedPlanText {
  readonly title: string;
  /** One sentence for the clinician: when to use it. */
  readonly when: string;
}

/** Each suggested plan's title and "when to use it", by plan id. */
export const SUGGESTED_PLAN_TEXT: Readonly<Record<string, SuggestedPlanText>> = Object.fromEntries(
  SUGGESTED_PLANS.map((p) => [p.id, { title: p.title, when: p.when }]),
);
