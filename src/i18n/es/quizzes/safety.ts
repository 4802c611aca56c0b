// translation_of: src/data/quizzes/safety.ts 8486bac4b37f4d092a6ae379d485d78c723ab774
import type { QuizData } from '../../../course/quiz-types';
import { fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'safety',
  questions: [
    {
      id: 'safety-side-effects',
      kind: 'truefalse',
      prompt:
        'Los efectos secundarios como la náusea, el mareo y un aumento de la presión arterial son comunes durante una sesión de ketamina.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback: `Correcto. Como todo medicamento, la ketamina tiene efectos secundarios. Con esketamina, la mayoría se alivian ${fact('esketamine-effects-ease')}, y el equipo lo vigila mientras tanto.`,
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'No es así. La ketamina tiene efectos secundarios, como disociación, náusea, mareo, sueño, dolor de cabeza, visión borrosa y un aumento de la presión arterial y de la frecuencia cardíaca.',
          link: '/learn/safety#during',
        },
      ],
    },
    {
      id: 'safety-bladder',
      kind: 'single',
      prompt: '¿Qué problema está ligado al uso intenso y largo de ketamina?',
      options: [
        {
          id: 'a',
          text: 'Daño a la vejiga',
          correct: true,
          feedback:
            'Correcto. El uso intenso y largo puede dañar la vejiga (cistitis por ketamina). Avise a su equipo de inmediato si tiene dolor al orinar o sangre en la orina.',
        },
        {
          id: 'b',
          text: 'Caída del cabello',
          correct: false,
          feedback: 'No es un efecto conocido. El órgano en riesgo con el uso intenso es la vejiga.',
          link: '/learn/safety#bladder',
        },
        {
          id: 'c',
          text: 'Pérdida de la audición',
          correct: false,
          feedback: 'No es un efecto conocido. El órgano en riesgo con el uso intenso es la vejiga.',
          link: '/learn/safety#bladder',
        },
      ],
    },
    {
      id: 'safety-dependence',
      kind: 'truefalse',
      prompt: 'La ketamina tiene un riesgo de uso indebido y de dependencia.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback:
            'Correcto. La ketamina se puede usar de forma indebida y las personas pueden llegar a depender de ella. En los EE. UU. es una sustancia controlada de la Lista III. Tómela solo como se la recetan.',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'No es así. La ketamina no está libre de riesgo de adicción. Se puede usar de forma indebida, puede aparecer tolerancia con el uso largo, y es una sustancia controlada de la Lista III en los EE. UU.',
          link: '/learn/safety#dependence',
        },
      ],
    },
    {
      id: 'safety-at-home',
      kind: 'single',
      prompt: '¿Qué dijo la FDA en su aviso de octubre de 2023 sobre la ketamina compuesta para usar en casa?',
      options: [
        {
          id: 'a',
          text: 'Tomarla en casa agrega riesgo, porque no hay un trabajador de la salud que lo vigile',
          correct: true,
          feedback:
            'Correcto. La FDA también dijo que la ketamina no está aprobada para ninguna afección de salud mental, y que la FDA no ha revisado los productos compuestos.',
        },
        {
          id: 'b',
          text: 'La ketamina compuesta está aprobada por la FDA para la depresión',
          correct: false,
          feedback:
            'No. La ketamina compuesta no está aprobada por la FDA, y la ketamina no está aprobada por la FDA para ninguna afección de salud mental.',
          link: '/learn/safety#at-home',
        },
        {
          id: 'c',
          text: 'El uso en casa no necesita vigilancia porque las dosis son pequeñas',
          correct: false,
          feedback:
            'No. La FDA dijo que el uso en casa agrega riesgo porque no hay un trabajador de la salud allí para vigilarlo. No se ha demostrado que la ketamina en casa sea segura.',
          link: '/learn/safety#at-home',
        },
      ],
    },
    {
      id: 'safety-interactions',
      kind: 'multiple',
      prompt:
        '¿Sobre cuáles de estos debe hablarle a quien le receta antes de empezar? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Una benzodiazepina para la ansiedad o el sueño',
          correct: true,
          feedback: 'Correcto. Los medicamentos calmantes pueden darle mucho más sueño con la ketamina.',
        },
        {
          id: 'b',
          text: 'Analgésicos opioides',
          correct: true,
          feedback: 'Correcto. Los opioides suman sueño y pueden hacer más lenta la respiración.',
        },
        {
          id: 'c',
          text: 'Cuánto alcohol toma',
          correct: true,
          feedback: 'Correcto. El alcohol suma sueño. Nadie lo va a juzgar por contárselo al equipo.',
        },
        {
          id: 'd',
          text: 'Un estimulante, como algunos medicamentos para el TDAH',
          correct: true,
          feedback: 'Correcto. Los estimulantes pueden subir aún más la presión arterial con la ketamina.',
        },
        {
          id: 'e',
          text: 'Dejar todos sus otros medicamentos el día anterior, sin preguntar',
          correct: false,
          feedback:
            'No. No deje ni cambie ningún medicamento por su cuenta. Es riesgoso dejar algunos de golpe. Dígale a quien le receta todo lo que toma, y esa persona le aconsejará.',
          link: '/learn/safety#interactions',
        },
      ],
    },
    {
      id: 'safety-warning-signs',
      kind: 'single',
      prompt: 'En la noche después de una sesión, tiene dolor en el pecho. ¿Qué debe hacer?',
      options: [
        {
          id: 'a',
          text: 'Llamar al 911 o al número de emergencias de su zona',
          correct: true,
          feedback:
            'Correcto. El dolor en el pecho, la dificultad para respirar, un dolor de cabeza fuerte y repentino o una confusión que no se quita necesitan ayuda de inmediato.',
        },
        {
          id: 'b',
          text: 'Mencionarlo en su próxima sesión',
          correct: false,
          feedback:
            'Por favor, no espere. El dolor en el pecho después de una sesión es una señal de alerta. Llame al 911 o al número de emergencias de su zona.',
          link: '/learn/safety#warning-signs',
        },
        {
          id: 'c',
          text: 'Irse a dormir y ver cómo se siente en la mañana',
          correct: false,
          feedback:
            'Por favor, no espere. El dolor en el pecho es una señal de alerta que necesita ayuda ahora. Llame al 911 o al número de emergencias de su zona.',
          link: '/learn/safety#warning-signs',
        },
      ],
    },
  ],
};

export default quiz;
