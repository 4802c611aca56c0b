// translation_of: src/data/quizzes/integration.ts 88797c9317f7380731d569e09e0d533faeb50bf4
import type { QuizData } from '../../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'integration',
  questions: [
    {
      id: 'integration-optional',
      kind: 'truefalse',
      prompt: 'En la KAP, la integración es un extra que se puede saltar.',
      options: [
        {
          id: 'true',
          text: 'Verdadero',
          correct: false,
          feedback:
            'No es así. En la KAP, la terapia antes y después de la dosis es parte del tratamiento. Los programas incluyen la integración para que usted pueda entender la sesión y convertirla en cambios.',
          link: '/learn/integration#why-it-matters',
        },
        {
          id: 'false',
          text: 'Falso',
          correct: true,
          feedback:
            'Correcto. En la KAP, la terapia antes y después de la dosis es parte del tratamiento, no algo de más.',
        },
      ],
    },
    {
      id: 'integration-evidence',
      kind: 'single',
      prompt: '¿Qué dicen los estudios hasta ahora sobre sumar terapia a la ketamina?',
      options: [
        {
          id: 'a',
          text: 'Todavía es una pregunta abierta. Ningún estudio grande ha demostrado todavía que la KAP funcione mejor que la ketamina sola.',
          correct: true,
          feedback:
            'Correcto. Una revisión de 2023 dijo que esta es una pregunta clave que sigue abierta. Hay estudios en curso que comparan las dos.',
        },
        {
          id: 'b',
          text: 'Los estudios han probado que la terapia duplica el beneficio de la ketamina.',
          correct: false,
          feedback:
            'No. Ningún estudio grande ha demostrado todavía que sumar terapia haga que la ketamina funcione mejor. Es un enfoque razonable, pero todavía no está probado.',
          link: '/learn/integration#evidence',
        },
        {
          id: 'c',
          text: 'Los estudios han probado que la terapia no cambia nada.',
          correct: false,
          feedback: 'No. Esto tampoco se ha demostrado. La pregunta sigue abierta, y hay estudios en curso.',
          link: '/learn/integration#evidence',
        },
      ],
    },
    {
      id: 'integration-practices',
      kind: 'multiple',
      prompt: '¿Cuáles de estas son prácticas comunes de integración? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Escribir en un diario',
          correct: true,
          feedback: 'Correcto. Muchas personas anotan lo que notaron, poco después de la sesión.',
        },
        {
          id: 'b',
          text: 'Hablar de la sesión con su terapeuta',
          correct: true,
          feedback: 'Correcto. Las sesiones de integración son un momento para repasar juntos la experiencia.',
        },
        {
          id: 'c',
          text: 'Moverse con suavidad y respirar despacio',
          correct: true,
          feedback: 'Correcto. Las prácticas con el cuerpo le pueden ayudar a notar y calmar los sentimientos.',
        },
        {
          id: 'd',
          text: 'Dibujar o hacer música',
          correct: true,
          feedback:
            'Correcto. Las prácticas creativas pueden ayudar con las cosas que son difíciles de poner en palabras.',
        },
        {
          id: 'e',
          text: 'Tomar por su cuenta una dosis extra de ketamina para ir más a fondo',
          correct: false,
          feedback:
            'No. La integración es pensar en lo vivido y hacer cambios pequeños, no tomar más medicamento. Nunca tome ketamina extra entre sesiones.',
          link: '/learn/integration#practices',
        },
      ],
    },
    {
      id: 'integration-more-help',
      kind: 'multiple',
      prompt:
        '¿Cuáles de estas señales quieren decir que debe comunicarse pronto con su equipo? Elija todas las que correspondan.',
      options: [
        {
          id: 'a',
          text: 'Sus síntomas empeoran en vez de mejorar',
          correct: true,
          feedback: 'Correcto. No espere a su próxima sesión programada. Avísele a su equipo.',
        },
        {
          id: 'b',
          text: 'Siente que nada es real o que está lejos de todo durante días después de una sesión',
          correct: true,
          feedback:
            'Correcto. La disociación se debe ir cuando pasa el efecto del medicamento. Si dura días, dígaselo a su equipo.',
        },
        {
          id: 'c',
          text: 'No puede dormir, noche tras noche',
          correct: true,
          feedback: 'Correcto. Dormir mal día tras día es una razón para pedir ayuda.',
        },
        {
          id: 'd',
          text: 'Siente cansancio la noche después de una sesión',
          correct: false,
          feedback:
            'Esto es común. Muchas personas sienten cansancio el resto del día, y descansar ayuda. Pida ayuda si sus síntomas empeoran, si siente durante días que nada es real o si no puede dormir.',
          link: '/learn/integration#more-help',
        },
      ],
    },
    {
      id: 'integration-crisis',
      kind: 'single',
      prompt: 'Tiene pensamientos de suicidio unos días después de una sesión. ¿Qué debe hacer?',
      options: [
        {
          id: 'a',
          text: 'Buscar ayuda ahora: llamar o enviar un mensaje de texto a una línea de crisis, como el 988 en EE. UU., o llamar al 911 si está en peligro',
          correct: true,
          feedback:
            'Correcto. Busque ayuda enseguida. Su equipo de KAP no es un servicio de emergencia, así que use una línea de crisis o los servicios de emergencia.',
        },
        {
          id: 'b',
          text: 'Esperar y hablar de ello en su próxima sesión de integración',
          correct: false,
          feedback:
            'Por favor, no espere. Llame o envíe un mensaje de texto a una línea de crisis, como el 988 en EE. UU., o llame al 911 si está en peligro ahora.',
          link: '/learn/integration#more-help',
        },
        {
          id: 'c',
          text: 'Guardárselo para que nadie se preocupe',
          correct: false,
          feedback:
            'Por favor, pida ayuda. Pedir ayuda es un paso fuerte y sensato. Llame o envíe un mensaje de texto a una línea de crisis, como el 988 en EE. UU., o llame al 911 si está en peligro.',
          link: '/learn/integration#more-help',
        },
      ],
    },
    {
      id: 'integration-small-changes',
      kind: 'single',
      prompt: 'Después de una sesión, se da cuenta de que quiere descansar más. ¿Cuál es un buen siguiente paso?',
      options: [
        {
          id: 'a',
          text: 'Elegir un paso pequeño para esta semana, como una hora fija para acostarse',
          correct: true,
          feedback:
            'Correcto. Es más fácil vivir las ideas grandes como pasos pequeños y claros. Fíjese en cómo le va, y llévelo a su próxima sesión.',
        },
        {
          id: 'b',
          text: 'Cambiar todo en su vida al día siguiente',
          correct: false,
          feedback:
            'Es más sabio ir con calma. Evite tomar decisiones importantes justo después de una sesión, y empiece con un paso pequeño.',
          link: '/learn/integration#small-changes',
        },
        {
          id: 'c',
          text: 'No hacer nada y esperar a que lo que entendió cambie las cosas por sí solo',
          correct: false,
          feedback:
            'Entender algo puede no bastar para cambiar mucho. El cambio suele venir de los pasos pequeños que usted da, día a día.',
          link: '/learn/integration#small-changes',
        },
      ],
    },
  ],
};

export default quiz;
