/** Words the sidebar adds to its links (src/theme/DocSidebarItem/Link), in English. */
export interface SidebarText {
  /** Accessible name of a finished module's link: "9. Safety and side effects, completed". */
  readonly completed: (label: string) => string;
}

export const SIDEBAR_TEXT: SidebarText = {
  completed: (label) => `${label}, completed`,
};
