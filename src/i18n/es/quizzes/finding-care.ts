// translation_of: src/data/quizzes/finding-care.ts 9f098d5c9313fd425c0117d18c39635c5a25b185
import type { QuizData } from '../../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'finding-care',
  questions: [
    {
      id: 'finding-care-roles',
      kind: 'truefalse',
      prompt:
        'Verdadero o falso: en la KAP, quien receta, el terapeuta y la persona que lo vigila siempre tienen que ser tres personas distintas.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No es así. Una persona puede cumplir más de una función, o cada una puede ser una persona distinta. Vale la pena preguntar quién hace qué.',
          link: '/learn/finding-care#roles',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. Las funciones las puede cumplir la misma persona o personas distintas. Pregunte quién hace qué en su atención.',
        },
      ],
    },
    {
      id: 'finding-care-prescribers',
      kind: 'multiple',
      prompt:
        'En los EE. UU., ¿cuáles de estos profesionales suelen poder recetar medicamentos? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Psiquiatra (MD o DO)',
          correct: true,
          feedback: 'Correcto. Un psiquiatra es un médico y puede recetar.',
        },
        {
          id: 'b',
          text: 'Enfermero practicante psiquiátrico (PMHNP)',
          correct: true,
          feedback: 'Correcto. Un enfermero practicante psiquiátrico puede diagnosticar y recetar.',
        },
        {
          id: 'c',
          text: 'Consejero profesional con licencia (LPC)',
          correct: false,
          feedback: 'Por lo general, no. Los consejeros dan terapia pero no recetan.',
          link: '/learn/finding-care#licenses',
        },
        {
          id: 'd',
          text: 'Terapeuta matrimonial y familiar con licencia (LMFT)',
          correct: false,
          feedback: 'Por lo general, no. Los terapeutas matrimoniales y familiares dan terapia pero no recetan.',
          link: '/learn/finding-care#licenses',
        },
      ],
    },
    {
      id: 'finding-care-red-flags',
      kind: 'multiple',
      prompt: '¿Cuáles de estas son señales de alarma al elegir un proveedor? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Le prometen una cura',
          correct: true,
          feedback:
            'Correcto. Nadie puede prometer una cura con honestidad, y los efectos de la ketamina a menudo pasan en unas semanas.',
        },
        {
          id: 'b',
          text: 'No hacen ninguna evaluación de salud antes de la primera dosis',
          correct: true,
          feedback: 'Correcto. Todo proveedor debe revisar primero su salud y sus medicamentos.',
        },
        {
          id: 'c',
          text: 'Lo presionan para pagar un paquete grande por adelantado',
          correct: true,
          feedback: 'Correcto. No debería tener que pagar un ciclo largo antes de saber si es adecuado para usted.',
        },
        {
          id: 'd',
          text: 'Responden sus preguntas sobre quién lo va a vigilar',
          correct: false,
          feedback: 'Esta es una buena señal, no una señal de alarma. Un buen proveedor recibe bien sus preguntas.',
          link: '/learn/finding-care#questions',
        },
      ],
    },
    {
      id: 'finding-care-fda-claim',
      kind: 'single',
      prompt:
        'El sitio web de una clínica dice que la ketamina está aprobada por la FDA para su ansiedad. ¿Qué es cierto?',
      options: [
        {
          id: 'a',
          text: 'La ketamina no está aprobada por la FDA para ninguna afección de salud mental; solo la esketamina está aprobada, para algunos tipos de depresión',
          correct: true,
          feedback:
            'Correcto. Algo así en un sitio web es una señal de alarma. La ketamina para la ansiedad sería un uso fuera de indicación.',
        },
        {
          id: 'b',
          text: 'El sitio web tiene razón',
          correct: false,
          feedback:
            'No es así. La ketamina no está aprobada por la FDA para la ansiedad ni para ninguna otra afección de salud mental.',
          link: '/learn/finding-care#red-flags',
        },
        {
          id: 'c',
          text: 'No importa si un tratamiento está aprobado o no',
          correct: false,
          feedback:
            'Sí importa. La aprobación cambia lo que se ha revisado en cuanto a seguridad, y lo que el seguro suele pagar.',
          link: '/learn/finding-care#insurance',
        },
      ],
    },
    {
      id: 'finding-care-insurance',
      kind: 'single',
      prompt: 'En los EE. UU., ¿qué tipo de atención con ketamina es la que el seguro cubre más a menudo?',
      options: [
        {
          id: 'a',
          text: 'La esketamina (Spravato), a menudo después de una autorización previa',
          correct: true,
          feedback:
            'Correcto. Como está aprobada por la FDA, el seguro por lo general la cubre, a menudo después de que su aseguradora esté de acuerdo de antemano.',
        },
        {
          id: 'b',
          text: 'Las infusiones de ketamina fuera de indicación',
          correct: false,
          feedback:
            'Por lo general, no. La ketamina fuera de indicación, incluidas las infusiones y la mayor parte de la KAP, suele ser de pago propio.',
          link: '/learn/finding-care#insurance',
        },
        {
          id: 'c',
          text: 'La ketamina compuesta para usar en casa',
          correct: false,
          feedback: 'Por lo general, no. La ketamina fuera de indicación y la compuesta suelen ser de pago propio.',
          link: '/learn/finding-care#insurance',
        },
      ],
    },
    {
      id: 'finding-care-total-cost',
      kind: 'truefalse',
      prompt: 'Verdadero o falso: es buena idea pedir por escrito el costo total de todo el ciclo antes de empezar.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback:
            'Correcto. Los costos cambian mucho, y un ciclo tiene varias partes. Pedir el total por escrito le ayuda a planear.',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'Es buena idea. Un ciclo tiene varias partes, como la evaluación, la preparación, las dosis y la integración, y los costos cambian mucho.',
          link: '/learn/finding-care#cost-varies',
        },
      ],
    },
  ],
};
export default quiz;
