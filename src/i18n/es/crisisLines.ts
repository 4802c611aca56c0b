// translation_of: src/data/crisisLines.ts 8326aa5691ea21220b0c2805aafe3ccfeb6153c8
/**
 * The crisis lines in Spanish: the same lines, ids, kinds and numbers as src/data/crisisLines.ts,
 * with Spanish words, and, right after 911 and before every other line, the 988 Lifeline's
 * Spanish-language service
 * (EVIDENCE.md §10: call 988 and press 2, text AYUDA to 988, chat at 988lineadevida.org).
 * The Spanish build's default when a clinic has not set its own lines (src/config/loadClinic.ts).
 */
import type { CrisisLine } from '../../data/crisisLines';

export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: 'us-emergency',
    kind: 'crisis',
    name: 'Servicios de emergencia',
    region: 'Estados Unidos',
    contacts: [{ label: 'Llame al 911', href: 'tel:911' }],
    description: 'Si usted u otra persona está en peligro inmediato.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'us-988-es',
    kind: 'crisis',
    name: 'Línea 988 en español',
    region: 'Estados Unidos',
    contacts: [
      { label: 'Llame al 988 y marque 2', href: 'tel:988' },
      { label: 'Envíe AYUDA al 988 por mensaje de texto', href: 'sms:988?&body=AYUDA' },
      { label: 'Chat en español', href: 'https://988lineadevida.org/' },
    ],
    description: 'Gratis y confidencial, 24 horas al día.',
    alwaysOpen: true,
    primary: true,
  },
  {
    // The same line as above, in English. Not in the short lists: the Spanish line above has the
    // same number. (911 comes first, as in English, so that on a phone the emergency number and
    // the whole Spanish 988 line fit on the help page's first screen.)
    id: 'us-988',
    kind: 'crisis',
    name: '988 Línea de Prevención del Suicidio y Crisis, en inglés',
    region: 'Estados Unidos',
    contacts: [
      { label: 'Llame al 988', href: 'tel:988' },
      { label: 'Envíe un mensaje de texto al 988', href: 'sms:988' },
      { label: 'Chat en 988lifeline.org (en inglés)', href: 'https://988lifeline.org/' },
    ],
    description:
      'Apoyo gratis y confidencial, las 24 horas del día. Marque 1 para la Línea de Crisis para Veteranos y 2 para español.',
    alwaysOpen: true,
  },
  {
    id: 'us-crisis-text-line',
    kind: 'crisis',
    name: 'Crisis Text Line',
    region: 'Estados Unidos',
    contacts: [{ label: 'Envíe HOME al 741741 por mensaje de texto', href: 'sms:741741?&body=HOME' }],
    description: 'Escriba por mensaje de texto con un consejero de crisis capacitado, las 24 horas del día.',
    alwaysOpen: true,
  },
  {
    id: 'ca-988',
    kind: 'crisis',
    name: 'Línea de ayuda 9-8-8 para crisis de suicidio',
    region: 'Canadá',
    contacts: [
      { label: 'Llame al 9-8-8', href: 'tel:988' },
      { label: 'Envíe un mensaje de texto al 9-8-8', href: 'sms:988' },
    ],
    description: 'En inglés y en francés, las 24 horas del día.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'uk-samaritans',
    kind: 'crisis',
    name: 'Samaritans',
    region: 'Reino Unido e Irlanda',
    contacts: [{ label: 'Llame al 116 123', href: 'tel:116123' }],
    description: 'Llamada gratis, las 24 horas del día, todos los días.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'uk-shout',
    kind: 'crisis',
    name: 'Shout',
    region: 'Reino Unido',
    contacts: [{ label: 'Envíe SHOUT al 85258 por mensaje de texto', href: 'sms:85258?&body=SHOUT' }],
    description: 'Apoyo gratis por mensaje de texto, las 24 horas del día.',
    alwaysOpen: true,
  },
  {
    id: 'us-samhsa',
    kind: 'referral',
    name: 'Línea Nacional de Ayuda de SAMHSA',
    region: 'Estados Unidos',
    contacts: [{ label: 'Llame al 1-800-662-4357', href: 'tel:18006624357' }],
    description:
      'Le ayuda gratis a encontrar tratamiento y apoyo para la salud mental y el uso de sustancias. No es consejería de crisis.',
    alwaysOpen: true,
  },
  {
    id: 'fireside',
    kind: 'support',
    name: 'Fireside Project (apoyo entre pares para experiencias psicodélicas)',
    region: 'Estados Unidos',
    contacts: [{ label: 'Llame o envíe un mensaje de texto al 62-FIRESIDE (623-473-7433)', href: 'tel:6234737433' }],
    description:
      'Apoyo de otras personas durante o después de una experiencia psicodélica. No está abierto las 24 horas y no es una línea de crisis: en una crisis, use el 988 o el 911.',
    alwaysOpen: false,
  },
];
