// translation_of: src/data/quizzes/kap-compared.ts df1c34b103ab742cc14e9a3eb15cf9182796b1a2
import type { QuizData } from '../../../course/quiz-types';
import { fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'kap-compared',
  questions: [
    {
      id: 'kap-compared-therapy-vs-alone',
      kind: 'single',
      prompt: '¿Qué muestran los estudios sobre la KAP comparada con la ketamina sola?',
      options: [
        {
          id: 'a',
          text: 'Ningún estudio grande y bien hecho las ha comparado, así que no sabemos si la terapia agrega un beneficio',
          correct: true,
          feedback:
            'Correcto. Una revisión de 2023 dijo que esta es una pregunta clave que sigue abierta. La terapia en la KAP es una idea sensata, no una ventaja probada.',
        },
        {
          id: 'b',
          text: 'Estudios grandes muestran que la KAP funciona mejor que las infusiones',
          correct: false,
          feedback:
            'Ningún estudio ha mostrado esto. Ningún estudio grande ha comparado la KAP con la ketamina sola, así que no se ha mostrado que la KAP funcione mejor.',
          link: '/learn/kap-compared#evidence',
        },
        {
          id: 'c',
          text: 'Estudios grandes muestran que la KAP funciona peor que las infusiones',
          correct: false,
          feedback: 'Ningún estudio ha mostrado esto tampoco. Esta comparación aún no se ha probado bien.',
          link: '/learn/kap-compared#evidence',
        },
      ],
    },
    {
      id: 'kap-compared-fda-approval',
      kind: 'single',
      prompt: '¿Cuál de estos está aprobado por la FDA para una afección de salud mental?',
      options: [
        {
          id: 'a',
          text: 'El aerosol nasal de esketamina (Spravato), para algunos tipos de depresión',
          correct: true,
          feedback:
            'Correcto. La esketamina está aprobada para la depresión resistente al tratamiento, y para síntomas de depresión en adultos con depresión mayor y pensamientos o actos suicidas repentinos.',
        },
        {
          id: 'b',
          text: 'Los goteos de ketamina para el TEPT',
          correct: false,
          feedback:
            'No es así. La ketamina no está aprobada por la FDA para el TEPT ni para ninguna otra afección de salud mental. Su uso para ellas es fuera de indicación.',
          link: '/learn/kap-compared#at-a-glance',
        },
        {
          id: 'c',
          text: 'Las pastillas de ketamina compuesta para la ansiedad',
          correct: false,
          feedback:
            'No es así. La ketamina compuesta no está aprobada por la FDA, y la ketamina no está aprobada para ninguna afección de salud mental.',
          link: '/learn/kap-compared#at-home',
        },
      ],
    },
    {
      id: 'kap-compared-rems',
      kind: 'multiple',
      prompt:
        'Según el programa de seguridad de la esketamina (REMS), ¿cuáles de estas son verdaderas? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Usted usa el aerosol en una clínica certificada, nunca en casa',
          correct: true,
          feedback: 'Correcto. La esketamina solo se usa con supervisión en un lugar certificado.',
        },
        {
          id: 'b',
          text: `El personal lo vigila ${fact('esketamine-monitoring')}, y hasta que los efectos se hayan calmado`,
          correct: true,
          feedback: `Correcto. La vigilancia dura ${fact('esketamine-monitoring')} y hasta que hayan pasado el sueño, la disociación y cualquier problema para respirar.`,
        },
        {
          id: 'c',
          text: 'Puede manejar usted mismo a casa cuando se sienta bien',
          correct: false,
          feedback: `No es así. No debe manejar ${fact('esketamine-driving')}. Pida a alguien que lo lleve a casa.`,
          link: '/learn/kap-compared#esketamine',
        },
        {
          id: 'd',
          text: 'Puede llevarse un aerosol a casa para su próxima dosis',
          correct: false,
          feedback: 'No es así. La esketamina nunca se lleva a casa. Cada dosis se da en la clínica.',
          link: '/learn/kap-compared#esketamine',
        },
      ],
    },
    {
      id: 'kap-compared-at-home-risk',
      kind: 'truefalse',
      prompt:
        'Verdadero o falso: la FDA ha advertido que tomar ketamina compuesta en casa agrega riesgo, porque no hay un profesional de la salud que lo vigile.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback:
            'Correcto. La FDA dio este aviso en octubre de 2023. Faltan buenas pruebas sobre la seguridad de la ketamina en casa.',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'Es verdadero. En octubre de 2023, la FDA advirtió que el uso en casa agrega riesgo porque nadie lo vigila en el lugar. No está probado que el uso en casa sea seguro.',
          link: '/learn/kap-compared#at-home',
        },
      ],
    },
    {
      id: 'kap-compared-clinic-therapy',
      kind: 'single',
      prompt: '¿Todas las clínicas de ketamina incluyen terapia?',
      options: [
        {
          id: 'a',
          text: 'No. En una encuesta de los EE. UU., solo el 40% de las clínicas ofrecía consejería o terapia',
          correct: true,
          feedback:
            'Correcto. Muchas clínicas de infusión dan ketamina sin terapia planeada, así que vale la pena preguntar.',
        },
        {
          id: 'b',
          text: 'Sí. La terapia siempre es parte de la atención con ketamina',
          correct: false,
          feedback:
            'No es así. En una encuesta de 98 clínicas comunitarias de los EE. UU., solo el 40% ofrecía consejería o psicoterapia.',
          link: '/learn/kap-compared#infusion',
        },
        {
          id: 'c',
          text: 'Sí, porque la ley lo exige',
          correct: false,
          feedback:
            'No es así. La terapia no es parte de todos los tipos de atención con ketamina. Ni siquiera la aprobación de la esketamina la incluye.',
          link: '/learn/kap-compared#at-a-glance',
        },
      ],
    },
    {
      id: 'kap-compared-effects-fade',
      kind: 'single',
      prompt: 'En los estudios, ¿qué pasa a menudo después de una serie de goteos de ketamina para la depresión?',
      options: [
        {
          id: 'a',
          text: 'En muchas personas que mejoran, los síntomas vuelven en unas semanas',
          correct: true,
          feedback:
            'Correcto. En un estudio, a la mitad de las personas que mejoraron les volvieron los síntomas en alrededor de 18 días.',
        },
        {
          id: 'b',
          text: 'La mayoría de las personas siguen bien por años sin más tratamiento',
          correct: false,
          feedback: 'Los estudios no muestran esto. Los efectos a menudo pasan en días o semanas sin más dosis.',
          link: '/learn/kap-compared#infusion',
        },
        {
          id: 'c',
          text: 'Nadie mejora para nada',
          correct: false,
          feedback:
            'No es así. Los estudios muestran un beneficio a corto plazo para muchas personas con depresión difícil de tratar. El problema es que a menudo pasa.',
          link: '/learn/kap-compared#infusion',
        },
      ],
    },
  ],
};
export default quiz;
