/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import TranslationNotice from '../../src/components/TranslationNotice';
import { resolveClinicConfig } from '../../src/config/clinic';

const clinic = resolveClinicConfig({ reportErrorUrl: 'mailto:content@clinic.example' });
let frontMatter: Record<string, unknown> = {
  translation_of: '0123456789abcdef0123456789abcdef01234567',
  last_reviewed: '2026-11-22',
  review_due: '2027-11-22',
};
const localeConfigs = { en: { baseUrl: '/' }, es: { baseUrl: '/es/' } };
let context = {
  siteConfig: {
    baseUrl: '/es/',
    url: 'https://kap-course.example',
    title: 'Understanding KAP',
    customFields: { clinic },
  },
  i18n: {
    currentLocale: 'es',
    defaultLocale: 'en',
    localeConfigs: localeConfigs as Record<string, { baseUrl: string }>,
  },
};

jest.mock('@docusaurus/useDocusaurusContext', () => () => context);
jest.mock('@docusaurus/router', () => ({
  useLocation: () => ({ pathname: context.siteConfig.baseUrl + 'learn/safety' }),
}));
jest.mock('@docusaurus/plugin-content-docs/client', () => ({
  useDoc: () => ({
    metadata: { title: 'Seguridad y efectos secundarios' },
    frontMatter: frontMatter,
  }),
}));
jest.mock('@locale/translationNotice', () => jest.requireActual('../../src/i18n/es/translationNotice'));
jest.mock('@locale/dates', () => jest.requireActual('../../src/i18n/es/dates'));

describe('the translation notice on a Spanish docs page', () => {
  const english = context;
  afterEach(() => {
    context = english;
  });

  it('says the page is a translation, with a link to the same page in English', () => {
    render(<TranslationNotice />);
    const notice = screen.getByRole('complementary', { name: 'Sobre esta traducción' });
    expect(notice).toHaveTextContent('Esta página es una traducción de la página en inglés.');
    const link = within(notice).getByRole('link', { name: 'la página en inglés' });
    expect(link).toHaveAttribute('href', '/learn/safety');
    expect(link).toHaveAttribute('hreflang', 'en');
  });

  it("shows the English page's review dates, from the translation's front matter, in one sentence", () => {
    render(<TranslationNotice />);
    const notice = screen.getByTestId('translation-notice');
    expect(notice).toHaveTextContent(
      'Esta página es una traducción de la página en inglés. La página en inglés se revisó por última vez el 22 de noviembre de 2026. Su próxima revisión será el 22 de noviembre de 2027.',
    );
  });

  it('leaves the dates out, not the notice, when the front matter lacks one', () => {
    frontMatter = { translation_of: '0123456789abcdef0123456789abcdef01234567', last_reviewed: '2026-11-22' };
    try {
      render(<TranslationNotice />);
      const notice = screen.getByTestId('translation-notice');
      expect(notice).toHaveTextContent('Esta página es una traducción de la página en inglés.');
      expect(notice).not.toHaveTextContent(/revis/);
    } finally {
      frontMatter = {
        translation_of: '0123456789abcdef0123456789abcdef01234567',
        last_reviewed: '2026-11-22',
        review_due: '2027-11-22',
      };
    }
  });

  it('offers "Informe un problema con esta traducción", a report that says it is about the Spanish translation', () => {
    render(<TranslationNotice />);
    const report = screen.getByRole('link', { name: 'Informe un problema con esta traducción' });
    const href = new URL(report.getAttribute('href')!);
    expect(href.protocol).toBe('mailto:');
    expect(href.searchParams.get('subject')).toBe(
      'Problem on "Seguridad y efectos secundarios" (traducción al español / Spanish translation)',
    );
    expect(href.searchParams.get('body')).toContain('Page: https://kap-course.example/es/learn/safety');
  });

  it('names the English page without a link when this copy has no English edition', () => {
    context = { ...english, i18n: { ...english.i18n, localeConfigs: { es: { baseUrl: '/' } } } };
    context.siteConfig = { ...english.siteConfig, baseUrl: '/' };
    render(<TranslationNotice />);
    expect(screen.getByTestId('translation-notice')).toHaveTextContent(
      'Esta página es una traducción de la página en inglés.',
    );
    expect(screen.queryByRole('link', { name: 'la página en inglés' })).toBeNull();
  });

  it('on a page that is not translated (no translation_of), says only that the page is in English', () => {
    const translated = frontMatter;
    frontMatter = { last_reviewed: '2026-11-22', review_due: '2027-11-22' };
    try {
      render(<TranslationNotice />);
      expect(screen.getByTestId('english-only-notice')).toHaveTextContent('Esta página está en inglés.');
      expect(screen.queryByTestId('translation-notice')).toBeNull();
    } finally {
      frontMatter = translated;
    }
  });

  it('is not shown on English pages', () => {
    context = {
      ...english,
      siteConfig: { ...english.siteConfig, baseUrl: '/' },
      i18n: { ...english.i18n, currentLocale: 'en' },
    };
    const { container } = render(<TranslationNotice />);
    expect(container).toBeEmptyDOMElement();
  });
});
