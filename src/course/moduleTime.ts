/**
 * How long a module takes, in the words the plan, the handout and the builder use:
 * "6 min read + 2 min check". Both figures come from the module catalog (src/course/modules.ts):
 * `readingMinutes` and CHECK_MINUTES, whose sum is the module's `minutes`, the same figure the
 * chapter shows at its top.
 */
import { CHECK_MINUTES, type CourseModule } from './modules';

/** "6 min read + 2 min check". */
export function moduleTimeText(m: Pick<CourseModule, 'readingMinutes'>): string {
  return `${m.readingMinutes} min read + ${CHECK_MINUTES} min check`;
}
