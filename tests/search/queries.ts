/**
 * The search relevance suite: questions readers type, in their own words, and where the answer
 * is. A query passes when one of `expect` is among the first 3 results (an address with `#`
 * must match that section; without, any section of that page). Crisis queries must put
 * "Get help now" first. Run against the built index by tests/search/relevance.test.ts.
 */

export interface ReaderQuery {
  readonly query: string;
  /** Addresses that answer the query; one of them must be in the top 3. */
  readonly expect: readonly string[];
}

export const READER_QUERIES: readonly ReaderQuery[] = [
  // What it is
  { query: 'what is kap', expect: ['/learn/what-is-kap', '/learn/faq#what-is-kap'] },
  { query: 'what is ketamine assisted therapy', expect: ['/learn/what-is-kap', '/learn/faq#what-is-kap'] },
  { query: 'is it just getting high', expect: ['/learn/what-is-kap#not-recreational'] },
  { query: 'is ketamine a party drug', expect: ['/learn/what-is-kap#not-recreational', '/learn/what-is-kap#history'] },
  { query: 'is it fda approved', expect: ['/learn/faq#fda-approved', '/learn/what-is-kap#not-fda-approved'] },
  { query: 'will it cure me', expect: ['/learn/faq#cure', '/learn/what-is-kap#not-a-cure'] },
  { query: 'what does the therapist do', expect: ['/learn/what-is-kap#therapist-role'] },
  { query: 'spravato', expect: ['/learn/faq#spravato', '/learn/kap-compared#esketamine'] },
  {
    query: 'nasal spray',
    expect: [
      '/learn/kap-compared#esketamine',
      '/learn/faq#spravato',
      '/learn/dosing-sessions#routes',
      '/learn/glossary#esketamine',
      '/learn/conditions-and-evidence#trd-esketamine',
    ],
  },
  { query: 'infusion clinic', expect: ['/learn/faq#infusion-clinic', '/learn/kap-compared#infusion'] },
  {
    query: 'ketamine at home by mail',
    expect: ['/learn/faq#at-home', '/learn/kap-compared#at-home', '/learn/safety#at-home'],
  },
  // Does it work
  {
    query: 'does it work',
    expect: ['/learn/conditions-and-evidence', '/learn/faq#how-many', '/learn/faq#cure', '/learn/what-is-kap#evidence'],
  },
  { query: 'how quickly does it work', expect: ['/learn/faq#how-fast'] },
  { query: 'how soon will I feel better', expect: ['/learn/faq#how-fast'] },
  {
    query: 'how long do the effects last',
    expect: ['/learn/faq#how-long', '/learn/how-ketamine-works#why-effects-fade'],
  },
  { query: 'why does it wear off', expect: ['/learn/how-ketamine-works#why-effects-fade', '/learn/faq#how-long'] },
  { query: 'ptsd', expect: ['/learn/conditions-and-evidence#ptsd', '/learn/faq#ptsd-anxiety'] },
  { query: 'anxiety', expect: ['/learn/conditions-and-evidence#anxiety', '/learn/faq#ptsd-anxiety'] },
  { query: 'ocd', expect: ['/learn/conditions-and-evidence#ocd'] },
  { query: 'drinking problem alcohol', expect: ['/learn/conditions-and-evidence#alcohol'] },
  { query: 'chronic pain', expect: ['/learn/conditions-and-evidence#chronic-pain'] },
  {
    query: 'nothing else has worked for my depression',
    expect: [
      '/learn/conditions-and-evidence#treatment-resistant',
      '/learn/is-kap-right-for-me#worth-asking',
      '/learn/glossary#trd',
    ],
  },
  {
    query: 'what does remission mean',
    expect: [
      '/learn/conditions-and-evidence#response-remission',
      '/blog/how-to-read-a-ketamine-study#response-remission',
      '/learn/glossary#remission',
    ],
  },
  { query: 'placebo', expect: ['/learn/conditions-and-evidence#placebo', '/learn/glossary#placebo'] },
  { query: 'how to read a study', expect: ['/blog/how-to-read-a-ketamine-study'] },
  { query: 'how does ketamine work in the brain', expect: ['/learn/how-ketamine-works'] },
  { query: 'glutamate', expect: ['/learn/how-ketamine-works#glutamate', '/learn/glossary#glutamate'] },
  { query: 'is it like an ssri', expect: ['/learn/how-ketamine-works#glutamate', '/learn/faq#antidepressants'] },
  // Safety
  { query: 'side effects', expect: ['/learn/faq#side-effects', '/learn/safety'] },
  { query: 'is it addictive', expect: ['/learn/faq#addictive', '/learn/safety#dependence'] },
  { query: 'can I get hooked', expect: ['/learn/faq#addictive', '/learn/safety#dependence'] },
  { query: 'bladder damage', expect: ['/learn/safety#bladder'] },
  { query: 'peeing hurts after ketamine', expect: ['/learn/safety#bladder', '/learn/safety#warning-signs'] },
  { query: 'pregnant', expect: ['/learn/safety#pregnancy', '/learn/faq#pregnancy'] },
  { query: 'breastfeeding', expect: ['/learn/safety#pregnancy', '/learn/faq#pregnancy'] },
  {
    query: 'high blood pressure',
    expect: [
      '/learn/safety#during',
      '/learn/dosing-sessions#monitoring',
      '/learn/is-kap-right-for-me#careful-review',
      '/learn/is-kap-right-for-me#not-used',
    ],
  },
  {
    query: 'can I take it with my antidepressant',
    expect: ['/learn/faq#antidepressants', '/learn/safety#interactions'],
  },
  {
    query: 'ssri',
    expect: ['/learn/faq#antidepressants', '/learn/safety#interactions', '/learn/glossary#antidepressant'],
  },
  { query: 'drug interactions', expect: ['/learn/safety#interactions'] },
  { query: 'benzos', expect: ['/learn/safety#interactions', '/learn/glossary#benzodiazepine'] },
  { query: 'psychosis schizophrenia', expect: ['/learn/safety#psychosis', '/learn/is-kap-right-for-me#not-used'] },
  {
    query: 'who should not take ketamine',
    expect: ['/learn/faq#who-should-not', '/learn/is-kap-right-for-me#not-used'],
  },
  { query: 'feeling sick throwing up', expect: ['/learn/dosing-sessions#nausea'] },
  { query: 'warning signs after a session', expect: ['/learn/safety#warning-signs'] },
  // The session
  {
    query: 'what does it feel like',
    expect: ['/learn/faq#what-it-feels-like', '/learn/dosing-sessions#what-it-feels-like'],
  },
  {
    query: 'will I be unconscious',
    expect: [
      '/learn/faq#control',
      '/learn/dosing-sessions#what-it-feels-like',
      '/learn/how-ketamine-works#dissociation',
    ],
  },
  {
    query: 'will I pass out',
    expect: [
      '/learn/faq#control',
      '/learn/dosing-sessions#what-it-feels-like',
      '/learn/how-ketamine-works#dissociation',
    ],
  },
  {
    query: 'out of body feeling',
    expect: [
      '/learn/how-ketamine-works#dissociation',
      '/learn/glossary#dissociation',
      '/learn/dosing-sessions#what-it-feels-like',
    ],
  },
  { query: 'will I lose control', expect: ['/learn/faq#control'] },
  { query: 'bad trip', expect: ['/learn/faq#bad-experience', '/learn/dosing-sessions#hard-moments'] },
  { query: 'session length', expect: ['/learn/faq#session-length', '/learn/dosing-sessions#how-long'] },
  { query: 'how long is a session', expect: ['/learn/faq#session-length', '/learn/dosing-sessions#how-long'] },
  { query: 'how many sessions do I need', expect: ['/learn/faq#how-many-sessions', '/learn/dosing-sessions#how-many'] },
  {
    query: 'can I drive after',
    expect: ['/learn/faq#driving', '/learn/dosing-sessions#getting-home', '/learn/preparation#getting-home'],
  },
  {
    query: 'who takes me home',
    expect: ['/learn/dosing-sessions#getting-home', '/learn/preparation#getting-home', '/learn/faq#driving'],
  },
  { query: 'can I eat before', expect: ['/learn/preparation#food-drink', '/learn/dosing-sessions#before'] },
  { query: 'what should I bring', expect: ['/learn/dosing-sessions#what-to-bring'] },
  { query: 'lozenge under the tongue', expect: ['/learn/dosing-sessions#routes', '/learn/glossary#sublingual'] },
  {
    query: 'what happens on the day',
    expect: ['/learn/what-to-expect#day-of', '/blog/questions-for-a-first-consultation#dosing-day'],
  },
  { query: 'steps from start to finish', expect: ['/learn/what-to-expect#overview', '/learn/what-to-expect'] },
  // Preparation and integration
  { query: 'how do I prepare', expect: ['/learn/preparation', '/learn/preparation#goals'] },
  { query: 'setting an intention', expect: ['/learn/preparation#intentions'] },
  { query: 'scared nervous before', expect: ['/learn/preparation#fears'] },
  { query: 'what is integration', expect: ['/learn/integration#what-it-is', '/learn/integration'] },
  { query: 'journaling', expect: ['/learn/integration#journaling'] },
  {
    query: 'what to do after a session',
    expect: ['/learn/integration', '/learn/what-to-expect#days-after', '/learn/safety#after'],
  },
  // Finding care and cost
  {
    query: 'how much does it cost',
    expect: ['/learn/finding-care#cost', '/learn/faq#insurance', '/blog/questions-for-a-first-consultation#cost'],
  },
  {
    query: 'price',
    expect: [
      '/learn/finding-care#cost',
      '/learn/finding-care#cost-varies',
      '/blog/questions-for-a-first-consultation#cost',
    ],
  },
  { query: 'does insurance pay', expect: ['/learn/faq#insurance', '/learn/finding-care#insurance'] },
  { query: 'cannot afford it', expect: ['/learn/finding-care#money-barrier'] },
  {
    query: 'how to find a good clinic',
    expect: ['/learn/finding-care', '/learn/finding-care#questions', '/learn/faq#questions'],
  },
  {
    query: 'questions to ask my doctor',
    expect: [
      '/learn/finding-care#questions',
      '/learn/faq#questions',
      '/blog/questions-for-a-first-consultation',
      '/learn/is-kap-right-for-me#questions',
      '/learn/how-ketamine-works#questions',
    ],
  },
  { query: 'red flags clinic', expect: ['/learn/finding-care#red-flags', '/learn/faq#red-flags'] },
  { query: 'is kap right for me', expect: ['/learn/is-kap-right-for-me'] },
  { query: 'screening', expect: ['/learn/is-kap-right-for-me#screening', '/learn/what-to-expect#screening'] },
  // About the site
  { query: 'privacy my data', expect: ['/learn/faq#data', '/privacy', '/learn/start-here#privacy'] },
  { query: 'is this medical advice', expect: ['/learn/faq#medical-advice', '/learn/start-here#not-medical-advice'] },
  { query: 'how long does the course take', expect: ['/learn/start-here#how-long'] },
];

/** Crisis words and phrases: "Get help now" must be the first result for each. */
export const CRISIS_QUERIES: readonly string[] = [
  'suicide',
  'suicidal',
  'Suicidal thoughts',
  'kill myself',
  'i want to kill myself',
  'end my life',
  'want to die',
  'self-harm',
  'self harm',
  'hurt myself',
  'overdose',
  'crisis',
  'emergency',
  'ketamine overdose',
];

/**
 * The Spanish edition (build/es, its own index): questions in everyday Spanish, with and without
 * accents, and where the answer is (the same addresses: Spanish pages keep the English anchors).
 * A query counts once one of the pages it expects is translated (i18n/es/…); until then the
 * suite lists it as waiting for its translation.
 */
export const SPANISH_READER_QUERIES: readonly ReaderQuery[] = [
  // Qué es la KAP
  { query: 'qué es la kap', expect: ['/learn/what-is-kap', '/learn/faq#what-is-kap'] },
  { query: 'que hace el terapeuta', expect: ['/learn/what-is-kap#therapist-role'] },
  { query: 'es una droga de fiesta', expect: ['/learn/what-is-kap#not-recreational', '/learn/what-is-kap#history'] },
  { query: 'me va a curar', expect: ['/learn/what-is-kap#not-a-cure', '/learn/faq#cure'] },
  { query: 'está aprobada por la FDA', expect: ['/learn/what-is-kap#not-fda-approved', '/learn/faq#fda-approved'] },
  // El curso
  { query: 'cuánto tiempo toma el curso', expect: ['/learn/start-here#how-long'] },
  { query: 'es consejo médico', expect: ['/learn/start-here#not-medical-advice', '/learn/faq#medical-advice'] },
  // Es para mí
  { query: 'es la kap para mí', expect: ['/learn/is-kap-right-for-me'] },
  { query: 'cuándo no se usa', expect: ['/learn/is-kap-right-for-me#not-used'] },
  {
    query: 'preguntas para la consulta',
    expect: ['/learn/is-kap-right-for-me#questions', '/learn/finding-care#questions'],
  },
  // Preparación
  { query: 'tengo miedo', expect: ['/learn/preparation#fears'] },
  { query: 'intenciones', expect: ['/learn/preparation#intentions'] },
  { query: 'puedo comer antes', expect: ['/learn/preparation#food-drink', '/learn/what-to-expect#day-before'] },
  { query: 'respiracion lenta', expect: ['/learn/preparation#slow-breathing'] },
  // Sesiones de dosis
  { query: 'cuánto dura una sesión', expect: ['/learn/dosing-sessions#how-long', '/learn/faq#session-length'] },
  { query: 'qué llevar a la sesión', expect: ['/learn/dosing-sessions#what-to-bring'] },
  {
    query: 'vómito',
    expect: ['/learn/dosing-sessions#nausea', '/learn/safety#during', '/learn/preparation#food-drink'],
  },
  {
    query: 'quién me lleva a casa',
    expect: [
      '/learn/dosing-sessions#getting-home',
      '/learn/preparation#getting-home',
      '/learn/what-to-expect#right-after',
    ],
  },
  {
    query: 'inyección o pastilla',
    expect: ['/learn/dosing-sessions#routes', '/learn/kap-compared#at-a-glance', '/learn/kap-compared#each'],
  },
  // Seguridad
  { query: 'problemas de la vejiga', expect: ['/learn/safety#bladder'] },
  { query: 'dolor al orinar', expect: ['/learn/safety#bladder'] },
  { query: 'cistitis', expect: ['/learn/safety#bladder', '/learn/glossary#ketamine-cystitis'] },
  { query: 'estoy embarazada', expect: ['/learn/safety#pregnancy', '/learn/is-kap-right-for-me#not-used'] },
  { query: 'lactancia', expect: ['/learn/safety#pregnancy'] },
  { query: 'es adictiva', expect: ['/learn/safety#dependence', '/learn/faq#addictive'] },
  { query: 'puedo tomar xanax', expect: ['/learn/safety#interactions'] },
  { query: 'señales de alerta', expect: ['/learn/safety#warning-signs', '/learn/finding-care#red-flags'] },
  { query: 'ketamina compuesta', expect: ['/learn/safety#at-home', '/learn/kap-compared#at-home'] },
  // Comparada
  {
    query: 'spravato',
    expect: ['/learn/kap-compared#esketamine', '/learn/faq#spravato', '/learn/conditions-and-evidence#trd-esketamine'],
  },
  { query: 'clínica de infusión', expect: ['/learn/kap-compared#infusion', '/learn/faq#infusion-clinic'] },
  // Qué esperar
  { query: 'el día antes de la sesión', expect: ['/learn/what-to-expect#day-before'] },
  {
    query: 'evaluación médica',
    expect: [
      '/learn/what-to-expect#screening',
      '/learn/is-kap-right-for-me#screening',
      '/learn/preparation#medical-review',
    ],
  },
  // Encontrar atención
  {
    query: 'cuánto cuesta',
    expect: ['/learn/finding-care#cost', '/learn/finding-care#cost-varies'],
  },
  { query: 'lo cubre la aseguranza', expect: ['/learn/finding-care#insurance', '/learn/faq#insurance'] },
  { query: 'no tengo dinero', expect: ['/learn/finding-care#money-barrier'] },
  { query: 'señales de alarma de una clínica', expect: ['/learn/finding-care#red-flags', '/learn/faq#red-flags'] },
];

/** Spanish crisis words and phrases, as people type them: "Obtenga ayuda ahora" must come first. */
export const SPANISH_CRISIS_QUERIES: readonly string[] = [
  'suicidio',
  'pensamientos suicidas',
  'quiero morir',
  'me quiero morir',
  'quiero suicidarme',
  'no quiero vivir',
  'quitarme la vida',
  'hacerme daño',
  'hacerme dano',
  'lastimarme',
  'cortarme',
  'sobredosis',
  'sobredosis de ketamina',
  'crisis',
  'EMERGENCIA',
];
