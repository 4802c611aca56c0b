// translation_of: src/data/quizzes/preparation.ts e93a5bfe4e0d9868ded853dc5ff4aefbe6016521
import type { QuizData } from '../../../course/quiz-types';
import { DRIVING_RULE, fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'preparation',
  questions: [
    {
      id: 'preparation-optional',
      kind: 'truefalse',
      prompt: 'Las sesiones de preparación son un extra que se puede saltar.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No. La preparación es una parte central de la KAP. Incluye los controles de seguridad, el consentimiento, las intenciones y la parte práctica que se planea antes de cualquier dosis.',
          link: '/learn/preparation#goals',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. En la preparación, su equipo revisa que la ketamina sea segura para usted. También es donde usted crea confianza y planea el día.',
        },
      ],
    },
    {
      id: 'preparation-intention',
      kind: 'single',
      prompt: '¿Qué es una intención en la KAP?',
      options: [
        {
          id: 'a',
          text: 'Una frase corta sobre lo que espera explorar: un rumbo, no una meta que tenga que alcanzar',
          correct: true,
          feedback:
            'Correcto. Una intención puede ser simple y puede cambiar. Puede que la sesión no la siga, y eso está bien.',
        },
        {
          id: 'b',
          text: 'Una promesa de que la dosis va a resolver un problema',
          correct: false,
          feedback:
            'No. Una intención es un rumbo hacia el cual mirar, no una promesa. Nadie puede prometer lo que traerá una sesión.',
          link: '/learn/preparation#intentions',
        },
        {
          id: 'c',
          text: 'Una prueba que se aprueba o se reprueba durante la sesión',
          correct: false,
          feedback:
            'No. No hay nada que aprobar ni reprobar. Una intención es una frase corta sobre lo que espera explorar.',
          link: '/learn/preparation#intentions',
        },
      ],
    },
    {
      id: 'preparation-fears',
      kind: 'single',
      prompt: 'Le da miedo perder el control durante una dosis. ¿Qué puede hacer?',
      options: [
        {
          id: 'a',
          text: 'Hablar de ello en la preparación; también puede decidir no seguir adelante',
          correct: true,
          feedback:
            'Correcto. Los miedos y las dudas son normales. Su terapeuta le puede explicar lo que suele pasar y cómo le va a apoyar. La decisión sigue siendo suya.',
        },
        {
          id: 'b',
          text: 'Guardárselo para no parecer una persona difícil',
          correct: false,
          feedback:
            'Ponerle nombre a un miedo a menudo lo hace más pequeño, y ayuda a su terapeuta a apoyarle. La preparación es el lugar para decirlo.',
          link: '/learn/preparation#fears',
        },
        {
          id: 'c',
          text: 'Aceptar que, una vez que empieza la preparación, tiene que seguir adelante',
          correct: false,
          feedback:
            'No. Puede decidir no seguir adelante, incluso el mismo día, y puede dejar el programa más adelante.',
          link: '/learn/preparation#fears',
        },
      ],
    },
    {
      id: 'preparation-medical-review',
      kind: 'multiple',
      prompt: '¿Cuáles de estas cosas ayudan a que la revisión médica sea segura? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Traer una lista de todos sus medicamentos y suplementos',
          correct: true,
          feedback:
            'Correcto. Algunos medicamentos, como los sedantes, los estimulantes y los IMAO, pueden interactuar con la ketamina.',
        },
        {
          id: 'b',
          text: 'Decir la verdad sobre su historia, incluido su consumo de alcohol y drogas',
          correct: true,
          feedback: 'Correcto. Su equipo solo puede cuidar de su seguridad si sabe todo.',
        },
        {
          id: 'c',
          text: 'Dejar sus medicamentos de siempre antes de la sesión sin decírselo a nadie',
          correct: false,
          feedback:
            'Por favor, no lo haga. No deje ni empiece ningún medicamento a menos que quien le receta se lo indique.',
          link: '/learn/preparation#medical-review',
        },
      ],
    },
    {
      id: 'preparation-ride-home',
      kind: 'single',
      prompt: '¿Cómo debe planear su regreso a casa después de una dosis?',
      options: [
        {
          id: 'a',
          text: 'Pedir a otra persona que le lleve y seguir la regla sobre manejar de su medicamento',
          correct: true,
          feedback: `Correcto. ${DRIVING_RULE}`,
        },
        {
          id: 'b',
          text: 'Manejar usted si se siente bien después de una hora',
          correct: false,
          feedback: `No. No maneje para volver a casa después de una dosis, aunque se sienta bien. ${DRIVING_RULE}`,
          link: '/learn/preparation#getting-home',
        },
        {
          id: 'c',
          text: 'Irse justo después de la dosis, antes de que le vigilen',
          correct: false,
          feedback: `No. Le van a vigilar por un tiempo después de la dosis. Con la esketamina, esto es ${fact('esketamine-monitoring')}.`,
          link: '/learn/preparation#getting-home',
        },
      ],
    },
    {
      id: 'preparation-clinic-first',
      kind: 'truefalse',
      prompt:
        'Si este curso y su clínica dan instrucciones distintas sobre la comida y la bebida, siga las de su clínica.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: true,
          feedback:
            'Correcto. Las instrucciones de su clínica siempre van primero. Las reglas cambian de una clínica a otra y de un medicamento a otro.',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: false,
          feedback:
            'Las instrucciones de su clínica van primero. Este curso da ejemplos, como las reglas de la esketamina, pero su clínica conoce su plan.',
          link: '/learn/preparation#food-drink',
        },
      ],
    },
  ],
};
export default quiz;
