/** Words of the sidebar (src/theme/DocSidebarItem/Link, sidebars.ts), in English. */
import { ENGLISH_SIDEBAR_WORDS, type CourseSidebarWords } from '../../course/sidebar';

/** The group of reference pages and their labels (built into the sidebar by sidebars.ts). */
export const COURSE_SIDEBAR_WORDS: CourseSidebarWords = ENGLISH_SIDEBAR_WORDS;

export interface SidebarText {
  /** Accessible name of a finished module's link: "9. Safety and side effects, completed". */
  readonly completed: (label: string) => string;
}

export const SIDEBAR_TEXT: SidebarText = {
  completed: (label) => `${label}, completed`,
};
