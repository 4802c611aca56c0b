// translation_of: src/data/checklist.ts 98d451f763b7cef139fec2ac85fda79440ab9df3
/**
 * La lista de verificación de "Qué esperar" en español (fuente: src/data/checklist.ts).
 * Same group ids, item ids, order and links as the English: progress is stored against the ids.
 */
import { BREATHING_ITEM_ID, type ChecklistGroup } from '../../data/checklist';
import { DRIVING_RULE } from './facts';

export const CHECKLIST: readonly ChecklistGroup[] = [
  {
    id: 'weeks-before',
    title: 'En las semanas antes',
    items: [
      {
        id: 'list-medicines',
        text: 'Haga una lista de sus medicamentos actuales para quien le receta',
        why: 'Algunos medicamentos pueden cambiar cómo le afecta la ketamina. Una lista completa, incluso con los medicamentos que compra sin receta, ayuda a quien le receta a cuidar su seguridad.',
        link: '/learn/what-to-expect#screening',
      },
      {
        id: 'note-questions',
        text: 'Escriba sus preguntas para su equipo de atención',
        why: 'Es fácil olvidar una pregunta en el momento. Una lista escrita le ayuda a obtener las respuestas que necesita.',
        link: '/learn/finding-care#questions',
      },
      {
        id: 'plan-time-off',
        text: 'Planee tiempo libre para cada día de dosis',
        why: 'Va a necesitar el resto del día para descansar, y no puede manejar después de una sesión.',
        link: '/learn/what-to-expect#day-before',
      },
      {
        id: 'choose-check-in-person',
        text: 'Elija a alguien que vea cómo está después de las sesiones',
        why: 'Una persona de confianza, que pueda llamarlo o visitarlo, puede ayudarle a sentirse apoyado la noche de una sesión.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'plan-integration-time',
        text: 'Aparte tiempo para la integración después de cada sesión',
        why: 'La integración es parte del tratamiento. Tener tiempo apartado hace más fácil descansar y reflexionar.',
        link: '/learn/what-to-expect#days-after',
      },
      {
        id: 'know-whom-to-call',
        text: 'Averigüe cómo comunicarse con su equipo de atención, de día y de noche',
        why: 'Si se siente peor o no se siente seguro después de una sesión, sabrá a quién llamar. En una crisis, llame a una línea de crisis o a los servicios de emergencia.',
        link: '/learn/what-to-expect#days-after',
      },
      {
        id: BREATHING_ITEM_ID,
        text: 'Practique la respiración lenta por unos minutos',
        why: 'Respirar lento y con calma es una forma sencilla de calmarse antes de una sesión. No es un tratamiento. El curso tiene un ejercicio guiado corto.',
        link: '/learn/preparation#slow-breathing',
      },
    ],
  },
  {
    id: 'day-before',
    title: 'El día antes',
    items: [
      {
        id: 'check-food-drink',
        text: 'Revise las instrucciones de su clínica sobre la comida y la bebida, y sígalas',
        why: 'Las clínicas a menudo le piden no comer ni beber por un tiempo antes de una dosis. Las reglas cambian, así que siga las de su propia clínica.',
        link: '/learn/what-to-expect#day-before',
      },
      {
        id: 'arrange-ride-home',
        text: 'Confirme quién lo va a llevar a casa',
        why: 'No debe manejar después de una sesión ni irse solo a casa. Planee quién lo va a llevar.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'write-intentions',
        text: 'Escriba sus intenciones en pocas palabras',
        why: 'Una intención corta y suave puede darle una dirección a la sesión. No es una meta que tenga que alcanzar.',
        link: '/learn/preparation#intentions',
      },
      {
        id: 'pack-comfort-items',
        text: 'Lleve ropa cómoda, y un antifaz y música si quiere',
        why: 'Sentirse cómodo le puede ayudar a calmarse. Pregunte si la clínica los da.',
        link: '/learn/what-to-expect#day-before',
      },
    ],
  },
  {
    id: 'day-of',
    title: 'El día de la sesión',
    items: [
      {
        id: 'tell-staff-changes',
        text: 'Avise al personal de cualquier cambio desde su última visita',
        why: 'Un medicamento nuevo o sentirse mal puede importar para su seguridad. Todavía puede decidir no seguir.',
        link: '/learn/what-to-expect#arriving',
      },
      {
        id: 'review-intentions',
        text: 'Repase sus intenciones con su terapeuta',
        why: 'Hablar de ellas antes de la dosis le puede ayudar a sentirse listo y con claridad.',
        link: '/learn/what-to-expect#arriving',
      },
      {
        id: 'agree-signal',
        text: 'Confirme cómo va a avisar si necesita ayuda',
        why: 'Acordar una palabra o una seña antes de que empiece el medicamento le ayuda a mantener el control. No tiene que aguantarlo solo.',
        link: '/learn/what-to-expect#during',
      },
    ],
  },
  {
    id: 'right-after',
    title: 'Justo después',
    items: [
      {
        id: 'go-home-with-someone',
        text: 'Váyase a casa con la persona que acordó',
        why: 'El personal revisa que esté estable antes de que se vaya, pero aun así no debe irse solo a casa.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'no-driving',
        text: 'No maneje usted mismo a casa, y siga la regla para manejar de su medicamento',
        why: DRIVING_RULE,
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'rest',
        text: 'Descanse el resto del día',
        why: 'Un tiempo tranquilo y sencillo le ayuda a recuperarse y a notar cómo se siente.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'tell-check-in-person',
        text: 'Avise a la persona que va a ver cómo está que ya llegó a casa',
        why: 'Alguien que sabe cómo está le puede ayudar si lo necesita esa noche.',
        link: '/learn/what-to-expect#right-after',
      },
    ],
  },
  {
    id: 'days-after',
    title: 'Los días después',
    items: [
      {
        id: 'journal',
        text: 'Escriba en un diario sobre la sesión',
        why: 'Las notas sobre imágenes, sentimientos y pensamientos le dan algo con qué trabajar en la integración, aunque parezcan raros.',
        link: '/learn/integration#journaling',
      },
      {
        id: 'attend-integration',
        text: 'Vaya a su sesión de integración',
        why: 'La integración le ayuda a darle sentido a la sesión y a convertir lo que notó en pequeños cambios.',
        link: '/learn/what-to-expect#days-after',
      },
      {
        id: 'track-mood',
        text: 'Anote su ánimo cada día',
        why: 'Las notas les ayudan a usted y a su equipo a ver qué está cambiando, para bien o para mal.',
        link: '/learn/what-to-expect#review',
      },
      {
        id: 'call-if-worse',
        text: 'Llame a su equipo de atención si se siente mucho peor o no se siente seguro',
        why: 'Su equipo quiere saberlo. Si está en peligro o piensa en quitarse la vida, llame ahora a una línea de crisis o a los servicios de emergencia.',
        link: '/learn/safety#warning-signs',
      },
      {
        id: 'ask-for-review',
        text: 'Pida una revisión de cómo va',
        why: 'Puede preguntar en cualquier momento si está ayudando, y si hay que cambiar algo o parar.',
        link: '/learn/what-to-expect#review',
      },
    ],
  },
];
