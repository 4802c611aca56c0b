// translation_of: src/data/quizzes/what-is-kap.ts ef28ee2cbf408d39abb75fa67dea90c8462ab8d1
import type { QuizData } from '../../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'what-is-kap',
  questions: [
    {
      id: 'what-is-kap-fda',
      kind: 'truefalse',
      prompt: 'Verdadero o falso: la psicoterapia asistida con ketamina está aprobada por la FDA para la depresión.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No es así. La ketamina no está aprobada por la FDA para ninguna afección de salud mental. En la KAP se usa fuera de indicación (off-label). Solo la esketamina (Spravato) está aprobada, para algunos tipos de depresión.',
          link: '/learn/what-is-kap#not-fda-approved',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. La ketamina no está aprobada por la FDA para ninguna afección de salud mental, así que la KAP la usa fuera de indicación (off-label). Solo la esketamina (Spravato) está aprobada para la depresión.',
        },
      ],
    },
    {
      id: 'what-is-kap-esketamine',
      kind: 'single',
      prompt: '¿Qué forma de ketamina está aprobada por la FDA para algunos tipos de depresión?',
      options: [
        {
          id: 'a',
          text: 'La esketamina (Spravato) en aerosol nasal',
          correct: true,
          feedback:
            'Correcto. Está aprobada para la depresión resistente al tratamiento y para la depresión con pensamientos o actos suicidas en adultos.',
        },
        {
          id: 'b',
          text: 'Las tabletas de ketamina que se deshacen en la boca, como las que se usan en la KAP',
          correct: false,
          feedback:
            'No. La ketamina que se da en la KAP se usa fuera de indicación (off-label). Solo la esketamina (Spravato) en aerosol nasal está aprobada para la depresión.',
          link: '/learn/what-is-kap#not-fda-approved',
        },
        {
          id: 'c',
          text: 'La ketamina que se da para el TEPT o la ansiedad',
          correct: false,
          feedback:
            'No. La ketamina no está aprobada por la FDA para el TEPT, la ansiedad ni ninguna otra afección de salud mental.',
          link: '/learn/what-is-kap#not-fda-approved',
        },
      ],
    },
    {
      id: 'what-is-kap-your-control',
      kind: 'multiple',
      prompt: 'En la KAP, ¿cuáles de estas cosas puede hacer usted? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Elegir hablar, o estar en silencio, durante una sesión',
          correct: true,
          feedback: 'Correcto. El terapeuta sigue su guía. Hablar y estar en silencio están bien.',
        },
        {
          id: 'b',
          text: 'Pedir que cambien cosas, como la música o la luz',
          correct: true,
          feedback: 'Correcto. Puede pedir que cambie cualquier cosa, en cualquier momento.',
        },
        {
          id: 'c',
          text: 'Decidir no seguir con una sesión, incluso el mismo día',
          correct: true,
          feedback: 'Correcto. Puede hacer una pausa o parar. Su "no" es una respuesta.',
        },
        {
          id: 'd',
          text: 'Nada: una vez que empieza, el terapeuta lo decide todo',
          correct: false,
          feedback:
            'No. El terapeuta sigue su guía. Puede hacer una pausa, parar o pedir cambios en cualquier momento.',
          link: '/learn/what-is-kap#therapist-role',
        },
      ],
    },
    {
      id: 'what-is-kap-recreational',
      kind: 'single',
      prompt: '¿Qué hace que la KAP sea diferente del uso recreativo de la ketamina?',
      options: [
        {
          id: 'a',
          text: 'Una evaluación médica, una dosis conocida, vigilancia, terapia y un plan',
          correct: true,
          feedback:
            'Correcto. Estas cinco cosas hacen que la KAP sea diferente del uso de la ketamina como droga de la calle.',
        },
        {
          id: 'b',
          text: 'La KAP usa una dosis mucho más fuerte',
          correct: false,
          feedback:
            'No. Lo que hace diferente a la KAP es la evaluación, una dosis conocida que elige la persona que receta, la vigilancia, la terapia y un plan.',
          link: '/learn/what-is-kap#not-recreational',
        },
        {
          id: 'c',
          text: 'En la KAP usted toma ketamina solo en casa, sin nadie que le cuide',
          correct: false,
          feedback:
            'No. En un programa de KAP con sesiones en la clínica, personal capacitado le cuida. Algunos programas vigilan las dosis en casa de otras formas, así que pregunte quién le va a cuidar y cómo. La FDA ha advertido que tomar ketamina en casa trae más riesgos, porque no hay nadie en el lugar para vigilarle.',
          link: '/learn/what-is-kap#not-recreational',
        },
      ],
    },
    {
      id: 'what-is-kap-evidence',
      kind: 'truefalse',
      prompt: 'Verdadero o falso: ensayos grandes han mostrado que la KAP funciona mejor que la ketamina sola.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'Todavía no. Ningún ensayo grande ha mostrado que la KAP funcione mejor que la ketamina sola. Si la terapia agrega beneficios sigue siendo una pregunta abierta.',
          link: '/learn/what-is-kap#evidence',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. Hay buenas razones para pensar que la terapia puede ayudar, pero ningún ensayo grande ha mostrado todavía que la KAP supere a la ketamina sola.',
        },
      ],
    },
    {
      id: 'what-is-kap-phases',
      kind: 'single',
      prompt: '¿Cuáles son las tres fases de la mayoría de los programas de KAP?',
      options: [
        {
          id: 'a',
          text: 'Preparación, sesiones de dosis e integración',
          correct: true,
          feedback:
            'Correcto. Usted se prepara con su equipo, toma ketamina con apoyo y luego le da sentido a la experiencia en la integración.',
        },
        {
          id: 'b',
          text: 'Una dosis, y luego una cura que dura',
          correct: false,
          feedback:
            'No. La KAP no es una cura ni una solución rápida. Los programas tienen tres fases: preparación, sesiones de dosis e integración.',
          link: '/learn/what-is-kap#phases',
        },
        {
          id: 'c',
          text: 'Solo sesiones de dosis, sin terapia antes ni después',
          correct: false,
          feedback:
            'No. La terapia antes y después de cada dosis es parte de la KAP. Las fases son preparación, sesiones de dosis e integración.',
          link: '/learn/what-is-kap#phases',
        },
      ],
    },
  ],
};

export default quiz;
