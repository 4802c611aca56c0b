/** Builds the course sidebar from the module catalog. Pure data, no Docusaurus imports. */
import type { CourseModule } from './modules';

export interface SidebarDocItem {
  readonly type: 'doc';
  readonly id: string;
  readonly label: string;
  readonly customProps?: Readonly<Record<string, string>>;
}

export interface SidebarCategory {
  readonly type: 'category';
  readonly label: string;
  readonly collapsed: boolean;
  readonly items: SidebarDocItem[];
}

export type SidebarItem = SidebarDocItem | SidebarCategory;

/** The sidebar's own words: the group of reference pages and their labels. */
export interface CourseSidebarWords {
  readonly lookThingsUp: string;
  readonly faq: string;
  readonly glossary: string;
  readonly references: string;
}

export const ENGLISH_SIDEBAR_WORDS: CourseSidebarWords = {
  lookThingsUp: 'Look things up',
  faq: 'Frequently asked questions',
  glossary: 'Glossary',
  references: 'References',
};

/** Docs that are part of the course but are not modules: they sit after the modules. */
export const COURSE_EXTRAS: readonly { readonly id: 'faq' | 'glossary' | 'references'; readonly label: string }[] = [
  { id: 'faq', label: ENGLISH_SIDEBAR_WORDS.faq },
  { id: 'glossary', label: ENGLISH_SIDEBAR_WORDS.glossary },
  { id: 'references', label: ENGLISH_SIDEBAR_WORDS.references },
];

/**
 * The course sidebar in one language: pass that language's catalog (its titles) and words, so
 * the sidebar and the previous/next pagers, which take their labels from it, say the same.
 */
export function courseSidebar(
  modules: readonly CourseModule[],
  words: CourseSidebarWords = ENGLISH_SIDEBAR_WORDS,
): SidebarItem[] {
  const moduleItems: SidebarDocItem[] = [...modules]
    .sort((a, b) => a.order - b.order)
    .map((m) => ({
      type: 'doc',
      id: m.docId,
      label: `${m.order}. ${m.title}`,
      customProps: { moduleId: m.id },
    }));
  return [
    ...moduleItems,
    {
      type: 'category',
      label: words.lookThingsUp,
      collapsed: false,
      items: COURSE_EXTRAS.map((d) => ({ type: 'doc', id: d.id, label: words[d.id] })),
    },
  ];
}
