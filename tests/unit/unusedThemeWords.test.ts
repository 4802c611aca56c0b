import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe("a translated build leaves out the theme's English defaults for the words it has translated", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stripTranslatedDefaults } = require('../../src/plugins/translatedDefaults.js') as {
    stripTranslatedDefaults: (source: string, translated: ReadonlySet<string>) => string;
  };
  const translated = new Set(['theme.x', 'theme.y', 'theme.z', 'theme.q']);

  it('removes the default of a translated word from translate() and <Translate>, in either order', () => {
    const source = [
      "const a = translate({id: 'theme.x', message: 'Close'});",
      'const b = translate({\n  message: \'One doc|{count} docs\',\n  id: "theme.y",\n}, {count});',
      '<Translate id="theme.z" values={{n: <b>{n}</b>}}>\n  Next page\n</Translate>',
      "<Translate id='theme.q'>{'Last updated{atDate}'}</Translate>",
    ].join('\n');
    const out = stripTranslatedDefaults(source, translated);
    expect(out).not.toMatch(/Close|One doc|Next page|Last updated/);
    expect(out).toContain("translate({id: 'theme.x', })");
    expect(out).toContain('id: "theme.y",\n}, {count})');
    expect(out).toContain('<Translate id="theme.z" values={{n: <b>{n}</b>}}></Translate>');
    expect(out).toContain("<Translate id='theme.q'></Translate>");
  });

  it('keeps every default it cannot be sure of: untranslated words, computed ids or texts, other calls', () => {
    const source = [
      "translate({id: 'theme.other', message: 'Stays'});",
      'translate({id: `theme.${kind}`, message: "Computed id"});',
      "translate({id: 'theme.x', message: 'Joined ' + name});",
      '<Translate id="theme.z">Hello <b>you</b></Translate>',
      '<Translate id="theme.other">Also stays</Translate>',
      '<Translate id="theme.x" />',
      "notTranslate({id: 'theme.x', message: 'Not a translate call'});",
      "const plain = {id: 'theme.x', message: 'Not in a call'};",
      "translate({id: 'theme.x', // it's a note\n message: 'With a comment'});",
    ].join('\n');
    expect(stripTranslatedDefaults(source, translated)).toBe(source);
    expect(stripTranslatedDefaults(source, new Set())).toBe(source);
  });

  it('on the installed theme: the 404 page and the top bar lose their English words and keep their ids', () => {
    const theme = join(__dirname, '..', '..', 'node_modules', '@docusaurus', 'theme-classic', 'lib', 'theme');
    const notFound = readFileSync(join(theme, 'NotFound', 'Content', 'index.js'), 'utf8');
    const navbar = readFileSync(join(theme, 'Navbar', 'Layout', 'index.js'), 'utf8');
    const ids = new Set(['theme.NotFound.title', 'theme.NotFound.p1', 'theme.NavBar.navAriaLabel']);
    const out404 = stripTranslatedDefaults(notFound, ids);
    expect(notFound).toContain('Page Not Found');
    expect(out404).not.toMatch(/Page Not Found|We could not find what you were looking for/);
    expect(out404).toMatch(/Please contact the owner of the site/); // theme.NotFound.p2: not in the set
    expect(out404).toMatch(/id="theme\.NotFound\.title"/);
    const outNav = stripTranslatedDefaults(navbar, ids);
    expect(outNav).not.toMatch(/message: 'Main'/);
    expect(outNav).toMatch(/id: 'theme\.NavBar\.navAriaLabel'/);
  });

  it('the loader strips only with a translations file, and never a word left out of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kap-words-'));
    const file = join(dir, 'codeTranslations.json');
    writeFileSync(file, JSON.stringify({ 'theme.x': 'Cerrar', 'theme.y': 'Siguiente' }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const notesLoader = require('../../src/plugins/translatorNotesLoader.js') as (
      this: unknown,
      source: string,
    ) => string;
    const source = "translate({id: 'theme.x', message: 'Close'}); translate({id: 'theme.y', message: 'Next'});";
    const deps: string[] = [];
    const run = (options: object) =>
      notesLoader.call({ getOptions: () => options, addDependency: (f: string) => deps.push(f) }, source);
    expect(run({})).toBe(source);
    const out = run({ translationsFile: file, drop: ['theme.y'] });
    expect(out).not.toContain('Close');
    expect(out).toContain("message: 'Next'");
    expect(deps).toEqual([file]);
    expect(run({ translationsFile: join(dir, 'missing.json') })).toBe(source);
  });
});
