/**
 * How long a module takes, from the module catalog (src/course/modules.ts), the one source for
 * every place that shows it: the chapter's own heading, the plan, the handout, the builder.
 * A module's catalog minutes are its reading time plus its knowledge check, which is counted
 * as CHECK_MINUTES.
 */
import type { CourseModule } from './modules';

/** Minutes counted for a module's knowledge check (5 to 7 short questions). */
export const CHECK_MINUTES = 2;

export interface ModuleTime {
  readonly read: number;
  readonly check: number;
  readonly total: number;
}

export function moduleTime(m: Pick<CourseModule, 'minutes'>): ModuleTime {
  const check = Math.min(CHECK_MINUTES, Math.max(0, m.minutes - 1));
  return { read: m.minutes - check, check, total: m.minutes };
}

/** "6 min read + 2 min check". */
export function moduleTimeText(m: Pick<CourseModule, 'minutes'>): string {
  const t = moduleTime(m);
  return `${t.read} min read + ${t.check} min check`;
}
