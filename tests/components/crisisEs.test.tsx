/** @jest-environment jsdom */
/**
 * The crisis parts of a Spanish page: the Spanish build's config carries the Spanish lines
 * (src/i18n/es/crisisLines.ts) and `@locale/crisisText` is the Spanish words.
 */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import HelpNow from '../../src/components/HelpNow';
import HelpNowLink from '../../src/components/HelpNowLink';
import PrintFooter from '../../src/components/PrintFooter';
import CrisisLines from '../../src/components/CrisisLines';
import { groupLines } from '../../src/course/crisisGroups';
import { loadClinicConfig } from '../../src/config/loadClinic';

const spanishConfig = loadClinicConfig({ DOCUSAURUS_CURRENT_LOCALE: 'es' });

jest.mock('@locale/crisisText', () => jest.requireActual('../../src/i18n/es/crisisText'));
jest.mock('@site/src/hooks/useClinicConfig', () => ({ useClinicConfig: () => spanishConfig }));

describe('crisis help on a Spanish page', () => {
  it('the crisis box offers 911, then the 988 line in Spanish, each one tap away', () => {
    render(<HelpNow />);
    const box = screen.getByRole('complementary', { name: 'Si necesita ayuda ahora' });
    expect(box).toHaveTextContent('no tiene que esperar');
    expect(box).toHaveTextContent('Este curso no es atención de emergencia.');
    const links = within(box).getAllByRole('link');
    expect(links.slice(0, 4).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Llame al 911', 'tel:911'],
      ['Llame al 988 y marque 2', 'tel:988'],
      ['Envíe AYUDA al 988 por mensaje de texto', 'sms:988?&body=AYUDA'],
      ['Chat en español', 'https://988lineadevida.org/'],
    ]);
    expect(within(box).getByRole('link', { name: 'Vea todas las líneas de crisis' })).toHaveAttribute('href', '/help');
    // Referral and support lines are never in the crisis box.
    expect(box).not.toHaveTextContent(/SAMHSA|Fireside/);
  });

  it('the top bar link says "Obtenga ayuda ahora" and leads to the help page', () => {
    render(<HelpNowLink />);
    expect(screen.getByRole('link', { name: 'Obtenga ayuda ahora' })).toHaveAttribute('href', '/help');
  });

  it('a printout ends with the Spanish crisis lines and says it is not emergency care, in Spanish', () => {
    render(<PrintFooter />);
    expect(screen.getByTestId('print-footer-crisis')).toHaveTextContent(
      'En una crisis, ahora: Servicios de emergencia: Llame al 911 · Línea 988 en español: Llame al 988 y marque 2, ' +
        'Envíe AYUDA al 988 por mensaje de texto, Chat en español',
    );
    expect(screen.getByTestId('print-footer')).toHaveTextContent('No es consejo médico ni atención de emergencia.');
  });

  it('the help page lists crisis lines apart from the lines that are not crisis lines', () => {
    const { crisis, other } = groupLines(spanishConfig.crisisLines);
    const { container } = render(<CrisisLines lines={crisis} />);
    expect(screen.getAllByRole('heading', { level: 3 })[1]).toHaveTextContent('Línea 988 en español (Estados Unidos)');
    expect(container).not.toHaveTextContent(/SAMHSA|Fireside/);
    expect(other.map((l) => l.name)).toEqual([
      'Línea Nacional de Ayuda de SAMHSA',
      'Fireside Project (apoyo entre pares para experiencias psicodélicas)',
    ]);
  });
});
