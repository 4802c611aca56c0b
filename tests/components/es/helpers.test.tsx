/** @jest-environment jsdom */
/** The small chapter helpers, module lists and figure in Spanish (`@locale/*` is Spanish in this project). */
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Term from '@site/src/components/Term';
import Cite from '@site/src/components/Cite';
import ReadingTime from '@site/src/components/ReadingTime';
import ModuleList from '@site/src/components/ModuleList';
import ClinicModuleList from '@site/src/components/ClinicModuleList';
import CourseLength from '@site/src/components/CourseLength';
import PathwayFigure from '@site/src/components/PathwayFigure';
import CopyLink from '@site/src/components/CopyLink';
import ClinicContactLinks from '@site/src/components/ClinicContactLinks';
import { MODULES as EN_MODULES } from '@site/src/course/modules';
import { MODULES } from '@site/src/i18n/es/modules';

describe('chapter helpers in Spanish', () => {
  it('says the reading time in Spanish, with the check on a module', () => {
    const { rerender } = render(<ReadingTime minutes="8" withCheck="true" />);
    expect(screen.getByText('Alrededor de 8 minutos, con la prueba de conocimientos')).toBeInTheDocument();
    rerender(<ReadingTime minutes="1" />);
    expect(screen.getByText('Alrededor de 1 minuto de lectura')).toBeInTheDocument();
  });

  it('opens a glossary word with Spanish controls', async () => {
    const user = userEvent.setup();
    render(
      <Term id="glutamate" term="glutamato" definition="Un mensajero químico del cerebro.">
        glutamato
      </Term>,
    );
    await user.click(screen.getByRole('button', { name: 'glutamato' }));
    expect(screen.getByRole('link', { name: 'Más en el glosario' })).toHaveAttribute(
      'href',
      '/learn/glossary#glutamate',
    );
    expect(screen.getByRole('button', { name: 'Cerrar la definición de glutamato' })).toBeInTheDocument();
  });

  it('names a citation "Fuente"', () => {
    render(<Cite id="berman2000" number="7" label="Berman 2000" />);
    expect(screen.getByRole('link', { name: 'Fuente 7: Berman 2000' })).toHaveTextContent('[7]');
  });
});

describe('module lists in Spanish', () => {
  it('lists the modules with Spanish titles and minutes, whatever catalog they are handed', () => {
    render(<ModuleList modules={EN_MODULES.slice(0, 2)} />);
    expect(screen.getByRole('link', { name: 'Empiece aquí' })).toHaveAttribute('href', '/learn/start-here');
    expect(screen.getByRole('link', { name: 'Qué es la KAP y qué no es' })).toBeInTheDocument();
    expect(screen.getAllByText(/^alrededor de \d+ minutos$/)).toHaveLength(2);
    expect(screen.queryByText(/about/)).toBeNull();
  });

  it('shows the objectives in Spanish for clinicians, and the course length in Spanish', () => {
    render(
      <>
        <ClinicModuleList />
        <p data-testid="length">
          <CourseLength />
        </p>
      </>,
    );
    expect(screen.getByText(MODULES[8]!.objectives[0]!)).toBeInTheDocument();
    expect(screen.getByTestId('length')).toHaveTextContent(/^alrededor de \d+(\.5)? horas?$/);
  });
});

describe('other parts in Spanish', () => {
  it('describes the pathway figure in Spanish for screen readers', () => {
    render(<PathwayFigure />);
    expect(
      screen.getByRole('img', { name: /^El camino probable de la ketamina a nuevas conexiones/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('La ketamina bloquea')).toBeInTheDocument();
    expect(screen.getByText(/No está probado en personas\.$/)).toBeInTheDocument();
  });

  it('offers to copy a link in Spanish', () => {
    render(<CopyLink link="https://example.org/plan#p=1" label="Enlace del plan" />);
    expect(screen.getByRole('button', { name: 'Copiar enlace' })).toBeInTheDocument();
  });

  it('labels the clinic contact links in Spanish', () => {
    render(<ClinicContactLinks clinic={{ name: 'Clínica', phone: '+1 555 0100', email: 'a@b.example' }} />);
    expect(screen.getByTestId('clinic-contact')).toHaveTextContent(
      'Teléfono +1 555 0100 · Correo electrónico a@b.example',
    );
  });
});
