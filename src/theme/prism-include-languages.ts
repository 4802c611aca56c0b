/**
 * Ejected from the classic theme (its swizzle config: "Meant to be ejected"; it is not a
 * component, so it cannot be wrapped). The course has no program code to highlight: Prism is
 * replaced by a plain-text stand-in (src/plugins/noCodeHighlighting.ts) and no Prism language is
 * added, so this adds none.
 *
 * The theme's own version requires `prismjs/components/prism-${lang}` for each of
 * `prism.additionalLanguages`. With that list empty, the bundler still resolved the pattern to
 * Prism's own index, and every page's main bundle carried Prism's catalog of languages and
 * plugins (`prismjs/components.js`, `dependencies.js`): about 43 KB, 10 KB gzip, never run.
 * src/plugins/noCodeHighlighting.ts stops the build if the config ever names a language.
 */
export default function prismIncludeLanguages(): void {
  // No languages to add.
}
