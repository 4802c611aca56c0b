// translation_of: src/data/quizzes/start-here.ts cb31e1384113bab8ea5a4fe96d424ef3f0ea0dc6
import type { QuizData } from '../../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'start-here',
  questions: [
    {
      id: 'start-here-progress-device',
      kind: 'single',
      prompt: '¿Dónde se guarda su progreso en este curso?',
      options: [
        {
          id: 'a',
          text: 'Solo en el navegador web de su propio dispositivo',
          correct: true,
          feedback: 'Correcto. Su progreso se queda en su dispositivo. No se nos envía nada a nosotros ni a nadie más.',
        },
        {
          id: 'b',
          text: 'Se envía a la clínica que le dio el curso',
          correct: false,
          feedback:
            'No. El curso no envía nada a nadie, así que una clínica no puede ver su progreso ni sus respuestas.',
          link: '/learn/start-here#privacy',
        },
        {
          id: 'c',
          text: 'En una cuenta en línea en la que usted inicia sesión',
          correct: false,
          feedback: 'No. No hay cuenta y no tiene que iniciar sesión. Su progreso se guarda solo en su navegador.',
          link: '/learn/start-here#privacy',
        },
      ],
    },
    {
      id: 'start-here-right-for-me',
      kind: 'truefalse',
      prompt: 'Verdadero o falso: este curso puede decirme si la KAP es buena para mí.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No del todo. El curso es para aprender, no es consejo médico. Solo un profesional clínico calificado que conozca su salud puede ayudarle a decidir.',
          link: '/learn/start-here#not-medical-advice',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. El curso explica la KAP, pero solo un profesional clínico calificado que conozca su salud puede ayudarle a decidir si le conviene.',
        },
      ],
    },
    {
      id: 'start-here-crisis',
      kind: 'single',
      prompt:
        'Está leyendo el curso y empieza a sentir que no está a salvo o a pensar en el suicidio. ¿Qué debe hacer?',
      options: [
        {
          id: 'a',
          text: 'Pedir ayuda ahora: llamar o enviar un mensaje de texto a una línea de crisis, o llamar al número de emergencias de su zona si está en peligro',
          correct: true,
          feedback:
            'Correcto. El curso no es atención de emergencia. Las líneas de crisis están disponibles ahora, y la página Obtenga ayuda ahora las muestra.',
        },
        {
          id: 'b',
          text: 'Terminar primero el módulo y luego decidir',
          correct: false,
          feedback:
            'Por favor, no espere. El curso no es atención de emergencia. Comuníquese ahora con una línea de crisis o con los servicios de emergencia.',
          link: '/learn/start-here#crisis',
        },
        {
          id: 'c',
          text: 'Esperar hasta su próxima cita o sesión de KAP',
          correct: false,
          feedback:
            'No tiene que esperar. Si siente que no está a salvo, llame o envíe un mensaje de texto a una línea de crisis ahora, o llame al número de emergencias de su zona si está en peligro.',
          link: '/learn/start-here#crisis',
        },
      ],
    },
    {
      id: 'start-here-how-it-works',
      kind: 'multiple',
      prompt: '¿Cuáles de estas frases sobre cómo funciona el curso son ciertas? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Puede leer los módulos en orden, o saltar al que necesita',
          correct: true,
          feedback: 'Correcto. Cada módulo se apoya en los anteriores, pero puede ir directo a lo que necesita.',
        },
        {
          id: 'b',
          text: 'Cada módulo termina con una prueba de conocimientos corta',
          correct: true,
          feedback:
            'Correcto. Cada respuesta explica por qué, y tiene un enlace a la parte de la página que trata el tema.',
        },
        {
          id: 'c',
          text: 'Tiene que terminar todo el curso de una sola vez',
          correct: false,
          feedback:
            'No. Puede avanzar a su propio ritmo, tomar descansos y volver más tarde. Su lugar queda guardado en su dispositivo.',
          link: '/learn/start-here#how-long',
        },
        {
          id: 'd',
          text: 'Las pruebas de conocimientos son exámenes con nota que califica una clínica',
          correct: false,
          feedback:
            'No. Las pruebas no son exámenes, y nadie más ve sus respuestas. Le ayudan a comprobar lo que usted ha entendido.',
          link: '/learn/start-here#how-it-works',
        },
      ],
    },
    {
      id: 'start-here-accuracy',
      kind: 'truefalse',
      prompt:
        'Verdadero o falso: el curso le dice qué tan sólidos son los estudios, y lo dice cuando la evidencia es débil.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback:
            'Correcto. Cada número y cada afirmación sobre qué tan bien funciona o qué tan seguro es tiene un enlace a su fuente. Además, el curso dice cuándo la evidencia es débil o mixta.',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'Sí lo dice. Cada número y cada afirmación sobre qué tan bien funciona o qué tan seguro es tiene un enlace a su fuente. Además, el curso dice con claridad cuándo la evidencia es débil o mixta.',
          link: '/learn/start-here#accuracy',
        },
      ],
    },
  ],
};

export default quiz;
