/**
 * A module's title and time in the page's language, for the plan and summary components.
 * English: the module catalog (src/course/modules.ts). The one import to change once the catalog's
 * words move to `@locale/modules`.
 */
import { getModule } from '../../course/modules';

export { moduleTimeText } from '../../course/moduleTime';

/** The module's title ("Safety and side effects"), or its id if the catalog has no such module. */
export function moduleTitle(id: string): string {
  return getModule(id)?.title ?? id;
}
