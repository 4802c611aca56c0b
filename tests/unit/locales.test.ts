import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import { localeOfPath, localePrefix, pathInEdition } from '../../src/i18n/locales';
import localeFiles from '../../src/plugins/localeFiles';

describe('which language a source file is in', () => {
  it.each([
    ['/site/docs/safety/index.mdx', 'en'],
    ['/site/i18n/es/docusaurus-plugin-content-docs/current/safety/index.mdx', 'es'],
    ['C:\\site\\i18n\\es\\docusaurus-plugin-content-docs\\current\\faq.mdx', 'es'],
    ['/site/i18n/fr/docusaurus-plugin-content-docs/current/faq.mdx', 'en'],
    [undefined, 'en'],
  ])('%s is %s', (file, locale) => {
    expect(localeOfPath(file)).toBe(locale);
  });

  it('puts the default language at the root and the others under their code', () => {
    expect(localePrefix('en')).toBe('');
    expect(localePrefix('es')).toBe('/es');
    expect(localePrefix('en', 'es')).toBe('/en');
  });
});

describe('@locale/<name> in each build', () => {
  function aliasFor(locale: string): unknown {
    const context = {
      siteDir: '/site',
      i18n: { currentLocale: locale, defaultLocale: 'en' },
    } as unknown as LoadContext;
    const plugin = localeFiles(context);
    const config = (plugin.configureWebpack as () => { resolve: { alias: Record<string, string> } })();
    return config.resolve.alias['@locale'];
  }

  it('is src/i18n/en in the English build and src/i18n/es in the Spanish build', () => {
    expect(aliasFor('en')).toBe(path.join('/site', 'src', 'i18n', 'en'));
    expect(aliasFor('es')).toBe(path.join('/site', 'src', 'i18n', 'es'));
  });
});

describe('the same page in the other edition', () => {
  it('swaps the edition base and keeps the rest of the path', () => {
    expect(pathInEdition('/es/learn/safety', '/es/', '/')).toBe('/learn/safety');
    expect(pathInEdition('/learn/safety', '/', '/es/')).toBe('/es/learn/safety');
    expect(pathInEdition('/kap/es/learn/faq', '/kap/es/', '/kap/')).toBe('/kap/learn/faq');
  });

  it('leads from one home page to the other, with or without the last slash', () => {
    expect(pathInEdition('/es/', '/es/', '/')).toBe('/');
    expect(pathInEdition('/es', '/es/', '/')).toBe('/');
    expect(pathInEdition('/', '/', '/es/')).toBe('/es/');
  });
});
