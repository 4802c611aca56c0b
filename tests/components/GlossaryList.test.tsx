/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import GlossaryList from '../../src/components/GlossaryList';
import type { GlossaryEntry } from '../../src/data/glossary';
import { GLOSSARY as EN_GLOSSARY } from '../../src/data/glossary';
import { GLOSSARY as ES_GLOSSARY } from '../../src/i18n/es/glossary';

// The edition the page is built for: its locale and its glossary (`@locale/glossary`).
let mockLocale = 'en';
let mockGlossary: readonly GlossaryEntry[] = EN_GLOSSARY;
jest.mock('@docusaurus/useDocusaurusContext', () => () => ({ i18n: { currentLocale: mockLocale } }));
jest.mock('@locale/glossary', () => ({
  get GLOSSARY() {
    return mockGlossary;
  },
}));

function edition(locale: string, glossary: readonly GlossaryEntry[]) {
  mockLocale = locale;
  mockGlossary = glossary;
  render(<GlossaryList />);
  return screen.getAllByRole('heading', { level: 2 });
}

const entry = (id: string, term: string): GlossaryEntry => ({ id, term, definition: `About ${term}.` });
const withEnye = [entry('oso', 'Oso'), entry('nandu', 'Ñandú'), entry('nube', 'Nube')];

describe('<GlossaryList>', () => {
  it('the Spanish page lists every term in Spanish, with its English id as the anchor', () => {
    const headings = edition('es', ES_GLOSSARY);
    expect(headings).toHaveLength(EN_GLOSSARY.length);
    expect(headings.map((h) => h.id).sort()).toEqual(EN_GLOSSARY.map((g) => g.id).sort());
    const disociacion = document.getElementById('dissociation')!;
    expect(disociacion).toHaveTextContent('Disociación');
    expect(disociacion.nextElementSibling).toHaveTextContent(/^Sentirse desconectado/);
  });

  it('sorts the way each language does: Spanish puts "ñ" after "n", English does not', () => {
    expect(edition('es', withEnye).map((h) => h.textContent)).toEqual(['Nube', 'Ñandú', 'Oso']);
    document.body.innerHTML = '';
    expect(edition('en', withEnye).map((h) => h.textContent)).toEqual(['Ñandú', 'Nube', 'Oso']);
  });

  it('the Spanish page is in Spanish alphabetical order, accents aside', () => {
    const terms = edition('es', ES_GLOSSARY).map((h) => h.textContent!);
    const plain = (t: string) =>
      t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    for (let i = 1; i < terms.length; i++) {
      expect(plain(terms[i - 1]!) <= plain(terms[i]!)).toBe(true);
    }
  });
});
