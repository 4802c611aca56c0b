// translation_of: src/data/quizzes/is-kap-right-for-me.ts ce1514fe917aa8d5fd3c4ba4fe6c6f2808471d93
import type { QuizData } from '../../../course/quiz-types';
import { fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'is-kap-right-for-me',
  questions: [
    {
      id: 'right-for-me-not-a-verdict',
      kind: 'truefalse',
      prompt: 'Responder las preguntas de esta página le dice si usted califica para la KAP.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No. Esta página es una ayuda para reflexionar, no un diagnóstico ni una prueba para ver si usted califica. Solo un profesional clínico con la formación adecuada, que conozca toda su historia, puede decidir con usted.',
          link: '/learn/is-kap-right-for-me#not-a-verdict',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. Sus respuestas son un punto de partida para hablar con un profesional clínico. No deciden si la KAP es para usted o no.',
        },
      ],
    },
    {
      id: 'right-for-me-not-used',
      kind: 'multiple',
      prompt: 'Según la etiqueta de la esketamina, ¿quiénes no la deben usar? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Las personas con un aneurisma u otra enfermedad parecida de los vasos sanguíneos',
          correct: true,
          feedback: 'Correcto. Esto está en la lista de razones para no usarla.',
        },
        {
          id: 'b',
          text: 'Las personas que tuvieron un sangrado en el cerebro',
          correct: true,
          feedback: 'Correcto. Haber tenido un sangrado en el cerebro está en la lista.',
        },
        {
          id: 'c',
          text: 'Las personas que tuvieron una reacción alérgica a la ketamina o a la esketamina',
          correct: true,
          feedback: 'Correcto. La alergia a cualquiera de los dos medicamentos está en la lista.',
        },
        {
          id: 'd',
          text: 'Las personas que probaron dos antidepresivos que no ayudaron lo suficiente',
          correct: false,
          feedback:
            'No. Esta es una razón por la que algunas personas preguntan por la ketamina, no una razón para descartarla. La mayor parte de los estudios sobre la ketamina se hizo en personas con depresión resistente al tratamiento.',
          link: '/learn/is-kap-right-for-me#worth-asking',
        },
      ],
    },
    {
      id: 'right-for-me-blood-pressure',
      kind: 'single',
      prompt: '¿Por qué un equipo de KAP revisa su presión arterial y la salud de su corazón?',
      options: [
        {
          id: 'a',
          text: 'La ketamina sube la presión arterial por un tiempo después de una dosis',
          correct: true,
          feedback: `Correcto. Con la esketamina, la subida llega a su punto más alto ${fact('esketamine-bp-peak')} después de la dosis y puede durar ${fact('esketamine-bp-duration')}. Los problemas del corazón o de los vasos sanguíneos necesitan una revisión cuidadosa.`,
        },
        {
          id: 'b',
          text: 'La ketamina baja la presión arterial',
          correct: false,
          feedback: 'No. La ketamina sube la presión arterial por un tiempo. Por eso se revisa.',
          link: '/learn/is-kap-right-for-me#careful-review',
        },
        {
          id: 'c',
          text: 'Es solo un trámite y no afecta la seguridad',
          correct: false,
          feedback:
            'No. Revisar la presión arterial y el corazón es una parte importante de cuidar su seguridad, porque la ketamina sube la presión arterial.',
          link: '/learn/is-kap-right-for-me#careful-review',
        },
      ],
    },
    {
      id: 'right-for-me-crisis',
      kind: 'single',
      prompt: 'Si tiene pensamientos de suicidio en este momento, ¿cuál es el mejor paso?',
      options: [
        {
          id: 'a',
          text: 'Buscar ayuda ahora, en una línea de crisis o con los servicios de emergencia',
          correct: true,
          feedback:
            'Correcto. La KAP no es atención de emergencia. Usted merece ayuda hoy. En EE. UU. puede llamar o enviar un mensaje de texto al 988.',
        },
        {
          id: 'b',
          text: 'Esperar hasta que pueda empezar un programa de KAP',
          correct: false,
          feedback:
            'Por favor, no espere. La KAP no es atención de emergencia, y ningún estudio ha demostrado que la ketamina prevenga el suicidio. Llame ahora a una línea de crisis.',
          link: '/learn/is-kap-right-for-me#crisis',
        },
        {
          id: 'c',
          text: 'Guardarse los pensamientos para que no le nieguen el tratamiento',
          correct: false,
          feedback:
            'Un equipo pregunta por los pensamientos suicidas por su seguridad, no para negarle el tratamiento. Si está en peligro ahora, por favor llame a una línea de crisis.',
          link: '/learn/is-kap-right-for-me#crisis',
        },
      ],
    },
    {
      id: 'right-for-me-screening',
      kind: 'multiple',
      prompt: '¿Qué suele incluir la evaluación para la KAP? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Todos los medicamentos y suplementos que toma',
          correct: true,
          feedback:
            'Correcto. Algunos medicamentos, como los sedantes, los estimulantes y los IMAO, pueden interactuar con la ketamina.',
        },
        {
          id: 'b',
          text: 'Su consumo de alcohol y otras drogas',
          correct: true,
          feedback:
            'Correcto. La ketamina puede llevar a un uso indebido, así que es importante hablar con franqueza sobre el consumo de sustancias.',
        },
        {
          id: 'c',
          text: 'Cómo va a volver a casa después de una dosis',
          correct: true,
          feedback:
            'Correcto. No debe manejar para volver a casa después de una dosis, así que el viaje de regreso es parte del plan.',
        },
        {
          id: 'd',
          text: 'Solo el puntaje de su depresión; no se revisa la salud física',
          correct: false,
          feedback:
            'No. La evaluación también incluye la presión arterial, el corazón y los vasos sanguíneos, si alguna vez tuvo psicosis o manía, el embarazo y las enfermedades del hígado.',
          link: '/learn/is-kap-right-for-me#screening',
        },
      ],
    },
    {
      id: 'right-for-me-pregnancy',
      kind: 'truefalse',
      prompt: 'No se recomienda la esketamina durante el embarazo ni durante la lactancia.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback:
            'Correcto. La etiqueta de la esketamina dice que puede dañar al bebé antes de nacer. Dígale a su equipo si está embarazada, si está dando pecho o si planea un embarazo.',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'No se recomienda. La etiqueta de la esketamina dice que puede dañar al bebé antes de nacer, y no se recomienda durante la lactancia.',
          link: '/learn/is-kap-right-for-me#careful-review',
        },
      ],
    },
  ],
};
export default quiz;
