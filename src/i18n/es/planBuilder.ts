// translation_of: src/i18n/en/planBuilder.ts e05ba167ec5f933f9995cab2055671140de0dc7a
/** Words of the clinician's plan builder (/plan/build), in Spanish. */
import type { PlanErrorWords } from '../../course/plan';
import type { BuildPageWords, PlanBuilderWords, PlanQrWords, SuggestedListWords } from '../en/planBuilder';

export const BUILD_PAGE: BuildPageWords = {
  title: 'Haga un plan de preparación',
  description:
    'Para profesionales clínicos: elija módulos del curso para un cliente y envíelos como enlace, código QR o folleto impreso.',
  lead: 'Para profesionales clínicos. Elija los módulos que un cliente debe leer antes de su próxima cita. Luego envíe el plan como enlace, código QR o folleto impreso.',
  privacy: [
    'Nada de lo que escriba aquí sale de este navegador. El plan va escrito dentro del propio enlace, así que no hay cuenta ni registro en ningún servidor. Vea',
    'cómo usar el curso en la atención',
    'para conocer los planes sugeridos y cómo los ven los clientes.',
  ] as readonly [string, string, string],
};

const ERRORS: PlanErrorWords = {
  noModules: 'Elija al menos un módulo.',
  unknownModule: 'El plan nombra un módulo que este curso no ofrece.',
  duplicateModule: 'Cada módulo puede estar en el plan una sola vez.',
  tooLong: (max, length) => `Use ${max} caracteres o menos. Ahora tiene ${length}.`,
  markup: 'Quite el signo "<". El texto se muestra como texto simple, así que no se permite código ni HTML.',
  control: 'Quite los caracteres de control ocultos (suelen venir de pegar texto).',
  newline: 'Escríbalo en una sola línea.',
  notADate: 'Escriba una fecha real, por ejemplo 2027-01-31.',
  pastDate: 'Esta fecha ya pasó. Elija hoy o una fecha posterior.',
};

export const PLAN_BUILDER: PlanBuilderWords = {
  errors: ERRORS,
  filledFrom: (title, count, minutes) => `Plan completado con “${title}”: ${count} módulos, unos ${minutes} minutos.`,
  added: (title, step) => `${title} se agregó como paso ${step}.`,
  removed: (title) => `${title} se quitó del plan.`,
  moved: (title, step, count) => `${title} se movió al paso ${step} de ${count}.`,
  suggestedHeading: '1. Empiece con un plan sugerido, o elija los módulos usted',
  aboutMinutes: (minutes) => `(unos ${minutes} minutos)`,
  applyLabel: (title) => `Usar “${title}”`,
  modulesHeading: '2. Elija los módulos',
  modulesLegend: 'Módulos del plan',
  aboutTime: (time) => `(unos ${time})`,
  objectives: 'Objetivos de aprendizaje',
  orderHeading: '3. Póngalos en orden',
  noneChosen: 'Todavía no eligió ningún módulo. Elija al menos uno arriba, o empiece con un plan sugerido.',
  chosen: (count, minutes) =>
    `${count} ${count === 1 ? 'módulo' : 'módulos'}, unos ${minutes} minutos en total. El lector los ve en este orden.`,
  planOrder: 'Orden del plan',
  up: 'Subir',
  down: 'Bajar',
  remove: 'Quitar',
  moveUp: (title) => `Subir ${title}`,
  moveDown: (title) => `Bajar ${title}`,
  removeModule: (title) => `Quitar ${title}`,
  detailsHeading: '4. Agregue detalles (opcional)',
  detailsNote:
    'El lector ve esto como texto simple. No incluya nada que identifique al cliente: cualquier persona que vea el enlace puede leerlo.',
  clinicName: 'Nombre de la clínica',
  characters: (max, used) => `Hasta ${max} caracteres. Lleva ${used}.`,
  message: 'Mensaje corto para el lector',
  targetDate: 'Fecha límite',
  targetDateHint: 'Por ejemplo, el día de la próxima cita.',
  language: 'Idioma del curso para el lector',
  languageHint:
    'El enlace abre el curso en este idioma. En la página del plan, el lector puede cambiar al otro idioma.',
  languageNames: { en: 'Inglés (English)', es: 'Español' },
  linkHeading: '5. Envíe el enlace o imprima un folleto',
  chooseToMakeLink: 'Elija al menos un módulo para hacer un enlace.',
  makingLink: 'Haciendo el enlace…',
  fixFields: 'Corrija los campos marcados arriba para hacer un enlace. No se perdió nada de lo que escribió.',
  linkPrivacy:
    'El plan va dentro del enlace, después del signo “#”. Nunca se envía a un servidor, y este sitio no guarda ninguna copia. Cuando el lector lo abre, el plan se guarda en su propio dispositivo.',
  planLink: 'Enlace del plan',
  print: 'Imprimir el folleto',
  preview: 'Vista previa del folleto',
  qrLabel: 'Código QR que abre el plan',
  qrFileName: 'plan-de-preparacion-qr', // cspell:disable-line: an ASCII file name
};

export const PLAN_QR: PlanQrWords = {
  downloadSvg: 'Descargar el código QR (SVG)',
  downloadPng: 'Descargar el código QR (PNG)',
  loading: 'Dibujando el código QR…',
  tooLong:
    'Este enlace es demasiado largo para un código QR. Con un mensaje más corto, se puede hacer. El enlace funciona igual.',
  failed: 'No se pudo dibujar el código QR. El enlace funciona igual.',
};

export const SUGGESTED_LIST: SuggestedListWords = {
  about: (minutes) => `Unos ${minutes} minutos:`,
  shortAddress: 'Dirección corta que un cliente puede escribir:',
};
