import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FEATURE_WORDS,
  THEME_FILES,
  featuresInUse,
  UNUSED_THEME_WORDS,
  wordsAskedFor,
  wordsToDrop,
} from '../../src/plugins/unusedThemeWords';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../src/plugins/themeWordsLoader.js') as (this: unknown, source: string) => string;

const content = (docs: object[], posts: object[] = [], versions = 1) => ({
  'docusaurus-plugin-content-docs': {
    default: { loadedVersions: Array.from({ length: versions }, (_, i) => ({ docs: i === 0 ? docs : [] })) },
  },
  'docusaurus-plugin-content-blog': { default: { blogPosts: posts.map((metadata) => ({ metadata })) } },
});

describe('theme words left out of a translated main bundle', () => {
  it('leaves out the words of features the site does not use, and keeps those it uses', () => {
    expect(featuresInUse(content([{}], [{}]), {})).toEqual(new Set());
    const used = featuresInUse(content([{ editUrl: 'https://x' }], [{ lastUpdatedAt: 1 }, { unlisted: true }], 2), {
      announcementBar: { content: 'x' },
    });
    expect([...used].sort()).toEqual(Object.keys(FEATURE_WORDS).sort());
    expect(wordsToDrop(used)).toEqual(UNUSED_THEME_WORDS);
    expect(wordsToDrop(new Set(['editUrl']))).not.toContain('theme.common.editThisPage');
    expect(wordsToDrop(new Set())).toContain('theme.common.editThisPage');
  });

  it('keeps every feature word when the loaded content has an unknown shape (an upgrade)', () => {
    expect([...featuresInUse({}, {})].sort()).toEqual(Object.keys(FEATURE_WORDS).sort());
    expect(wordsToDrop(featuresInUse({ 'docusaurus-plugin-content-docs': { default: {} } }, {}))).toEqual(
      UNUSED_THEME_WORDS,
    );
  });

  it('finds a left-out word that a script asks for, so the build can stop', () => {
    const script = 'translate({id:"theme.PwaReloadPopup.info",message:"New version"})';
    expect(wordsAskedFor([script, 'other()'])).toEqual(['theme.PwaReloadPopup.info']);
    expect(wordsAskedFor(['translate({id:"theme.common.skipToMainContent"})'])).toEqual([]);
  });

  it('the loader removes exactly the words it is given', () => {
    const source = JSON.stringify({ 'theme.a': 'A', 'theme.b': 'B', 'theme.c': 'C' });
    const out = loader.call({ getOptions: () => ({ drop: ['theme.b', 'theme.missing'] }) }, source);
    expect(JSON.parse(out)).toEqual({ 'theme.a': 'A', 'theme.c': 'C' });
  });
});

describe("the theme's notes for translators are left out of the bundles", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stripTranslatorNotes } = require('../../src/plugins/translatorNotesLoader.js') as {
    stripTranslatorNotes: (source: string) => string;
  };

  it('removes a note from translate() and <Translate>, and nothing else', () => {
    const source = [
      "const a = translate({id: 'theme.x', message: 'Close', description: 'The ARIA label, with a \\'quote\\''});",
      "const b = translate({\n  id: 'theme.y',\n  description:\n    'Pluralized label for \"{count} docs\"',\n  message: 'One doc|{count} docs',\n});",
      '<Translate id="theme.z" description="The label of the button">Next</Translate>',
      "const classes = {description: 'theme-doc-card-description'};",
      '<PageMetadata title={title} description={description} />',
    ].join('\n');
    const out = stripTranslatorNotes(source);
    expect(out).not.toMatch(/ARIA label|Pluralized|The label of the button/);
    expect(out).toContain("translate({id: 'theme.x', message: 'Close', })");
    expect(out).toContain("message: 'One doc|{count} docs'");
    expect(out).toContain('<Translate id="theme.z" >Next</Translate>');
    expect(out).toContain("{description: 'theme-doc-card-description'}");
    expect(out).toContain('description={description}');
  });

  it('on the installed theme: removes the notes and keeps its class names (ThemeClassNames)', () => {
    const docusaurus = join(__dirname, '..', '..', 'node_modules', '@docusaurus');
    const classNames = readFileSync(join(docusaurus, 'theme-common', 'lib', 'utils', 'ThemeClassNames.js'), 'utf8');
    expect(classNames).toMatch(/description: 'theme-doc-card-description'/);
    expect(stripTranslatorNotes(classNames)).toBe(classNames);
    const mobile = join(
      docusaurus,
      'theme-classic',
      'lib',
      'theme',
      'NavbarItem',
      'DropdownNavbarItem',
      'Mobile',
      'index.js',
    );
    const source = readFileSync(mobile, 'utf8');
    expect(source).toMatch(/description:/);
    expect(stripTranslatorNotes(source)).not.toMatch(/description:/);
    expect(stripTranslatorNotes(source)).toMatch(/theme\.navbar\.mobileDropdown\.collapseButton\.expandAriaLabel/);
    expect(THEME_FILES.test(mobile)).toBe(true);
  });
});
