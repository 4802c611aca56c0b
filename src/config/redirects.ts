/**
 * Redirects kept for old and short addresses (@docusaurus/plugin-client-redirects). When a
 * chapter moves, add its old path here, pointing at its module id, and never remove it: links in
 * clinic letters and handouts live for years. Anchors (#...) are carried over by the redirect.
 */
import type { CourseModule } from '../course/modules';
import { suggestedPlansFor } from '../data/suggestedPlans';

/** The hash key that names a suggested plan: /plan#preset=first-dosing (read by PlanView). */
export const PRESET_PARAM = 'preset';

export interface RedirectRule {
  /** Old or short address, relative to the base URL. */
  readonly from: readonly string[];
  /** A module id (its chapter), or a site path starting with "/". */
  readonly to: string;
}

export const REDIRECT_RULES: readonly RedirectRule[] = [
  // The course root, for people who shorten an address by hand.
  { from: ['/learn', '/course'], to: 'start-here' },
  // Short aliases for print: easy to type from a handout or say on the phone.
  { from: ['/start'], to: 'start-here' },
  { from: ['/safety', '/side-effects'], to: 'safety' },
  { from: ['/prepare', '/preparation'], to: 'preparation' },
  { from: ['/integration'], to: 'integration' },
  { from: ['/what-to-expect'], to: 'what-to-expect' },
  { from: ['/clinicians'], to: '/learn/for-clinicians' },
  { from: ['/plan/new'], to: '/plan/build' },
];

export interface Redirect {
  readonly from: string[];
  readonly to: string;
}

/**
 * The redirects for this copy of the course: rules that point at a hidden module are left out
 * (the chapter is not in the build, so the alias would lead nowhere).
 */
export function redirectsFor(visible: readonly CourseModule[]): Redirect[] {
  const out: Redirect[] = [];
  for (const rule of REDIRECT_RULES) {
    if (rule.to.startsWith('/')) {
      out.push({ from: [...rule.from], to: rule.to });
      continue;
    }
    const target = visible.find((m) => m.id === rule.to);
    if (target) out.push({ from: [...rule.from], to: target.path });
  }
  // Suggested plans at short addresses a client can type from a handout (/plan/first-dose).
  // A redirect page (no script of its own) opens the plan page with the plan named after "#".
  for (const plan of suggestedPlansFor(visible)) {
    out.push({ from: [plan.path], to: `/plan#${PRESET_PARAM}=${plan.id}` });
  }
  return out;
}
