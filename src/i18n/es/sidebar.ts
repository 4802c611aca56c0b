// translation_of: src/i18n/en/sidebar.ts c0e9ffd0136ed51c5f38ff2b92012420c89c8976
/** Words the sidebar adds to its links (src/theme/DocSidebarItem/Link), in Spanish. */
import type { SidebarText } from '../en/sidebar';

export const SIDEBAR_TEXT: SidebarText = {
  completed: (label) => `${label}, terminado`,
};
