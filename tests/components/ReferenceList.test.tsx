/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import ReferenceList from '../../src/components/ReferenceList';
import { REFERENCES } from '../../src/data/references';
import { formatReference } from '../../src/course/bibliography';
import type { ReferenceListText } from '../../src/i18n/en/references';
import { REFERENCE_LIST_TEXT as ES } from '../../src/i18n/es/references';

// The edition's words (`@locale/references`, which Jest resolves to the English file, so the real
// English words come through requireActual). A test switches them to Spanish.
const { REFERENCE_LIST_TEXT: EN } = jest.requireActual<{ REFERENCE_LIST_TEXT: ReferenceListText }>(
  '../../src/i18n/en/references',
);
let mockText: ReferenceListText = EN;
jest.mock('@locale/references', () => ({
  get REFERENCE_LIST_TEXT() {
    return mockText;
  },
}));

const withoutDoi = REFERENCES.find((r) => !r.doi && r.url)!;
const withDoi = REFERENCES.find((r) => r.doi)!;

describe('<ReferenceList>', () => {
  it.each([
    ['English', EN],
    ['Spanish', ES],
  ])('in %s, labels a source without a DOI in that language, and keeps every entry as published', (_l, text) => {
    mockText = text;
    render(<ReferenceList />);
    const item = document.getElementById(withoutDoi.id)!;
    expect(within(item).getByRole('link', { name: text.readSource })).toHaveAttribute('href', withoutDoi.url);
    const doiItem = document.getElementById(withDoi.id)!;
    expect(within(doiItem).getByRole('link', { name: `doi:${withDoi.doi}` })).toBeInTheDocument();
    // Titles, journals and authors stay in English on every page, marked so screen readers say them in English.
    const published = doiItem.querySelector('[lang="en"]')!;
    expect(published).toHaveTextContent(formatReference(withDoi));
    expect(screen.getAllByRole('listitem')).toHaveLength(REFERENCES.length);
  });

  it('the Spanish label is Spanish, not the English one', () => {
    expect(ES.readSource).not.toBe(EN.readSource);
  });
});
