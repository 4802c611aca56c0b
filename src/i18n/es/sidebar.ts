// translation_of: src/i18n/en/sidebar.ts eaa173fa363e8dad8e56d0aa3b42741aafab052a
/** Words the sidebar adds to its links (src/theme/DocSidebarItem/Link), in Spanish. */
import type { SidebarText } from '../en/sidebar';
import type { CourseSidebarWords } from '../../course/sidebar';

export const COURSE_SIDEBAR_WORDS: CourseSidebarWords = {
  lookThingsUp: 'Para consultar',
  faq: 'Preguntas frecuentes',
  glossary: 'Glosario',
  references: 'Referencias',
};

export const SIDEBAR_TEXT: SidebarText = {
  completed: (label) => `${label}, terminado`,
};
