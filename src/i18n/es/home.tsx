// translation_of: src/i18n/en/home.tsx ee2733380a68d3ba2bd6f7ff3b38fc1993005462
/** Words of the home page in Spanish (src/i18n/en/home.tsx). */
import React from 'react';
import Link from '@docusaurus/Link';
import type { HOME_TEXT as EN } from '../en/home';

export const HOME_TEXT: typeof EN = {
  title: 'Un curso gratis sobre la psicoterapia asistida con ketamina',
  description:
    'Lecciones en lenguaje sencillo sobre la psicoterapia asistida con ketamina (KAP, por sus siglas en inglés): qué es, la evidencia, la seguridad y qué pasa antes, durante y después de una sesión.',
  heading: 'Cómo entender la psicoterapia asistida con ketamina',
  lead: 'Un curso gratis y en lenguaje sencillo para las personas que piensan en la psicoterapia asistida con ketamina (KAP, por sus siglas en inglés) y para quienes las apoyan. Explica qué es la KAP, qué tan sólida es la evidencia, cómo cuidar su seguridad y qué pasa antes, durante y después de una sesión.',
  sharedBy: (name: string) => (
    <>
      Compartido con usted por <strong>{name}</strong>
    </>
  ),
  modules: (count: number, length: React.ReactNode) => (
    <>
      <strong>{count} módulos cortos</strong>, {length} en total
    </>
  ),
  free: (
    <>
      <strong>Gratis</strong>, sin cuenta y sin tener que registrarse
    </>
  ),
  private: (
    <>
      <strong>Privado</strong>: su progreso se queda en este dispositivo
    </>
  ),
  startWith: (title: string) => `Empiece con “${title}”`,
  faq: 'Preguntas frecuentes',
  notice: (
    <>
      Este curso es educativo. No es consejo médico ni atención de emergencia. Si está en peligro ahora,{' '}
      <Link to="/help">obtenga ayuda ahora</Link>.
    </>
  ),
  modulesHeading: 'Los módulos',
  modulesIntro: 'Léalos en orden o vaya directo a lo que necesita. Cada uno termina con una prueba corta.',
  whoHeading: 'Para quién es',
  who: [
    'Personas que piensan en la KAP o a quienes se la han ofrecido.',
    'Familiares y amigos que quieren entenderla.',
    <>
      Profesionales clínicos y clínicas que quieren dar a sus clientes una preparación confiable:{' '}
      <Link to="/learn/for-clinicians">vea la sección para profesionales clínicos (en inglés)</Link>.
    </>,
  ] as React.ReactNode[],
};
