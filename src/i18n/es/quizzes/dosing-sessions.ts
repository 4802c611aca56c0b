// translation_of: src/data/quizzes/dosing-sessions.ts 6bb785bcc16e3694d16efd0c1eda3a1f7193be98
import type { QuizData } from '../../../course/quiz-types';
import { DRIVING_RULE, capitalize, fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'dosing-sessions',
  questions: [
    {
      id: 'dosing-sessions-driving',
      kind: 'truefalse',
      prompt: 'Si se siente bien después de una sesión de dosis, puede manejar para volver a casa.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback: `No es así. La ketamina le puede dar sueño y hacer que reaccione más lento, aunque se sienta bien. Pida a alguien que le lleve a casa. ${DRIVING_RULE}`,
          link: '/learn/dosing-sessions#getting-home',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback: `Correcto. No maneje para volver a casa, aunque se sienta bien. Pida a alguien que le lleve. ${DRIVING_RULE}`,
        },
      ],
    },
    {
      id: 'dosing-sessions-routes',
      kind: 'single',
      prompt: '¿Qué forma de dar la ketamina pone toda la dosis directo en la sangre?',
      options: [
        {
          id: 'a',
          text: 'La infusión intravenosa (IV), un goteo lento en una vena',
          correct: true,
          feedback: 'Correcto. Un goteo IV entra directo en una vena, así que toda la dosis llega a la sangre.',
        },
        {
          id: 'b',
          text: 'Una pastilla que se deshace en la boca',
          correct: false,
          feedback:
            'No exactamente. En un estudio, unas 3 de cada 10 partes de una dosis que se deshizo en la boca llegaron a la sangre. Un goteo IV pone toda la dosis en la sangre.',
          link: '/learn/dosing-sessions#routes',
        },
        {
          id: 'c',
          text: 'Una tableta que se traga',
          correct: false,
          feedback:
            'No exactamente. Solo cerca de 1 de cada 5 partes de una dosis que se traga llega a la sangre. Un goteo IV pone toda la dosis en la sangre.',
          link: '/learn/dosing-sessions#routes',
        },
        {
          id: 'd',
          text: 'El aerosol nasal de esketamina',
          correct: false,
          feedback:
            'No exactamente. Cerca de la mitad de una dosis nasal de esketamina llega a la sangre. Un goteo IV pone toda la dosis en la sangre.',
          link: '/learn/dosing-sessions#routes',
        },
      ],
    },
    {
      id: 'dosing-sessions-hard-moments',
      kind: 'multiple',
      prompt:
        'Surge un momento difícil durante una sesión. ¿Qué puede hacer el equipo? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Quedarse con usted',
          correct: true,
          feedback:
            'Correcto. Los buenos programas tienen a alguien con usted durante toda la sesión. Antes de empezar, pregunte quién va a estar con usted y cómo puede pedirle ayuda.',
        },
        {
          id: 'b',
          text: 'Recordarle dónde está y que el efecto del medicamento va a pasar',
          correct: true,
          feedback: 'Correcto. Tranquilizarle con calma es parte de lo que ofrece el equipo.',
        },
        {
          id: 'c',
          text: 'Ayudarle a anclarse en el presente, por ejemplo respirando despacio',
          correct: true,
          feedback: 'Correcto. Anclarse ayuda a traer su atención de vuelta al aquí y ahora.',
        },
        {
          id: 'd',
          text: 'Salir del cuarto hasta que pase la sensación',
          correct: false,
          feedback:
            'No. Un buen equipo se queda con usted, revisa sus signos vitales y le ayuda a pasar el momento. Puede pedir ayuda en cualquier momento, y puede preguntar antes cómo le van a apoyar.',
          link: '/learn/dosing-sessions#hard-moments',
        },
      ],
    },
    {
      id: 'dosing-sessions-monitoring',
      kind: 'single',
      prompt: 'Después de una dosis de esketamina (Spravato), ¿cuánto tiempo le vigilan en la clínica?',
      options: [
        {
          id: 'a',
          text: `${capitalize(fact('esketamine-monitoring'))}, y hasta que los efectos hayan pasado`,
          correct: true,
          feedback: `Correcto. Con el programa de seguridad de la FDA, le vigilan durante ${fact('esketamine-monitoring')} y hasta que el sueño, la disociación y cualquier problema para respirar hayan pasado.`,
        },
        {
          id: 'b',
          text: 'Unos 15 minutos',
          correct: false,
          feedback: `No. Las reglas dicen ${fact('esketamine-monitoring')}, y hasta que el sueño, la disociación y cualquier problema para respirar hayan pasado.`,
          link: '/learn/dosing-sessions#monitoring',
        },
        {
          id: 'c',
          text: 'Usted se la lleva a casa, así que nadie necesita vigilarle',
          correct: false,
          feedback: `No. La esketamina solo se da en una clínica certificada y nunca se lleva a casa. Un trabajador de salud le vigila durante ${fact('esketamine-monitoring')}.`,
          link: '/learn/dosing-sessions#monitoring',
        },
      ],
    },
    {
      id: 'dosing-sessions-feelings',
      kind: 'truefalse',
      prompt:
        'Sentirse separado de su cuerpo o perder la noción del tiempo durante una sesión quiere decir que algo salió mal.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No es así. La disociación, como sentirse separado del cuerpo o sentir que el tiempo cambia, es un efecto esperado de la ketamina. Se va cuando pasa el efecto del medicamento.',
          link: '/learn/dosing-sessions#what-it-feels-like',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. Estas sensaciones se llaman disociación. Son esperadas y se van cuando pasa el efecto del medicamento. Puede pedir ayuda al equipo en cualquier momento.',
        },
      ],
    },
    {
      id: 'dosing-sessions-how-long',
      kind: 'single',
      prompt: 'En los primeros estudios de KAP, ¿cuánto duraban más o menos los efectos principales de una dosis?',
      options: [
        {
          id: 'a',
          text: capitalize(fact('dose-effects')),
          correct: true,
          feedback: `Correcto. Los efectos principales duraban ${fact('dose-effects')}. La visita completa dura más, porque primero se acomoda y después descansa. Con la esketamina, se queda ${fact('esketamine-monitoring')} después de la dosis.`,
        },
        {
          id: 'b',
          text: 'Alrededor de un minuto',
          correct: false,
          feedback: `No. En los primeros estudios de KAP, los efectos principales duraban ${fact('dose-effects')}, y la visita completa dura más que eso.`,
          link: '/learn/dosing-sessions#how-long',
        },
        {
          id: 'c',
          text: 'Varios días',
          correct: false,
          feedback: `No. Los efectos principales duraban ${fact('dose-effects')}. Planee descansar el resto del día, y no maneje para volver a casa.`,
          link: '/learn/dosing-sessions#how-long',
        },
      ],
    },
  ],
};

export default quiz;
