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

/** Docs that are part of the course but are not modules: they sit after the modules. */
export const COURSE_EXTRAS: readonly { readonly id: string; readonly label: string }[] = [
  { id: 'faq', label: 'Frequently asked questions' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'references', label: 'References' },
];

export function courseSidebar(modules: readonly CourseModule[]): SidebarItem[] {
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
      label: 'Look things up',
      collapsed: false,
      items: COURSE_EXTRAS.map((d) => ({ type: 'doc', id: d.id, label: d.label })),
    },
  ];
}
