/**
 * `@locale/<name>` is `src/i18n/en/<name>` in the English build and `src/i18n/es/<name>` in the
 * Spanish one (src/plugins/localeFiles.ts): a name missing in Spanish would break only the
 * Spanish build. tsc checks the types of what both export; this checks Spanish exports every name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'src', 'i18n');
const modules = readdirSync(join(DIR, 'en'))
  // *View.tsx files choose a component per edition (no words): see src/i18n/en/translationNoticeView.tsx.
  .filter((f) => /\.tsx?$/.test(f) && !/View\.tsx$/.test(f))
  .map((f) => f.replace(/\.tsx?$/, ''));

describe('each edition’s words', () => {
  it('exist for the pages, crisis help, notices and switcher', () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        'blog',
        'crisisLines',
        'crisisText',
        'help',
        'home',
        'languageSwitch',
        'notFound',
        'privacy',
        'translationNotice',
      ]),
    );
  });

  it.each(modules)('%s: Spanish exports every name English exports', (name) => {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const en = require(join(DIR, 'en', name)) as Record<string, unknown>;
    const es = require(join(DIR, 'es', name)) as Record<string, unknown>;
    /* eslint-enable @typescript-eslint/no-require-imports */
    // Spanish may export more (a table it builds from), never less.
    expect(Object.keys(es)).toEqual(expect.arrayContaining(Object.keys(en)));
    for (const key of Object.keys(en)) {
      const [a, b] = [en[key], es[key]];
      // Tables of words: the same entries.
      if (a && typeof a === 'object' && !Array.isArray(a) && !('$$typeof' in a)) {
        expect(Object.keys(b as object).sort()).toEqual(Object.keys(a).sort());
      }
    }
  });
});
