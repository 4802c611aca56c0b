// translation_of: src/data/glossary.ts 1186a7c7e4bda948cca98e2c31588dda41898dd6
/**
 * The glossary in Spanish: the same entries as src/data/glossary.ts, with the same ids in the same
 * order. Only the words change; each definition keeps the English one's facts and numbers, in one
 * or two plain sentences under 60 words. The Spanish glossary page sorts the terms the Spanish way.
 */
import type { GlossaryEntry } from '../../data/glossary';

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'kap',
    term: 'Psicoterapia asistida con ketamina (KAP)',
    definition:
      'Terapia de conversación con una o más sesiones en las que usted toma ketamina, con un terapeuta presente. La terapia antes y después de la dosis es parte del tratamiento.',
  },
  {
    id: 'psychotherapy',
    term: 'Psicoterapia',
    definition:
      'Terapia de conversación: reuniones regulares con un profesional capacitado para entender y trabajar sentimientos, pensamientos y conducta.',
  },
  {
    id: 'ketamine',
    term: 'Ketamina',
    definition:
      'Un medicamento aprobado por primera vez en los EE. UU. en 1970 como anestésico. En dosis más bajas, se estudia y se usa para la depresión y algunas otras afecciones.',
  },
  {
    id: 'esketamine',
    term: 'Esketamina (Spravato)',
    definition:
      'Una de las dos formas de la ketamina, que son como reflejos en un espejo. Es un aerosol nasal aprobado en los EE. UU. para algunos tipos de depresión, y se usa solo en clínicas certificadas.',
  },
  {
    id: 'dissociation',
    term: 'Disociación',
    definition:
      'Sentirse desconectado de su cuerpo, de su entorno o del tiempo. La ketamina suele causarla por un rato corto después de una dosis.',
  },
  {
    id: 'integration',
    term: 'Integración',
    definition:
      'El trabajo, después de una sesión con ketamina, de darle sentido a la experiencia y llevar lo que notó a cambios en su vida diaria.',
  },
  {
    id: 'trd',
    term: 'Depresión resistente al tratamiento (DRT)',
    definition:
      'Depresión que no mejoró lo suficiente con por lo menos dos antidepresivos, cada uno a la dosis adecuada y por el tiempo necesario.',
  },
  {
    id: 'glutamate',
    term: 'Glutamato',
    definition:
      'El principal mensajero químico que activa las células del cerebro. Las células nerviosas lo usan para pasarse señales.',
  },
  {
    id: 'nmda-receptor',
    term: 'Receptor NMDA',
    definition:
      'Un punto de unión en las células nerviosas donde actúa el glutamato. La ketamina lo bloquea por poco tiempo.',
  },
  {
    id: 'neuroplasticity',
    term: 'Neuroplasticidad',
    definition: 'La capacidad del cerebro de formar nuevas conexiones y cambiar las que ya tiene.',
  },
  {
    id: 'placebo',
    term: 'Placebo',
    definition:
      'Un tratamiento simulado, sin medicamento activo. Los estudios lo usan para ver qué parte de un efecto viene del medicamento mismo.',
  },
  {
    id: 'active-placebo',
    term: 'Placebo activo',
    definition:
      'Un medicamento de comparación que causa efectos que se notan, como somnolencia, para que a las personas de un estudio les cueste más adivinar qué tratamiento recibieron. A menudo se usa el midazolam.',
  },
  {
    id: 'response',
    term: 'Respuesta',
    definition:
      'En estudios de depresión, suele ser una baja de por lo menos la mitad en el puntaje de síntomas de una persona.',
  },
  {
    id: 'remission',
    term: 'Remisión',
    definition:
      'En los estudios sobre depresión, un puntaje de síntomas tan bajo que cuenta como pocos síntomas o ninguno.',
  },
  {
    id: 'off-label',
    term: 'Uso fuera de indicación (off-label)',
    definition:
      'Cuando un médico receta un medicamento aprobado para un uso que no está aprobado. Es legal y común, pero ese uso no pasó por la revisión de la agencia reguladora.',
  },
  {
    id: 'midazolam',
    term: 'Midazolam',
    definition:
      'Un sedante que causa somnolencia y relajación por poco tiempo. Los estudios sobre la ketamina lo usan a menudo como placebo activo.',
  },
  {
    id: 'ect',
    term: 'Terapia electroconvulsiva (TEC)',
    definition:
      'Un tratamiento de hospital para la depresión grave. Con anestesia general, se pasa una breve corriente eléctrica por el cerebro para causar una convulsión corta y controlada.',
  },
  {
    id: 'cochrane-review',
    term: 'Revisión Cochrane',
    definition:
      'Un resumen cuidadoso de todos los estudios de buena calidad sobre una pregunta de salud, escrito por la red Cochrane. También califica qué tan seguros podemos estar de los resultados.',
  },
  {
    id: 'suicidal-thoughts',
    term: 'Pensamientos suicidas (ideación suicida)',
    definition:
      'Pensamientos sobre quitarse la vida. Pueden ir y venir, y van desde ideas pasajeras hasta planes detallados. Son una razón para buscar ayuda ahora.',
  },
  {
    id: 'bipolar-disorder',
    term: 'Trastorno bipolar',
    definition:
      'Una afección en la que el ánimo pasa de períodos de depresión a períodos de ánimo muy alto o irritable (manía o hipomanía).',
  },
  {
    id: 'ptsd',
    term: 'Trastorno de estrés postraumático (TEPT)',
    definition:
      'Una afección que puede aparecer después de un suceso aterrador o angustiante. Puede traer recuerdos no deseados, pesadillas, sentirse en alerta y evitar lo que le recuerda lo que pasó.',
  },
  {
    id: 'anxiety-disorder',
    term: 'Trastorno de ansiedad',
    definition:
      'Una afección en la que la preocupación o el miedo son fuertes, duran mucho tiempo y afectan la vida diaria. Algunos ejemplos son el trastorno de ansiedad generalizada y el trastorno de ansiedad social.',
  },
  {
    id: 'ocd',
    term: 'Trastorno obsesivo-compulsivo (TOC)',
    definition:
      'Una afección con pensamientos no deseados que se repiten (obsesiones) y ganas de hacer cosas una y otra vez (compulsiones) para calmar la angustia que causan.',
  },
  {
    id: 'substance-use-disorder',
    term: 'Trastorno por consumo de sustancias',
    definition:
      'Cuando el consumo de alcohol o de una droga, como los opioides, causa daño y es difícil de controlar o dejar. El trastorno por consumo de alcohol es un tipo.',
  },
  {
    id: 'crps',
    term: 'Síndrome de dolor regional complejo (SDRC)',
    definition:
      'Una afección de dolor duradero, por lo general en un brazo o una pierna, a menudo después de una lesión. El dolor es más fuerte y dura más de lo esperado.',
  },
  {
    id: 'aneurysm',
    term: 'Aneurisma',
    definition: 'Un punto débil en la pared de un vaso sanguíneo que se abulta. Puede romperse y sangrar.',
  },
  {
    id: 'psychosis',
    term: 'Psicosis',
    definition:
      'Un estado en el que una persona pierde contacto con la realidad; por ejemplo, oye voces o tiene creencias que otros no comparten.',
  },
  {
    id: 'mania',
    term: 'Manía',
    definition:
      'Un período de ánimo muy alto, eufórico o irritable, con mucha energía, poca necesidad de dormir y a veces conductas de riesgo. Es parte del trastorno bipolar.',
  },
  {
    id: 'sedative',
    term: 'Sedante',
    definition:
      'Un medicamento que calma o da sueño, como algunas pastillas para dormir y medicamentos para la ansiedad.',
  },
  {
    id: 'stimulant',
    term: 'Estimulante',
    definition: 'Un medicamento o droga que acelera el cuerpo y el cerebro, como algunos medicamentos para el TDAH.',
  },
  {
    id: 'maoi',
    term: 'IMAO (inhibidor de la monoaminooxidasa)',
    definition:
      'Un tipo antiguo de antidepresivo. Puede interactuar con otros medicamentos y algunos alimentos, así que su equipo debe saber si usted lo toma.',
  },
  {
    id: 'informed-consent',
    term: 'Consentimiento informado',
    definition:
      'Aceptar un tratamiento después de que le explicaron, con palabras que usted entiende, en qué consiste, sus beneficios y riesgos probables, y las otras opciones. Usted puede cambiar de opinión.',
  },
  {
    id: 'intention',
    term: 'Intención',
    definition:
      'En la KAP, una frase corta sobre lo que usted espera explorar o entender en una sesión. Es una dirección, no una meta que tenga que alcanzar.',
  },
  {
    id: 'set-and-setting',
    term: 'Mentalidad y entorno (set and setting)',
    definition:
      'Su estado mental al empezar una sesión (mentalidad) y el lugar y las personas a su alrededor (entorno). Ambos pueden influir en cómo se vive una sesión.',
  },
  {
    id: 'controlled-substance',
    term: 'Sustancia controlada',
    definition:
      'Un medicamento o droga que la ley limita porque se presta a uso indebido. En los EE. UU., la ketamina es una sustancia controlada de la Lista III.',
  },
  {
    id: 'prior-authorization',
    term: 'Autorización previa',
    definition:
      'Cuando su seguro médico debe aceptar pagar un tratamiento antes de que usted lo empiece. Su clínica suele enviar la solicitud.',
  },
  {
    id: 'rems',
    term: 'REMS (Estrategia de Evaluación y Mitigación de Riesgos)',
    definition:
      'Un programa de seguridad que la FDA puede exigir para un medicamento con riesgos serios. Para la esketamina, fija dónde se da y cuánto dura la vigilancia.',
  },
  {
    id: 'compounding',
    term: 'Medicamento compuesto',
    definition:
      'Un medicamento que una farmacia prepara para una persona, como una tableta de ketamina o una pastilla para chupar. La FDA no revisa su seguridad ni su efecto antes de que se use.',
  },
  {
    id: 'blinding',
    term: 'Enmascaramiento (cegamiento)',
    definition:
      'Evitar que las personas de un estudio sepan qué tratamiento recibieron. Así, las esperanzas y las suposiciones no cambian los resultados.',
  },
  {
    id: 'non-inferiority',
    term: 'No inferioridad',
    definition:
      'Un diseño de estudio que prueba si un tratamiento nuevo no es peor que uno existente en más de una cantidad fijada. No prueba si es mejor.',
  },
  {
    id: 'randomized-trial',
    term: 'Ensayo controlado aleatorizado',
    definition:
      'Un estudio en el que el azar decide qué tratamiento recibe cada persona. Al comparar los grupos, se ve lo que hace el tratamiento mismo.',
  },
  {
    id: 'effect-size',
    term: 'Tamaño del efecto',
    definition:
      'Un número que muestra qué tan grande fue la diferencia que causó un tratamiento en comparación con otro grupo. Un número más grande significa una diferencia más grande.',
  },
  {
    id: 'pulse-oximeter',
    term: 'Oxímetro de pulso',
    definition: 'Una pinza pequeña, por lo general en un dedo, que mide su pulso y el oxígeno en su sangre.',
  },
  {
    id: 'sedation',
    term: 'Sedación',
    definition: 'Sentir mucho sueño o lentitud, o quedarse dormido, por un medicamento.',
  },
  {
    id: 'anesthetic',
    term: 'Anestésico',
    definition:
      'Un medicamento que quita la sensación de dolor. Un anestésico general produce un sueño profundo para una cirugía.',
  },
  {
    id: 'intramuscular',
    term: 'Intramuscular (IM)',
    definition: 'Dado como inyección en un músculo, por lo general en la parte de arriba del brazo.',
  },
  {
    id: 'sublingual',
    term: 'Sublingual',
    definition:
      'Tomado al dejar que una tableta o pastilla se derrita debajo de la lengua o en la boca, para que el medicamento pase a la sangre allí.',
  },
  {
    id: 'trauma-informed-care',
    term: 'Atención informada sobre el trauma',
    definition:
      'Una forma de trabajar que tiene en cuenta cómo el trauma afecta a las personas. Pone primero la seguridad, la confianza, la elección y el trabajo en conjunto, y trata de no causar nuevo daño.',
  },
  {
    id: 'relapse',
    term: 'Recaída',
    definition: 'Cuando los síntomas vuelven después de haber mejorado.',
  },
  {
    id: 'antidepressant',
    term: 'Antidepresivo',
    definition:
      'Un medicamento para tratar la depresión. La mayoría de los antidepresivos comunes actúan sobre la serotonina u otros mensajeros químicos parecidos del cerebro.',
  },
  {
    id: 'serotonin',
    term: 'Serotonina',
    definition:
      'Un mensajero químico del cerebro y del cuerpo. La mayoría de los antidepresivos comunes actúan sobre ella.',
  },
  {
    id: 'ssri',
    term: 'ISRS (SSRI)',
    definition:
      'Inhibidor selectivo de la recaptación de serotonina: el tipo más común de pastilla antidepresiva, como la sertralina. Actúa sobre la serotonina.',
  },
  {
    id: 'snri',
    term: 'IRSN (SNRI)',
    definition:
      'Inhibidor de la recaptación de serotonina y norepinefrina: un tipo de pastilla antidepresiva, como la duloxetina. Actúa sobre la serotonina y la norepinefrina, otro mensajero químico.',
  },
  {
    id: 'receptor',
    term: 'Receptor',
    definition:
      'Un punto de unión en una célula. Un mensajero químico encaja en él como una llave en una cerradura, y así pasa una señal.',
  },
  {
    id: 'ampa-receptor',
    term: 'Receptor AMPA',
    definition:
      'Un punto de unión en las células nerviosas donde actúa el glutamato. Ayuda a pasar señales rápidas entre células nerviosas.',
  },
  {
    id: 'bdnf',
    term: 'BDNF',
    definition:
      'Siglas en inglés del factor neurotrófico derivado del cerebro: una señal de crecimiento que ayuda a las células nerviosas a sobrevivir, crecer y formar conexiones.',
  },
  {
    id: 'mtor',
    term: 'mTOR',
    definition:
      'Una señal dentro de las células que ayuda a controlar el crecimiento, como la formación de nuevas conexiones entre células nerviosas.',
  },
  {
    id: 'synapse',
    term: 'Sinapsis',
    definition:
      'El espacio diminuto donde una célula nerviosa pasa una señal a la siguiente. Las sinapsis son las conexiones entre las células nerviosas.',
  },
  {
    id: 'rapamycin',
    term: 'Rapamicina',
    definition:
      'Un medicamento que bloquea la señal mTOR. Los científicos lo usan en estudios para probar si un efecto necesita mTOR.',
  },
  {
    id: 'metabolite',
    term: 'Metabolito',
    definition: 'Una sustancia que el cuerpo produce al descomponer un medicamento.',
  },
  {
    id: 'bioavailability',
    term: 'Biodisponibilidad',
    definition:
      'Qué cantidad de una dosis de medicamento llega a su sangre. Depende de cómo se toma el medicamento; por ejemplo, por la boca o en inyección.',
  },
  {
    id: 'intravenous',
    term: 'Intravenoso (IV)',
    definition: 'Dado directamente en una vena, a menudo como un goteo lento llamado infusión.',
  },
  {
    id: 'vital-signs',
    term: 'Signos vitales',
    definition:
      'Controles básicos de cómo está su cuerpo, como la presión arterial, la frecuencia cardíaca, la respiración y el nivel de oxígeno.',
  },
  {
    id: 'grounding',
    term: 'Anclaje al presente (grounding)',
    definition:
      'Formas sencillas de traer su atención de vuelta al aquí y ahora, como sentir los pies en el piso o respirar más despacio.',
  },
  {
    id: 'respiratory-depression',
    term: 'Depresión respiratoria',
    definition:
      'Respiración que se vuelve demasiado lenta o poco profunda. Puede deberse a algunos medicamentos, sobre todo en dosis altas o mezclados con otras drogas que dan sueño.',
  },
  {
    id: 'ketamine-cystitis',
    term: 'Cistitis por ketamina',
    definition:
      'Daño e hinchazón de la vejiga relacionados con el uso intenso y prolongado de ketamina. Puede causar dolor, ganas frecuentes de orinar y sangre en la orina.',
  },
  {
    id: 'tolerance',
    term: 'Tolerancia',
    definition:
      'Cuando la misma dosis de un medicamento o droga tiene menos efecto que antes, así que la persona puede sentir que necesita más.',
  },
  {
    id: 'benzodiazepine',
    term: 'Benzodiazepina',
    definition:
      'Un tipo de medicamento calmante que se usa para la ansiedad o el sueño, como el diazepam o el lorazepam.',
  },
  {
    id: 'opioid',
    term: 'Opioide',
    definition:
      'Un tipo de medicamento fuerte para el dolor, como la morfina o la oxicodona. Los opioides pueden dar sueño y hacer más lenta la respiración.',
  },
  {
    id: 'iv-infusion',
    term: 'Infusión (intravenosa, IV)',
    definition:
      'Un medicamento que se da despacio por un tubo delgado en una vena, a menudo llamado goteo. En los estudios sobre la ketamina, una infusión suele durar unos 40 minutos.',
  },
  {
    id: 'phq-9',
    term: 'PHQ-9',
    definition:
      'Un cuestionario corto con nueve preguntas sobre con qué frecuencia le han molestado síntomas de depresión en las últimas dos semanas. Los equipos de atención lo usan para seguir los cambios con el tiempo.',
  },
];

export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((g) => [g.id, g]));
