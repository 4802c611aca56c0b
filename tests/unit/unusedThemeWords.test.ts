import {
  FEATURE_WORDS,
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
