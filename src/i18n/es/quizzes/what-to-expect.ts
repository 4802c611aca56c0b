// translation_of: src/data/quizzes/what-to-expect.ts 3e831eb4a69c0e92cdd2d91b0fdcceca9b20e0f8
import type { QuizData } from '../../../course/quiz-types';
import { DRIVING_RULE } from '../facts';

const quiz: QuizData = {
  moduleId: 'what-to-expect',
  questions: [
    {
      id: 'what-to-expect-clinic-first',
      kind: 'single',
      prompt:
        'Este curso y su clínica le dan consejos distintos sobre la comida y la bebida antes de una sesión. ¿Qué debe hacer?',
      options: [
        {
          id: 'a',
          text: 'Seguir las instrucciones de su clínica',
          correct: true,
          feedback: 'Correcto. El curso describe lo que es común. Las instrucciones de su clínica siempre van primero.',
        },
        {
          id: 'b',
          text: 'Seguir el curso, porque se basa en estudios',
          correct: false,
          feedback:
            'No es así. El curso es para aprender y no reemplaza las instrucciones de su clínica. Siga a su clínica, y pregúnteles si tiene dudas.',
          link: '/learn/what-to-expect#day-before',
        },
        {
          id: 'c',
          text: 'Elegir el consejo que sea más fácil',
          correct: false,
          feedback:
            'No es así. Las reglas sobre la comida y la bebida son para su seguridad. Siga las reglas de su clínica, y pregúnteles si algo no está claro.',
          link: '/learn/what-to-expect#day-before',
        },
      ],
    },
    {
      id: 'what-to-expect-driving',
      kind: 'truefalse',
      prompt: 'Verdadero o falso: si se siente bien una hora después de una sesión, puede manejar usted mismo a casa.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback: `No es así. Váyase a casa con la persona que acordó. ${DRIVING_RULE}`,
          link: '/learn/what-to-expect#right-after',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback: `Correcto. Sentirse bien no es suficiente. Planee quién lo va a llevar a casa. ${DRIVING_RULE}`,
        },
      ],
    },
    {
      id: 'what-to-expect-screening',
      kind: 'multiple',
      prompt: '¿Sobre cuáles de estos suele preguntar la evaluación médica? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Su presión arterial y cualquier problema del corazón',
          correct: true,
          feedback: 'Correcto. La ketamina y la esketamina pueden subir la presión arterial por un tiempo.',
        },
        {
          id: 'b',
          text: 'Todos los medicamentos que toma',
          correct: true,
          feedback: 'Correcto. Algunos medicamentos pueden cambiar cómo le afecta la ketamina.',
        },
        {
          id: 'c',
          text: 'El embarazo y la lactancia',
          correct: true,
          feedback:
            'Correcto. La esketamina puede dañar al bebé antes de nacer y no se recomienda durante el embarazo.',
        },
        {
          id: 'd',
          text: 'La música que le gusta',
          correct: false,
          feedback: 'La música se trata en las sesiones de preparación con su terapeuta, no en la evaluación médica.',
          link: '/learn/what-to-expect#preparation',
        },
      ],
    },
    {
      id: 'what-to-expect-can-stop',
      kind: 'truefalse',
      prompt: 'Verdadero o falso: una vez que empieza un ciclo de KAP, tiene que terminarlo.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback: 'No es así. Puede hacer preguntas, hacer una pausa o parar en cualquier paso. Es su tratamiento.',
          link: '/learn/what-to-expect#review',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. Puede hacer una pausa o parar en cualquier paso, y pedir una revisión en cualquier momento.',
        },
      ],
    },
    {
      id: 'what-to-expect-integration',
      kind: 'single',
      prompt: '¿Qué es la integración?',
      options: [
        {
          id: 'a',
          text: 'El trabajo, después de una sesión, de darle sentido y convertirla en pequeños cambios en la vida diaria',
          correct: true,
          feedback: 'Correcto. Los días después de una sesión son parte del tratamiento.',
        },
        {
          id: 'b',
          text: 'Otro nombre para la sesión de dosis',
          correct: false,
          feedback:
            'No es así. La integración viene después de la sesión de dosis. Se trata de darle sentido a lo que notó.',
          link: '/learn/what-to-expect#days-after',
        },
        {
          id: 'c',
          text: 'Algo que solo necesita si una sesión salió mal',
          correct: false,
          feedback: 'No es así. La integración es parte de todo ciclo de KAP, sin importar cómo fue la sesión.',
          link: '/learn/what-to-expect#days-after',
        },
      ],
    },
    {
      id: 'what-to-expect-feel-worse',
      kind: 'single',
      prompt: 'Unos días después de una sesión, se siente mucho peor y no se siente seguro. ¿Qué debe hacer?',
      options: [
        {
          id: 'a',
          text: 'Comunicarse ahora con su equipo de atención, o con una línea de crisis o los servicios de emergencia si está en peligro',
          correct: true,
          feedback:
            'Correcto. Su equipo quiere saberlo. Si está en peligro o piensa en quitarse la vida, llame ahora a una línea de crisis o a los servicios de emergencia.',
        },
        {
          id: 'b',
          text: 'Esperar hasta su próxima sesión planeada',
          correct: false,
          feedback:
            'Por favor, no espere. Comuníquese ahora con su equipo de atención. En una crisis, llame a una línea de crisis o a los servicios de emergencia.',
          link: '/learn/what-to-expect#days-after',
        },
        {
          id: 'c',
          text: 'Guardárselo para no preocupar a nadie',
          correct: false,
          feedback:
            'No tiene que enfrentarlo solo. Comuníquese con su equipo de atención, o con una línea de crisis si está en peligro.',
          link: '/learn/what-to-expect#days-after',
        },
      ],
    },
  ],
};
export default quiz;
