/**
 * Build-time plugin: reads each shown module's chapter (docs/<id>/index.mdx) and writes its
 * address and section anchors to a data file, for <ChapterAddresses /> on the clinicians'
 * linking page. Generated from the chapters on every build, so the list cannot drift from them.
 *
 * The file is Docusaurus page data, not global data: `createData` writes it to
 * .docusaurus/chapter-addresses/default/chapter-addresses.json, which only the component
 * imports (as @generated/...), so only the linking page downloads it. Global data
 * (`setGlobalData`) would put it into every page's main bundle (about 2.6 KB gzip each).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CourseModule } from '../course/modules';
import { sectionAddresses, type SectionAddress } from '../course/anchors';

export interface ChapterAddress {
  readonly id: string;
  readonly title: string;
  readonly path: string;
  readonly sections: readonly SectionAddress[];
}

export interface ChapterAddressesData {
  readonly chapters: readonly ChapterAddress[];
}

export const PLUGIN_NAME = 'chapter-addresses';
/** The data file's name; the component imports `@generated/${PLUGIN_NAME}/default/${DATA_FILE}`. */
export const DATA_FILE = 'chapter-addresses.json';

/** The chapters' addresses, from the files in docsDir. Exported for the content test. */
export function readChapterAddresses(docsDir: string, modules: readonly CourseModule[]): ChapterAddress[] {
  return modules.map((m) => ({
    id: m.id,
    title: m.title,
    path: m.path,
    sections: sectionAddresses(readFileSync(path.join(docsDir, m.id, 'index.mdx'), 'utf8')),
  }));
}

export default function chapterAddressesPlugin(context: LoadContext, rawOptions: unknown): Plugin<unknown> {
  const options = rawOptions as { readonly modules: readonly CourseModule[] };
  const docsDir = path.join(context.siteDir, 'docs');
  return {
    name: PLUGIN_NAME,
    getPathsToWatch() {
      return options.modules.map((m) => path.join(docsDir, m.id, 'index.mdx'));
    },
    async loadContent(): Promise<ChapterAddressesData> {
      return { chapters: readChapterAddresses(docsDir, options.modules) };
    },
    async contentLoaded({ content, actions }) {
      await actions.createData(DATA_FILE, JSON.stringify(content as ChapterAddressesData));
    },
  };
}
