/**
 * Build plugin: the theme's words that this site never shows stay out of every page's main
 * bundle. In the English build the theme's words are in its code; in a translated build
 * Docusaurus puts every translated theme word (about 85, 1.9 KB gzip in Spanish) into the main
 * bundle, the words of theme features this site does not have included (the plugin-pwa reload
 * pop-up, replaced by src/pwa/updateFlow.ts; blog author pages; doc tags; generated category
 * pages). Page-weight budgets are the same in both languages (tests/support/budgets.ts).
 *
 * It also leaves the theme's notes for translators (`description` in its translate calls, read only
 * by `docusaurus write-translations`) out of every bundle, in every language: about 2 KB gzip
 * on a chapter page. In a translated build it also leaves out the English default of every theme
 * word the build has translated, as only the translation is ever shown
 * (src/plugins/translatedDefaults.js).
 *
 * Safe by construction: after the build, if any script asks for a word left out (an upgrade
 * starts using it), the build stops and says which word to keep.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

/** The theme's own files, whose notes for translators are left out of the bundles. */
export const THEME_FILES = /[\\/]@docusaurus[\\/](?:theme-classic|theme-common)[\\/]lib[\\/].*\.js$/;

/** Theme words no script of this site asks for (checked after every build). */
export const UNUSED_THEME_WORDS: readonly string[] = [
  'theme.PwaReloadPopup.closeButtonAriaLabel',
  'theme.PwaReloadPopup.info',
  'theme.PwaReloadPopup.refreshButtonText',
  'theme.blog.author.noPosts',
  'theme.blog.author.pageTitle',
  'theme.blog.authorsList.pageTitle',
  'theme.blog.authorsList.viewAll',
  'theme.docs.DocCard.categoryDescription.plurals',
  'theme.docs.tagDocListPageTitle',
  'theme.docs.tagDocListPageTitle.nDocsTagged',
];

/**
 * Words of theme features that are bundled but show nothing unless the site uses them: left out
 * only when the loaded content and config show the feature is not used.
 */
export const FEATURE_WORDS = {
  /** More than one docs version (a version banner, badge and menu). */
  versions: [
    'theme.docs.versions.latestVersionLinkLabel',
    'theme.docs.versions.latestVersionSuggestionLabel',
    'theme.docs.versions.unmaintainedVersionLabel',
    'theme.docs.versions.unreleasedVersionLabel',
    'theme.docs.versionBadge.label',
    'theme.navbar.mobileVersionsDropdown.label',
  ],
  /** An "Edit this page" link (a doc or post with an editUrl). */
  editUrl: ['theme.common.editThisPage'],
  /** "Last updated" lines (a doc or post with a last update date or author). */
  lastUpdated: ['theme.lastUpdated.atDate', 'theme.lastUpdated.byUser', 'theme.lastUpdated.lastUpdatedAtBy'],
  /** Draft or unlisted banners (a draft or unlisted doc or post). */
  contentVisibility: [
    'theme.contentVisibility.draftBanner.message',
    'theme.contentVisibility.draftBanner.title',
    'theme.contentVisibility.unlistedBanner.message',
    'theme.contentVisibility.unlistedBanner.title',
  ],
  /** An announcement bar (themeConfig.announcementBar). */
  announcementBar: ['theme.AnnouncementBar.closeButtonAriaLabel'],
} as const;

export type Feature = keyof typeof FEATURE_WORDS;

interface PageMetadata {
  readonly editUrl?: string;
  readonly lastUpdatedAt?: number | null;
  readonly lastUpdatedBy?: string | null;
  readonly unlisted?: boolean;
  readonly draft?: boolean;
}

/** What the loaded docs, blog and theme config use (unknown shapes count as used). */
export function featuresInUse(allContent: unknown, themeConfig: Record<string, unknown>): Set<Feature> {
  const used = new Set<Feature>();
  const content = allContent as Record<string, Record<string, unknown> | undefined>;
  const docs = content['docusaurus-plugin-content-docs']?.default as
    { loadedVersions?: { docs?: PageMetadata[] }[] } | undefined;
  const blog = content['docusaurus-plugin-content-blog']?.default as
    { blogPosts?: { metadata?: PageMetadata }[] } | undefined;
  if (!docs?.loadedVersions || (content['docusaurus-plugin-content-blog'] && !blog?.blogPosts))
    return new Set(Object.keys(FEATURE_WORDS) as Feature[]);
  if (docs.loadedVersions.length !== 1) used.add('versions');
  const pages: PageMetadata[] = [
    ...docs.loadedVersions.flatMap((v) => v.docs ?? []),
    ...(blog?.blogPosts ?? []).map((p) => p.metadata ?? {}),
  ];
  if (pages.some((p) => p.editUrl)) used.add('editUrl');
  if (pages.some((p) => p.lastUpdatedAt || p.lastUpdatedBy)) used.add('lastUpdated');
  if (pages.some((p) => p.unlisted || p.draft)) used.add('contentVisibility');
  if (themeConfig.announcementBar) used.add('announcementBar');
  return used;
}

/** The words to leave out: those never asked for, and those of features not in use. */
export function wordsToDrop(used: ReadonlySet<Feature>): string[] {
  return [
    ...UNUSED_THEME_WORDS,
    ...(Object.keys(FEATURE_WORDS) as Feature[]).filter((f) => !used.has(f)).flatMap((f) => FEATURE_WORDS[f]),
  ];
}

/** The words of `UNUSED_THEME_WORDS` that these scripts ask for (by their id, as a string). */
export function wordsAskedFor(scripts: readonly string[], words: readonly string[] = UNUSED_THEME_WORDS): string[] {
  return words.filter((id) => scripts.some((text) => text.includes(`"${id}"`)));
}

function scriptsIn(dir: string): string[] {
  const js = path.join(dir, 'assets', 'js');
  return readdirSync(js)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(path.join(js, name), 'utf8'));
}

export default function unusedThemeWords(context: LoadContext): Plugin {
  const generated = path.join(context.generatedFilesDir, 'codeTranslations.json');
  let drop: string[] = [...UNUSED_THEME_WORDS];
  return {
    name: 'kap-unused-theme-words',
    async allContentLoaded({ allContent }) {
      drop = wordsToDrop(featuresInUse(allContent, context.siteConfig.themeConfig));
    },
    configureWebpack() {
      return {
        module: {
          rules: [
            // Every language: the theme's notes for translators (src/plugins/translatorNotesLoader.js).
            // In a translated build also the English defaults of the words it has translated
            // (src/plugins/translatedDefaults.js): shown never, as the translation is used.
            {
              test: THEME_FILES,
              use: [
                {
                  loader: path.resolve(__dirname, 'translatorNotesLoader.js'),
                  options: { translationsFile: generated, drop },
                },
              ],
            },
            {
              test: (file: string) => path.resolve(file) === generated,
              use: [
                {
                  loader: path.resolve(__dirname, 'themeWordsLoader.js'),
                  options: { drop },
                },
              ],
            },
          ],
        },
      };
    },
    async postBuild({ outDir }) {
      const asked = wordsAskedFor(scriptsIn(outDir));
      if (asked.length > 0) {
        throw new Error(
          `src/plugins/unusedThemeWords.ts leaves out theme words that a script now asks for: ${asked.join(', ')}. Remove them from UNUSED_THEME_WORDS.`,
        );
      }
    },
  };
}
