import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { chooseSearch, SEARCH_IGNORED_SELECTORS } from './src/config/search';
import { paintFirst } from './src/paintFirst';
import { loadClinicConfig } from './src/config/loadClinic';
import { DOCS_ROUTE } from './src/course/modules';
import remarkReadingTime from './src/plugins/remarkReadingTime';
import remarkCourseData from './src/plugins/remarkCourseData';
import rehypeTableLabels from './src/plugins/rehypeTableLabels';
import rehypeGroupListen from './src/plugins/rehypeGroupListen';
import noCodeHighlighting from './src/plugins/noCodeHighlighting';
import noCollatorAtStart from './src/plugins/noCollatorAtStart';
import chapterAddresses from './src/plugins/chapterAddresses';
import hostingFiles from './src/plugins/hostingFiles';
import offlineCopy from './src/plugins/offlineCopy';
import searchIndex from './src/plugins/searchIndex';
import localeFiles from './src/plugins/localeFiles';
import unusedThemeWords from './src/plugins/unusedThemeWords';
import { SITE_NAMES, SOURCE_LOCALE, isCourseLocale } from './src/i18n/locales';
import { i18nFor } from './src/config/languages';
import { visibleModules } from './src/config/clinic';
import { redirectsFor } from './src/config/redirects';

export default function createConfig(): Config {
  const clinic = loadClinicConfig();
  const search = chooseSearch(process.env);
  // A clinic's hidden modules stay built, so links between chapters keep working, but they
  // leave the sidebar, home page, plans, progress, sitemap and search index.
  const hiddenRoutes = clinic.hiddenModules.map((id) => `${DOCS_ROUTE}/${id}`);
  // Docusaurus builds one language at a time (DOCUSAURUS_CURRENT_LOCALE; unset for `npm start`).
  const building = process.env.DOCUSAURUS_CURRENT_LOCALE;
  const locale = isCourseLocale(building) ? building : clinic.languages[0]!;
  const { title: SITE_TITLE, tagline: TAGLINE } = SITE_NAMES[locale];
  const title = clinic.clinic ? `${SITE_TITLE} · ${clinic.clinic.name}` : SITE_TITLE;

  return {
    title,
    tagline: TAGLINE,
    favicon: 'img/favicon.svg',
    url: process.env.SITE_URL?.trim() || 'https://kap-course.example',
    baseUrl: process.env.BASE_URL?.trim() || '/',

    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    markdown: {
      hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
      // Chapters give headings stable anchors with {#anchor}: clinicians and quizzes link to them.
      mdx1Compat: { comments: true, admonitions: true, headingIds: true },
    },

    future: { v4: true },

    // The languages come from the clinic config (both by default); the first is at the root.
    // Translations live in i18n/<locale>/ (i18n/README.md).
    i18n: i18nFor(clinic.languages),

    customFields: {
      clinic,
      searchKind: search.kind,
      searchEngine: search.kind === 'local' ? search.engine : 'algolia',
    },

    // Paint the page before its scripts run (src/paintFirst/README.md).
    ssrTemplate: paintFirst.ssrTemplate,

    // No link prefetching: a first visit downloads its own page, not every chapter in view.
    clientModules: ['./src/client/noLinkPrefetch.ts'],

    presets: [
      [
        'classic',
        {
          docs: {
            routeBasePath: DOCS_ROUTE.slice(1),
            sidebarPath: './sidebars.ts',
            beforeDefaultRemarkPlugins: [remarkCourseData],
            remarkPlugins: [remarkReadingTime],
            // Tables become labeled cards on phones (see the plugin and src/css/custom.css).
            // The FAQ gets a Listen control for each group of answers (see the plugin).
            rehypePlugins: [
              rehypeTableLabels,
              [
                rehypeGroupListen,
                { files: ['docs/faq.mdx', 'i18n/es/docusaurus-plugin-content-docs/current/faq.mdx'] },
              ],
            ],
            breadcrumbs: true,
          },
          blog: {
            beforeDefaultRemarkPlugins: [remarkCourseData],
            rehypePlugins: [rehypeTableLabels],
            showReadingTime: true,
            onInlineTags: 'throw',
            onInlineAuthors: 'throw',
            onUntruncatedBlogPosts: 'throw',
            blogSidebarTitle: 'All posts',
            feedOptions: { type: ['rss', 'atom'], xslt: false },
          },
          theme: { customCss: './src/css/custom.css' },
          sitemap: {
            lastmod: null,
            changefreq: null,
            priority: null,
            // In every language: the Spanish sitemap lists /es/learn/<id>.
            ignorePatterns: hiddenRoutes
              .flatMap((route) => clinic.languages.map((l, i) => `${i === 0 ? '' : `/${l}`}${route}`))
              .flatMap((route) => [route, `${route}/`]),
          },
        } satisfies Preset.Options,
      ],
    ],

    plugins: [
      // Each language's build bundles its own words: `./checklist` is `checklist.es.ts` in Spanish.
      localeFiles,
      // A translated build leaves out the theme's words this site never shows (main bundle weight).
      unusedThemeWords,
      // The course has no code: keep syntax highlighting (~25 KB) out of every page.
      noCodeHighlighting,
      // No string collation while a page starts: it loads collation tables, a long pause on a phone.
      noCollatorAtStart,
      // Paint first: each page starts its route's scripts with the main bundle, and V8
      // compiles the main bundle while it downloads (src/paintFirst/README.md).
      ...paintFirst.plugins,
      // _headers and nginx-headers.conf (security headers, inline scripts allowed by hash) and
      // the license texts, for static hosts (src/plugins/hostingFiles.ts). It hashes the redirect
      // pages' scripts too, so it takes the same redirects as plugin-client-redirects below.
      [hostingFiles, { redirects: redirectsFor(visibleModules(clinic)) }],
      // Offline use: a service worker keeps the pages a reader opens; the whole course only when
      // they ask (My progress). Our registration (src/pwa/registerSw.ts) turns the plugin's
      // download of every file off and waits until the page has loaded; our rules are in
      // src/pwa/sw.js. What this relies on in the plugin: UPGRADING-offline.md.
      [
        '@docusaurus/plugin-pwa',
        {
          swRegister: require.resolve('./src/pwa/registerSw.ts'),
          swCustom: require.resolve('./src/pwa/sw.js'),
          pwaHead: [
            { tagName: 'link', rel: 'manifest', href: '/manifest.json' },
            { tagName: 'meta', name: 'theme-color', content: '#1f6f78' },
          ],
        },
      ],
      // The list of files "Save the whole course" stores, and its size (build/offline-copy.json).
      offlineCopy,
      // Stable addresses for every chapter section, listed on the clinicians' linking page.
      [chapterAddresses, { modules: visibleModules(clinic) }],
      // Old and short addresses keep working (src/config/redirects.ts).
      ['@docusaurus/plugin-client-redirects', { redirects: redirectsFor(visibleModules(clinic)) }],
      // Offline search: the Pagefind index, written into build/pagefind/ after the build.
      ...(search.kind === 'local' && search.engine === 'pagefind'
        ? [[searchIndex, { hiddenRoutes }] as [typeof searchIndex, { hiddenRoutes: string[] }]]
        : []),
    ],

    themes:
      search.kind === 'local' && search.engine === 'lunr'
        ? [
            [
              '@easyops-cn/docusaurus-search-local',
              {
                hashed: true,
                language: ['en'],
                docsRouteBasePath: DOCS_ROUTE.slice(1),
                indexPages: true,
                highlightSearchTermsOnTargetPage: false,
                explicitSearchResultPath: true,
                searchBarShortcutHint: false,
                ignoreCssSelectors: [...SEARCH_IGNORED_SELECTORS],
                ignoreFiles: hiddenRoutes.map((route) => route.slice(1)),
              },
            ],
          ]
        : [],

    themeConfig: {
      ...(search.kind === 'algolia' ? { algolia: { ...search.algolia } } : {}),
      colorMode: { respectPrefersColorScheme: true },
      metadata: [{ name: 'referrer', content: 'no-referrer' }],
      docs: { sidebar: { hideable: false, autoCollapseCategories: false } },
      navbar: {
        title: SITE_TITLE,
        logo: {
          // On phones the site name is hidden, so the logo link must name itself.
          alt: 'Home',
          src: clinic.clinic?.logo ?? 'img/logo.svg',
          width: 32,
          height: 32,
        },
        items: [
          { type: 'custom-helpNow', position: 'left' },
          { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course' },
          // Readers look for answers first (issue 12): in the top bar, and in the phone menu on phones.
          { to: `${DOCS_ROUTE}/faq`, label: 'FAQ', position: 'left' },
          { to: '/progress', label: 'My progress', position: 'left' },
          // Always there (also in the phone menu), so a saved plan is one tap away; /plan says
          // plainly when there is none. On phones it sits in the menu, away from "Get help now".
          { to: '/plan', label: 'My plan', position: 'left' },
          { to: '/blog', label: 'Blog', position: 'left' },
          // The clinicians' pages are in English: a translated edition links to them from its footer
          // only, which leaves its longer labels room in the top bar.
          ...(locale === SOURCE_LOCALE
            ? [{ to: `${DOCS_ROUTE}/for-clinicians`, label: 'For clinicians', position: 'right' as const }]
            : []),
          // The language switcher (keeps the page and section; the choice is remembered on this
          // device only: src/theme/NavbarItem/LocaleDropdownNavbarItem), when both languages are built.
          ...(clinic.languages.length > 1 ? [{ type: 'localeDropdown' as const, position: 'right' as const }] : []),
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Course',
            items: [
              { label: 'Start here', to: `${DOCS_ROUTE}/start-here` },
              { label: 'Frequently asked questions', to: `${DOCS_ROUTE}/faq` },
              { label: 'Glossary', to: `${DOCS_ROUTE}/glossary` },
              { label: 'References', to: `${DOCS_ROUTE}/references` },
            ],
          },
          {
            title: 'Help and privacy',
            items: [
              { label: 'Get help now', to: '/help' },
              { label: 'Privacy: we collect nothing', to: '/privacy' },
              { label: 'My progress', to: '/progress' },
              { label: 'Save the course to read offline', to: '/progress#offline' },
              { label: 'My preparation plan', to: '/plan' },
              { label: 'My preparation summary', to: '/summary' },
            ],
          },
          {
            title: 'For clinicians',
            items: [
              { label: 'Using the course in care', to: `${DOCS_ROUTE}/for-clinicians` },
              { label: 'Make a preparation plan', to: '/plan/build' },
              { label: 'Host your own copy', to: `${DOCS_ROUTE}/for-clinicians/host-your-own-copy` },
              // Files copied into the build by src/plugins/hostingFiles.ts.
              { label: 'Code license: MIT', href: 'pathname:///LICENSE.txt' },
              { label: 'Content license: CC BY-SA 4.0', href: 'pathname:///LICENSE-CONTENT.txt' },
            ],
          },
        ],
        copyright:
          'This site is education only. It is not medical advice and not emergency care. ' +
          'Talk with a qualified clinician about your own care. ' +
          'If you are in danger now, call your local emergency number or see Get help now. ' +
          'Content is free to share under CC BY-SA 4.0.',
      },
    } satisfies Preset.ThemeConfig,
  };
}
