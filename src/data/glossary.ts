/**
 * The glossary: one plain-language definition per term.
 * Chapters use <Term id="...">words</Term>; the Glossary page is generated from this list.
 * Tests check every used id exists, ids are unique, and definitions are short and plain.
 */

export interface GlossaryEntry {
  /** Stable, lower-case, hyphenated id used by <Term id="...">. */
  readonly id: string;
  /** The term as it appears in the glossary heading. */
  readonly term: string;
  /** One or two plain sentences, under 60 words. */
  readonly definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'kap',
    term: 'Ketamine-assisted psychotherapy (KAP)',
    definition:
      'Talk therapy that includes one or more sessions in which you take ketamine, with a therapist present. The therapy before and after the dose is part of the treatment.',
  },
  {
    id: 'psychotherapy',
    term: 'Psychotherapy',
    definition:
      'Talk therapy: regular meetings with a trained professional to understand and work through feelings, thoughts and behavior.',
  },
  {
    id: 'ketamine',
    term: 'Ketamine',
    definition:
      'A medicine first approved in the United States in 1970 as an anesthetic. At lower doses it is studied and used for depression and some other conditions.',
  },
  {
    id: 'esketamine',
    term: 'Esketamine (Spravato)',
    definition:
      'One of the two mirror-image forms of ketamine, given as a nasal spray. In the United States it is approved for some kinds of depression and used only in certified clinics.',
  },
  {
    id: 'dissociation',
    term: 'Dissociation',
    definition:
      'Feeling detached from your body, your surroundings or time. Ketamine often causes this for a short while after a dose.',
  },
  {
    id: 'integration',
    term: 'Integration',
    definition:
      'The work after a ketamine session of making sense of the experience and turning what you noticed into changes in daily life.',
  },
  {
    id: 'trd',
    term: 'Treatment-resistant depression (TRD)',
    definition:
      'Depression that has not improved enough after at least two antidepressants, each given at a proper dose for long enough.',
  },
  {
    id: 'glutamate',
    term: 'Glutamate',
    definition: 'The brain’s main “go” chemical messenger. Nerve cells use it to pass signals to each other.',
  },
  {
    id: 'nmda-receptor',
    term: 'NMDA receptor',
    definition: 'A docking site on nerve cells that glutamate acts on. Ketamine blocks it for a short time.',
  },
  {
    id: 'neuroplasticity',
    term: 'Neuroplasticity',
    definition: 'The brain’s ability to form new connections and change existing ones.',
  },
  {
    id: 'placebo',
    term: 'Placebo',
    definition:
      'A dummy treatment with no active medicine, used in studies to see how much of an effect comes from the medicine itself.',
  },
  {
    id: 'active-placebo',
    term: 'Active placebo',
    definition:
      'A comparison medicine that causes noticeable effects, such as drowsiness, so people in a study find it harder to guess which treatment they got. Midazolam is often used.',
  },
  {
    id: 'response',
    term: 'Response',
    definition: 'In depression studies, usually a fall of at least half in a person’s symptom score.',
  },
  {
    id: 'remission',
    term: 'Remission',
    definition: 'In depression studies, a symptom score low enough to count as few or no symptoms.',
  },
  {
    id: 'off-label',
    term: 'Off-label use',
    definition:
      'When a doctor prescribes an approved medicine for a use it is not approved for. This is legal and common, but the use has not been through the regulator’s review.',
  },
  {
    id: 'midazolam',
    term: 'Midazolam',
    definition:
      'A sedative medicine that makes people drowsy and relaxed for a short time. Ketamine studies often use it as an active placebo.',
  },
  {
    id: 'ect',
    term: 'Electroconvulsive therapy (ECT)',
    definition:
      'A hospital treatment for severe depression. Under general anesthetic, a brief electric current is passed through the brain to cause a short, controlled seizure.',
  },
  {
    id: 'cochrane-review',
    term: 'Cochrane review',
    definition:
      'A careful summary of all the good-quality studies on one health question, written by the Cochrane network. It also rates how sure we can be of the results.',
  },
  {
    id: 'suicidal-thoughts',
    term: 'Suicidal thoughts (suicidal ideation)',
    definition:
      'Thoughts about ending your own life. They can come and go, and range from passing thoughts to detailed plans. They are a reason to seek help now.',
  },
  {
    id: 'bipolar-disorder',
    term: 'Bipolar disorder',
    definition:
      'A condition in which mood swings between periods of depression and periods of very high or irritable mood (mania or hypomania).',
  },
  {
    id: 'ptsd',
    term: 'Post-traumatic stress disorder (PTSD)',
    definition:
      'A condition that can follow a frightening or distressing event. It can bring unwanted memories, nightmares, feeling on edge and avoiding reminders of what happened.',
  },
  {
    id: 'anxiety-disorder',
    term: 'Anxiety disorder',
    definition:
      'A condition in which worry or fear is strong, lasts a long time and gets in the way of daily life. Examples are generalized anxiety disorder and social anxiety disorder.',
  },
  {
    id: 'ocd',
    term: 'Obsessive-compulsive disorder (OCD)',
    definition:
      'A condition with unwanted, repeated thoughts (obsessions) and urges to do things over and over (compulsions) to ease the distress they cause.',
  },
  {
    id: 'substance-use-disorder',
    term: 'Substance use disorder',
    definition:
      'When use of alcohol or a drug, such as opioids, causes harm and is hard to control or stop. Alcohol use disorder is one kind.',
  },
  {
    id: 'crps',
    term: 'Complex regional pain syndrome (CRPS)',
    definition:
      'A long-lasting pain condition, usually in an arm or leg, often after an injury. The pain is stronger and lasts longer than expected.',
  },
  {
    id: 'aneurysm',
    term: 'Aneurysm',
    definition: 'A weak spot in the wall of a blood vessel that bulges out. It can burst and bleed.',
  },
  {
    id: 'psychosis',
    term: 'Psychosis',
    definition:
      'A state in which a person loses touch with what is real, for example hearing voices or holding beliefs others do not share.',
  },
  {
    id: 'mania',
    term: 'Mania',
    definition:
      'A period of very high, excited or irritable mood with lots of energy, little need for sleep and sometimes risky behavior. It is part of bipolar disorder.',
  },
  {
    id: 'sedative',
    term: 'Sedative',
    definition: 'A medicine that calms you or makes you sleepy, such as some sleeping pills and anxiety medicines.',
  },
  {
    id: 'stimulant',
    term: 'Stimulant',
    definition: 'A medicine or drug that speeds up the body and brain, such as some ADHD medicines.',
  },
  {
    id: 'maoi',
    term: 'MAOI (monoamine oxidase inhibitor)',
    definition:
      'An older type of antidepressant. It can interact with other medicines and some foods, so your team needs to know if you take one.',
  },
  {
    id: 'informed-consent',
    term: 'Informed consent',
    definition:
      'Agreeing to a treatment after you have been told, in words you understand, what it involves, its likely benefits and risks, and the other options. You can change your mind.',
  },
  {
    id: 'intention',
    term: 'Intention',
    definition:
      'In KAP, a short phrase about what you hope to explore or understand in a session. It is a direction, not a goal you must reach.',
  },
  {
    id: 'set-and-setting',
    term: 'Set and setting',
    definition:
      'Your mindset going into a session (set) and the place and people around you (setting). Both can shape how a session feels.',
  },
  {
    id: 'controlled-substance',
    term: 'Controlled substance',
    definition:
      'A medicine or drug that the law limits because it can be misused. Ketamine is a Schedule III controlled substance in the United States.',
  },
  {
    id: 'prior-authorization',
    term: 'Prior authorization',
    definition:
      'When your health insurer must agree to pay for a treatment before you start it. Your clinic usually sends the request.',
  },
  {
    id: 'rems',
    term: 'REMS (Risk Evaluation and Mitigation Strategy)',
    definition:
      'A safety program the FDA can require for a medicine with serious risks. For esketamine, it sets rules on where it is given and how long you are watched.',
  },
  {
    id: 'compounding',
    term: 'Compounded medicine',
    definition:
      'A medicine mixed by a pharmacy for one person, such as a ketamine tablet or lozenge. The FDA does not check compounded medicines for safety or effect before they are used.',
  },
  {
    id: 'blinding',
    term: 'Blinding',
    definition:
      'Keeping people in a study from knowing which treatment they got. It stops hopes and guesses from changing the results.',
  },
  {
    id: 'non-inferiority',
    term: 'Non-inferiority',
    definition:
      'A study design that tests whether a new treatment is not worse than an existing one by more than a set amount. It does not test whether it is better.',
  },
  {
    id: 'randomized-trial',
    term: 'Randomized controlled trial',
    definition:
      'A study in which chance decides which treatment each person gets. Comparing the groups shows what the treatment itself does.',
  },
  {
    id: 'effect-size',
    term: 'Effect size',
    definition:
      'A number that shows how big a difference a treatment made compared with another group. A bigger number means a bigger difference.',
  },
  {
    id: 'pulse-oximeter',
    term: 'Pulse oximeter',
    definition: 'A small clip, usually on a finger, that measures your pulse and the oxygen in your blood.',
  },
  {
    id: 'sedation',
    term: 'Sedation',
    definition: 'Feeling very sleepy or slowed down, or falling asleep, because of a medicine.',
  },
  {
    id: 'anesthetic',
    term: 'Anesthetic',
    definition: 'A medicine that stops you feeling pain. A general anesthetic puts you into a deep sleep for surgery.',
  },
  {
    id: 'intramuscular',
    term: 'Intramuscular (IM)',
    definition: 'Given as a shot into a muscle, usually in the upper arm.',
  },
  {
    id: 'sublingual',
    term: 'Sublingual',
    definition:
      'Taken by letting a tablet or lozenge melt under the tongue or in the mouth, so the medicine passes into the blood there.',
  },
  {
    id: 'trauma-informed-care',
    term: 'Trauma-informed care',
    definition:
      'A way of working that keeps in mind how trauma affects people. It puts safety, trust, choice and working together first, and tries not to cause new harm.',
  },
  {
    id: 'relapse',
    term: 'Relapse',
    definition: 'When symptoms come back after they had got better.',
  },
  {
    id: 'antidepressant',
    term: 'Antidepressant',
    definition:
      'A medicine used to treat depression. Most common antidepressants act on serotonin or similar chemical messengers in the brain.',
  },
  {
    id: 'serotonin',
    term: 'Serotonin',
    definition: 'A chemical messenger in the brain and body. Most common antidepressants act on it.',
  },
  {
    id: 'ssri',
    term: 'SSRI',
    definition:
      'Short for selective serotonin reuptake inhibitor: the most common kind of antidepressant pill, such as sertraline. It acts on serotonin.',
  },
  {
    id: 'snri',
    term: 'SNRI',
    definition:
      'Short for serotonin and norepinephrine reuptake inhibitor: a kind of antidepressant pill, such as duloxetine. It acts on serotonin and on norepinephrine, another chemical messenger.',
  },
  {
    id: 'receptor',
    term: 'Receptor',
    definition:
      'A docking site on a cell. A chemical messenger fits into it like a key into a lock, and this passes on a signal.',
  },
  {
    id: 'ampa-receptor',
    term: 'AMPA receptor',
    definition: 'A docking site on nerve cells that glutamate acts on. It helps pass fast signals between nerve cells.',
  },
  {
    id: 'bdnf',
    term: 'BDNF',
    definition:
      'Short for brain-derived neurotrophic factor: a growth signal that helps nerve cells survive, grow and form connections.',
  },
  {
    id: 'mtor',
    term: 'mTOR',
    definition:
      'A signal inside cells that helps control growth, such as building new connections between nerve cells.',
  },
  {
    id: 'synapse',
    term: 'Synapse',
    definition:
      'The tiny gap where one nerve cell passes a signal to the next. Synapses are the connections between nerve cells.',
  },
  {
    id: 'rapamycin',
    term: 'Rapamycin',
    definition:
      'A medicine that blocks the mTOR signal. Scientists use it in studies to test whether mTOR is needed for an effect.',
  },
  {
    id: 'metabolite',
    term: 'Metabolite',
    definition: 'A substance the body makes when it breaks down a medicine.',
  },
  {
    id: 'bioavailability',
    term: 'Bioavailability',
    definition:
      'How much of a dose of medicine reaches your blood. It depends on how the medicine is taken, for example by mouth or by injection.',
  },
  {
    id: 'intravenous',
    term: 'Intravenous (IV)',
    definition: 'Given straight into a vein, often as a slow drip called an infusion.',
  },
  {
    id: 'vital-signs',
    term: 'Vital signs',
    definition:
      'Basic checks of how your body is doing, such as blood pressure, heart rate, breathing and oxygen level.',
  },
  {
    id: 'grounding',
    term: 'Grounding',
    definition:
      'Simple ways to bring your attention back to the here and now, such as feeling your feet on the floor or slowing your breathing.',
  },
  {
    id: 'respiratory-depression',
    term: 'Respiratory depression',
    definition:
      'Breathing that becomes too slow or too shallow. It can be caused by some medicines, especially at high doses or when mixed with other drugs that cause sleepiness.',
  },
  {
    id: 'ketamine-cystitis',
    term: 'Ketamine cystitis',
    definition:
      'Damage and swelling of the bladder linked to heavy, long-term ketamine use. It can cause pain, a frequent urge to pass urine and blood in the urine.',
  },
  {
    id: 'tolerance',
    term: 'Tolerance',
    definition:
      'When the same dose of a medicine or drug has less effect than before, so a person may feel they need more.',
  },
  {
    id: 'benzodiazepine',
    term: 'Benzodiazepine',
    definition: 'A type of calming medicine used for anxiety or sleep, such as diazepam or lorazepam.',
  },
  {
    id: 'opioid',
    term: 'Opioid',
    definition:
      'A type of strong painkiller, such as morphine or oxycodone. Opioids can cause sleepiness and slow your breathing.',
  },
  {
    id: 'iv-infusion',
    term: 'Infusion (intravenous, IV)',
    definition:
      'A medicine given slowly through a thin tube into a vein, often called a drip. In ketamine studies, one infusion usually lasts about 40 minutes.',
  },
  {
    id: 'phq-9',
    term: 'PHQ-9',
    definition:
      'A short questionnaire with nine questions about how often depression symptoms have bothered you over the last two weeks. Care teams use it to track changes over time.',
  },
];

export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((g) => [g.id, g]));
