// translation_of: src/i18n/en/search.ts 2b053a5f36059f133dc2bcdb3e66a6614264bc2c
/**
 * The words of the search panel in Spanish (same names and types as src/i18n/en/search.ts).
 * Terms from src/i18n/termsEs.ts: "Obtenga ayuda ahora", "Preguntas frecuentes", "Glosario",
 * "línea de crisis", "módulo"; the reader is "usted".
 */
import type { SearchWords } from '../en/search';

export const SEARCH_WORDS: SearchWords = {
  searchTheCourse: 'Buscar en el curso',
  placeholder: 'Por ejemplo: efectos secundarios, costo, volver a casa',
  staysOnDevice: 'Lo que usted escribe se queda en este dispositivo.',
  resultsLabel: 'Resultados de la búsqueda',
  kindLabel: {
    chapter: 'Capítulo',
    faq: 'Preguntas frecuentes',
    glossary: 'Glosario',
    blog: 'Blog',
    page: 'Página',
    clinicians: 'Para profesionales clínicos',
  },
  getHelpNow: 'Obtenga ayuda ahora',
  noNeedToWait: 'No tiene que esperar.',
  lineFreeAllDay: (lineName) => `${lineName}, gratis, las 24 horas del día:`,
  searching: 'Buscando…',
  notAvailable: 'La búsqueda no está disponible en este momento.',
  resultCount: (count) =>
    count === 0 ? 'No hay resultados.' : `${count} ${count === 1 ? 'resultado' : 'resultados'}.`,
  crisisFirst: 'Obtenga ayuda ahora es el primer resultado: líneas de crisis, las 24 horas del día.',
  couldNotLoad: 'La búsqueda no se pudo cargar.',
  noResultsFor: 'No hay resultados para',
  theseMayHelp: 'Esto le puede ayudar:',
  crisisLinesAllDay: '(líneas de crisis, las 24 horas del día)',
  faq: 'Preguntas frecuentes',
  browseModules: 'Ver todos los módulos del curso',
};
