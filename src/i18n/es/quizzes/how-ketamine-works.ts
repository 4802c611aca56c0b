// translation_of: src/data/quizzes/how-ketamine-works.ts 2246a94a597a91e9298a12936f68ab618a2b4f00
import type { QuizData } from '../../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'how-ketamine-works',
  questions: [
    {
      id: 'how-ketamine-works-serotonin',
      kind: 'truefalse',
      prompt:
        'Verdadero o falso: la ketamina actúa sobre todo sobre la serotonina, como la mayoría de los otros antidepresivos.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No es así. La mayoría de los antidepresivos se enfocan en la serotonina. La ketamina actúa sobre todo sobre otro mensajero, el glutamato.',
          link: '/learn/how-ketamine-works#glutamate',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. La ketamina actúa sobre todo sobre el glutamato, no sobre la serotonina. Esa es una razón por la que funciona de forma distinta a la mayoría de los antidepresivos.',
        },
      ],
    },
    {
      id: 'how-ketamine-works-first-step',
      kind: 'single',
      prompt: '¿Cuál es el primer paso en la forma en que se cree que actúa la ketamina?',
      options: [
        {
          id: 'a',
          text: 'Bloquea los receptores NMDA, un punto de unión del glutamato',
          correct: true,
          feedback:
            'Correcto. Ese primer paso se sabe bien. Los pasos que siguen son probables, pero no están probados en personas.',
        },
        {
          id: 'b',
          text: 'Sube los niveles de serotonina a lo largo de varias semanas',
          correct: false,
          feedback:
            'No. La acción principal de la ketamina es bloquear los receptores NMDA, sobre los que actúa el glutamato.',
          link: '/learn/how-ketamine-works#pathway',
        },
        {
          id: 'c',
          text: 'Produce nuevas células nerviosas enseguida',
          correct: false,
          feedback:
            'No. El primer paso es bloquear los receptores NMDA. Más adelante en la vía probable pueden formarse nuevas conexiones entre las células nerviosas, pero esto no está probado en personas.',
          link: '/learn/how-ketamine-works#pathway',
        },
      ],
    },
    {
      id: 'how-ketamine-works-one-session',
      kind: 'truefalse',
      prompt:
        'Verdadero o falso: una sesión con ketamina produce cambios que duran, así que usted no va a necesitar más atención.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No es así. El efecto de una dosis a menudo se pasa. En los estudios, sin más dosis, la depresión por lo general volvió entre 3 y 14 días después.',
          link: '/learn/how-ketamine-works#why-effects-fade',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. El efecto de una dosis a menudo se pasa en un plazo de días a 2 semanas. Una sesión es un paso dentro de un plan más largo.',
        },
      ],
    },
    {
      id: 'how-ketamine-works-animals-people',
      kind: 'multiple',
      prompt: '¿Cuáles de estas frases son ciertas? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Gran parte de la vía probable se vio primero en ratas y ratones',
          correct: true,
          feedback:
            'Correcto. Los estudios en animales ayudan a poner a prueba ideas, pero los resultados en animales no siempre se cumplen en personas.',
        },
        {
          id: 'b',
          text: 'En un estudio pequeño en personas, la rapamicina no bloqueó el efecto de la ketamina',
          correct: true,
          feedback:
            'Correcto. En ratas sí lo bloqueó, pero en 20 personas no. Hasta pareció que el beneficio duraba más.',
        },
        {
          id: 'c',
          text: 'Los científicos han probado con exactitud cómo la ketamina alivia la depresión en personas',
          correct: false,
          feedback:
            'No. El primer paso se conoce, pero el resto es una vía probable, no un hecho comprobado en personas.',
          link: '/learn/how-ketamine-works#animals-and-people',
        },
        {
          id: 'd',
          text: 'La ketamina actúa de una sola forma',
          correct: false,
          feedback:
            'No. Los expertos creen que puede actuar de varias formas a la vez, y que más de una puede tener un papel.',
          link: '/learn/how-ketamine-works#several-mechanisms',
        },
      ],
    },
    {
      id: 'how-ketamine-works-dissociation',
      kind: 'single',
      prompt: '¿Qué es la disociación?',
      options: [
        {
          id: 'a',
          text: 'Sentir una desconexión de su cuerpo, de lo que le rodea o del tiempo, por un rato corto',
          correct: true,
          feedback:
            'Correcto. La ketamina a menudo la causa después de una dosis, y se pasa cuando el medicamento deja de hacer efecto.',
        },
        {
          id: 'b',
          text: 'Un cambio en su personalidad que dura',
          correct: false,
          feedback:
            'No. La disociación es una sensación corta de desconexión de su cuerpo, de lo que le rodea o del tiempo. Se pasa cuando el medicamento deja de hacer efecto.',
          link: '/learn/how-ketamine-works#dissociation',
        },
        {
          id: 'c',
          text: 'La causa comprobada del beneficio de la ketamina',
          correct: false,
          feedback:
            'No. Los investigadores no saben si el estado alterado en sí ayuda. Ningún estudio ha mostrado que cause algún beneficio.',
          link: '/learn/how-ketamine-works#dissociation',
        },
      ],
    },
  ],
};

export default quiz;
