/**
 * The saved preparation plan inside progress (the `plan` field). progress.ts knows nothing about
 * its shape: it calls `decodeSavedPlan` when it reads saved progress or an imported file, and
 * stores whatever that returns.
 *
 * A saved plan is a `Plan` from src/course/plan.ts, checked by the same rules as a plan link, so
 * a plan that could not arrive by link cannot arrive from storage or a file either. Parts that
 * are no longer valid (for example a module a later version of the course dropped) are left out
 * rather than refused, so one stale module never costs the reader the rest of their progress.
 *
 * Rules for the validator: never throw, return `{ ok: false, reason }` for anything wrong, and
 * return a fresh value (do not hand back the input object).
 */
import type { Decoded } from './decoded';
import { sanitizePlan, type Plan } from './plan';

export type SavedPlan = Plan;

/** Largest plan accepted, as JSON text length. */
export const MAX_PLAN_JSON_LENGTH = 20_000;

const FIELDS = ['modules', 'clinicName', 'message', 'targetDate'] as const;

export function decodeSavedPlan(value: unknown): Decoded<SavedPlan> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'the saved plan is not an object' };
  }
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return { ok: false, reason: 'the saved plan cannot be stored' };
  }
  if (text.length > MAX_PLAN_JSON_LENGTH) {
    return { ok: false, reason: 'the saved plan is too large' };
  }
  const raw = value as Record<string, unknown>;
  if (Object.keys(raw).some((key) => !(FIELDS as readonly string[]).includes(key))) {
    return { ok: false, reason: 'the saved plan has an unexpected field' };
  }
  if (!Array.isArray(raw.modules) || !raw.modules.every((id) => typeof id === 'string')) {
    return { ok: false, reason: 'the saved plan has no list of modules' };
  }
  if (FIELDS.slice(1).some((key) => typeof raw[key] !== 'string')) {
    return { ok: false, reason: 'the saved plan has a field that is not text' };
  }
  const { plan } = sanitizePlan(raw);
  if (!plan) return { ok: false, reason: 'the saved plan is damaged' };
  return { ok: true, value: { ...plan, modules: [...plan.modules] } };
}
