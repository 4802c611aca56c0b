// translation_of: src/data/quizzes/conditions-and-evidence.ts 6b8917defc47a810a5c104c4f3b873d74ba5ca99
import type { QuizData } from '../../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'conditions-and-evidence',
  questions: [
    {
      id: 'evidence-response',
      kind: 'single',
      prompt: 'Un estudio dice que "el 64% respondió" a la ketamina. ¿Qué quiere decir "respuesta" por lo general?',
      options: [
        {
          id: 'a',
          text: 'Que su puntaje de depresión bajó por lo menos a la mitad',
          correct: true,
          feedback:
            'Correcto. Una respuesta es una bajada grande del puntaje. Es posible que las personas todavía tengan síntomas. Remisión quiere decir pocos síntomas o ninguno.',
        },
        {
          id: 'b',
          text: 'Que se recuperaron por completo',
          correct: false,
          feedback:
            'No del todo. Tener pocos síntomas o ninguno se llama remisión. Una respuesta quiere decir que el puntaje bajó por lo menos a la mitad, así que pueden quedar síntomas.',
          link: '/learn/conditions-and-evidence#response-remission',
        },
        {
          id: 'c',
          text: 'Que su depresión nunca volvió',
          correct: false,
          feedback:
            'No. Una respuesta se mide en un momento dado. En muchos estudios, el alivio se pasó en días o semanas sin más dosis.',
          link: '/learn/conditions-and-evidence#response-remission',
        },
      ],
    },
    {
      id: 'evidence-four-in-five',
      kind: 'truefalse',
      prompt: 'La ketamina funciona en más o menos 4 de cada 5 personas con depresión.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'Este no es un resumen justo. Los resultados dependen de con qué se comparó la ketamina, de cuándo se midió y de cuántas personas participaron. Frente a un placebo activo, el efecto parece mucho más pequeño que frente a la solución salina.',
          link: '/learn/conditions-and-evidence#comparison-groups',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. Ninguna cifra única como esta sirve. Por ejemplo, un ensayo encontró que a las 24 horas respondió el 64% con ketamina y el 28% con midazolam, y los efectos a menudo se pasaron en días o semanas.',
        },
      ],
    },
    {
      id: 'evidence-suicide-prevention',
      kind: 'truefalse',
      prompt: 'Los estudios han mostrado que la ketamina previene el suicidio.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'Ningún estudio ha mostrado esto. Algunos estudios encontraron que los pensamientos suicidas bajaron dentro del primer día, pero en un ensayo la diferencia ya no estaba a las 6 semanas. Si tiene pensamientos de suicidio, por favor comuníquese ahora con una línea de crisis.',
          link: '/learn/conditions-and-evidence#suicidal-thoughts',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. No hay evidencia de que la ketamina prevenga el suicidio. La etiqueta de la esketamina dice que esto "no se ha demostrado". No reemplaza la atención de emergencia ni la atención en el hospital.',
        },
      ],
    },
    {
      id: 'evidence-active-placebo',
      kind: 'single',
      prompt: '¿Por qué muchos ensayos comparan la ketamina con el midazolam en vez de con agua con sal?',
      options: [
        {
          id: 'a',
          text: 'El midazolam tiene efectos que las personas pueden sentir, así que es más difícil adivinar qué tratamiento recibieron',
          correct: true,
          feedback:
            'Correcto. El midazolam es un placebo activo. Hace que sea más difícil adivinar, así que el resultado muestra más del efecto de la ketamina en sí.',
        },
        {
          id: 'b',
          text: 'El midazolam es un antidepresivo más fuerte que la ketamina',
          correct: false,
          feedback:
            'No. El midazolam se usa porque da sueño, así que a las personas les cuesta más saber qué tratamiento recibieron. Es una comparación, no un antidepresivo.',
          link: '/learn/conditions-and-evidence#placebo',
        },
        {
          id: 'c',
          text: 'El midazolam no tiene ningún efecto',
          correct: false,
          feedback:
            'No. Eso describe un tratamiento falso, como la solución salina. El midazolam es un placebo activo: las personas lo pueden sentir.',
          link: '/learn/conditions-and-evidence#placebo',
        },
      ],
    },
    {
      id: 'evidence-ptsd',
      kind: 'multiple',
      prompt: '¿Cuáles de estas frases sobre la ketamina y el TEPT son ciertas? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Un ensayo pequeño de 30 personas encontró más beneficio con ketamina que con midazolam',
          correct: true,
          feedback: 'Correcto. En ese ensayo, el 67% respondió con ketamina y el 20% con midazolam.',
        },
        {
          id: 'b',
          text: 'Un ensayo más grande en 158 veteranos y miembros de las fuerzas armadas no encontró un beneficio claro para los síntomas del TEPT',
          correct: true,
          feedback: 'Correcto. Ese ensayo no encontró un beneficio claro para los síntomas del TEPT frente al placebo.',
        },
        {
          id: 'c',
          text: 'La evidencia es sólida y está clara',
          correct: false,
          feedback:
            'No. La evidencia para el TEPT es débil y mixta. Una revisión de 2024 encontró que el beneficio pequeño ya no era claro cuando se tomaron en cuenta los sesgos.',
          link: '/learn/conditions-and-evidence#ptsd',
        },
      ],
    },
    {
      id: 'evidence-kap-itself',
      kind: 'single',
      prompt: '¿Qué sabemos sobre la KAP comparada con la ketamina que se da sin terapia?',
      options: [
        {
          id: 'a',
          text: 'Ningún ensayo grande las ha comparado, así que sigue siendo una pregunta abierta',
          correct: true,
          feedback: 'Correcto. La razón para agregar terapia es lógica, pero no se ha probado en un ensayo grande.',
        },
        {
          id: 'b',
          text: 'Está probado que la KAP funciona mejor',
          correct: false,
          feedback:
            'Ningún estudio ha mostrado que la KAP funcione mejor que la ketamina sola. La evidencia sobre la KAP en sí se califica como baja.',
          link: '/learn/conditions-and-evidence#kap-itself',
        },
        {
          id: 'c',
          text: 'Muchos ensayos grandes han probado la KAP',
          correct: false,
          feedback:
            'No. La mayoría de los estudios probaron la ketamina sola. El informe principal sobre la KAP usó registros de clínicas sin grupo de comparación.',
          link: '/learn/conditions-and-evidence#kap-itself',
        },
      ],
    },
  ],
};
export default quiz;
