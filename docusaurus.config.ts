import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import { chooseSearch, SEARCH_IGNORED_SELECTORS } from './src/config/search';
import { loadClinicConfig } from './src/config/loadClinic';
import { DOCS_ROUTE } from './src/course/modules';
import remarkReadingTime from './src/plugins/remarkReadingTime';

const SITE_TITLE = 'Understanding KAP';
const TAGLINE = 'A free, open course on ketamine-assisted psychotherapy';

export default function createConfig(): Config {
  const clinic = loadClinicConfig();
  const search = chooseSearch(process.env);
  // A clinic's hidden modules stay built, so links between chapters keep working, but they
  // leave the sidebar, home page, plans, progress, sitemap and search index.
  const hiddenRoutes = clinic.hiddenModules.map((id) => `${DOCS_ROUTE}/${id}`);
  const title = clinic.clinic ? `${SITE_TITLE} · ${clinic.clinic.name}` : SITE_TITLE;

  return {
    title,
    tagline: TAGLINE,
    favicon: 'img/favicon.svg',
    url: process.env.SITE_URL?.trim() || 'https://kap-course.example',
    baseUrl: process.env.BASE_URL?.trim() || '/',
    trailingSlash: false,

    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    markdown: {
      hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
    },

    future: { v4: true },

    i18n: { defaultLocale: 'en', locales: ['en'] },

    customFields: { clinic, searchKind: search.kind },

    presets: [
      [
        'classic',
        {
          docs: {
            routeBasePath: DOCS_ROUTE.slice(1),
            sidebarPath: './sidebars.ts',
            remarkPlugins: [remarkReadingTime],
            breadcrumbs: true,
          },
          blog: {
            showReadingTime: true,
            onInlineTags: 'throw',
            onInlineAuthors: 'throw',
            onUntruncatedBlogPosts: 'throw',
            blogSidebarTitle: 'All posts',
            feedOptions: { type: ['rss', 'atom'], xslt: false },
          },
          theme: { customCss: './src/css/custom.css' },
          sitemap: { lastmod: null, changefreq: null, priority: null, ignorePatterns: hiddenRoutes },
        } satisfies Preset.Options,
      ],
    ],

    themes:
      search.kind === 'local'
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
          alt: '',
          src: clinic.clinic?.logo ?? 'img/logo.svg',
          width: 32,
          height: 32,
        },
        items: [
          { type: 'custom-helpNow', position: 'left' },
          { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Course' },
          { to: '/progress', label: 'My progress', position: 'left' },
          { to: '/blog', label: 'Blog', position: 'left' },
          { to: `${DOCS_ROUTE}/for-clinicians`, label: 'For clinicians', position: 'right' },
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
            ],
          },
          {
            title: 'For clinicians',
            items: [{ label: 'Using the course in care', to: `${DOCS_ROUTE}/for-clinicians` }],
          },
        ],
        copyright:
          'This site is education only. It is not medical advice and not emergency care. ' +
          'Talk with a qualified clinician about your own care. ' +
          'If you are in danger now, call your local emergency number or see Get help now. ' +
          'Content is free to share under CC BY-SA 4.0.',
      },
      prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
    } satisfies Preset.ThemeConfig,
  };
}
