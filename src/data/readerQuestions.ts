/**
 * Questions people really ask about ketamine-assisted psychotherapy, in their own words, each with
 * a public page where it is asked (a clinic's FAQ, a question thread, or an article written to
 * answer it) and the section of this course that answers it directly.
 *
 * Gathered from public pages on 2026-12-01. The pages are where the question is asked, not
 * sources of fact: many of them make claims this course does not (see EVIDENCE.md §11).
 * A content test checks that every answer section exists and opens with a short, direct answer.
 */

/** Where a question is asked in public. */
export type AskedIn = 'clinic-faq' | 'question-thread' | 'article';

export interface AskedAt {
  readonly kind: AskedIn;
  readonly url: string;
}

export interface ReaderQuestion {
  /** Stable, lower-case, hyphenated id. */
  readonly id: string;
  /** The question in a reader's everyday words. */
  readonly question: string;
  readonly askedAt: AskedAt;
  /** The course section that answers it directly: `/learn/<page>#<anchor>`. */
  readonly answer: string;
}

/** A question people ask that the course does not answer directly yet, and why. */
export interface OpenQuestion {
  readonly id: string;
  readonly question: string;
  readonly askedAt: AskedAt;
  readonly why: string;
}

const faq = (url: string): AskedAt => ({ kind: 'clinic-faq', url });
const thread = (url: string): AskedAt => ({ kind: 'question-thread', url });
const article = (url: string): AskedAt => ({ kind: 'article', url });

const PAGE_AWAKN = faq('https://clinics.awaknlifesciences.com/faq');
const PAGE_BALANCED = faq('https://www.balancedmentalwellness.net/faq');
const PAGE_DENVER = faq('https://ketamineassistedpsychotherapydenver.com/?p=17');
const PAGE_SOLUTION = faq('https://ketaminetherapysolution.com/frequently-asked-questions/');
const PAGE_MENTAL_HEALTH_CTR = faq('https://www.mentalhealthctr.com/ketamine-faq/');
const PAGE_APCLR = faq('https://apclr.com/spravato-treatment-in-little-rock/faqs');
const PAGE_REDMAPLE = faq('https://redmaplewellness.com/faq');
const PAGE_GREENBROOK = faq('https://www.greenbrooktms.com/spravato-esketamine-nasal-spray-faqs');
const PAGE_KETAMINE_WELLNESS = faq('http://ketamine-wellness.com/faqs');
const PAGE_ARKA = article('https://arka.health/how-does-ketamine-therapy-feel-patient-experience/');
const PAGE_RANDR = article('https://www.randrmd.com/KetamineTreatments/Depression/SSRIs');
const PAGE_ANXIOUS_THREAD = thread(
  'https://libreddit.us.projectsegfau.lt/r/TherapeuticKetamine/comments/1es1g96/im_anxious_about_scheduled_ketamine_therapy/li9ho3r/?context=3',
);
const PAGE_MUSIC_CITY = article('https://blog.musiccityketamine.com/blog/ketamine-and-memory-effects');

export const READER_QUESTIONS: readonly ReaderQuestion[] = [
  // What it is
  {
    id: 'what-is-kap',
    question: 'What is ketamine-assisted psychotherapy, in plain words?',
    askedAt: faq('https://consciousalchemy.co/ketamine-assisted-therapy-faq'),
    answer: '/learn/faq#what-is-kap',
  },
  {
    id: 'fda-approved',
    question: 'Is ketamine therapy FDA-approved for depression?',
    askedAt: article('https://www.betterucare.com/blog/ketamine-fda-approval-depression'),
    answer: '/learn/faq#fda-approved',
  },
  {
    id: 'spravato-vs-ketamine',
    question: 'What is the difference between Spravato and ketamine?',
    askedAt: PAGE_BALANCED,
    answer: '/learn/faq#spravato',
  },
  {
    id: 'infusion-vs-kap',
    question: 'What is the difference between an infusion center and ketamine-assisted therapy?',
    askedAt: PAGE_DENVER,
    answer: '/learn/faq#infusion-clinic',
  },
  {
    id: 'party-drug',
    question: 'Isn’t ketamine a party drug? How is this any different?',
    askedAt: PAGE_AWAKN,
    answer: '/learn/what-is-kap#not-recreational',
  },
  {
    id: 'pill-difference',
    question: 'How is ketamine different from the SSRI I already take?',
    askedAt: PAGE_RANDR,
    answer: '/learn/faq#pill-difference',
  },
  {
    id: 'kap-step-by-step',
    question: 'What is ketamine-assisted psychotherapy like, step by step?',
    askedAt: PAGE_REDMAPLE,
    answer: '/learn/what-to-expect#overview',
  },
  {
    id: 'right-for-me',
    question: 'Is ketamine-assisted psychotherapy right for me?',
    askedAt: article('https://CohesiveSOULutions.com/ketamine'),
    answer: '/learn/is-kap-right-for-me#not-a-verdict',
  },

  // Does it work
  {
    id: 'conditions',
    question: 'What conditions can ketamine therapy help?',
    askedAt: PAGE_REDMAPLE,
    answer: '/learn/conditions-and-evidence#at-a-glance',
  },
  {
    id: 'for-good',
    question: 'Will ketamine fix my depression for good?',
    askedAt: PAGE_APCLR,
    answer: '/learn/faq#cure',
  },
  {
    id: 'how-fast',
    question: 'How soon will I feel better?',
    askedAt: PAGE_APCLR,
    answer: '/learn/faq#how-fast',
  },
  {
    id: 'how-long-it-lasts',
    question: 'How long does the effect of ketamine last?',
    askedAt: faq('https://ketaminewestchester.com/faq-items/what-is-the-duration-of-ketamines-therapeutic-benefits/'),
    answer: '/learn/faq#how-long',
  },
  {
    id: 'boosters',
    question: 'How often will I need booster sessions?',
    askedAt: PAGE_MENTAL_HEALTH_CTR,
    answer: '/learn/what-to-expect#review',
  },
  {
    id: 'does-it-work-for-everyone',
    question: 'Can ketamine help me? Does it work for everyone?',
    askedAt: faq('https://form.jotform.com/250134203663143'),
    answer: '/learn/faq#how-many',
  },
  {
    id: 'therapy-part',
    question: 'How important is the therapy part? Is ketamine enough on its own?',
    askedAt: thread(
      'https://redlib.ashhutch.com/r/TherapeuticKetamine/comments/15qhn6f/how_important_is_the_therapy_component_of/jwgm22l/?context=3',
    ),
    answer: '/learn/faq#need-therapist',
  },
  {
    id: 'ptsd',
    question: 'Does ketamine therapy work for PTSD?',
    askedAt: article('https://sabinorecovery.com/ketamine-therapy-for-ptsd'),
    answer: '/learn/conditions-and-evidence#ptsd',
  },
  {
    id: 'anxiety',
    question: 'Can ketamine help with anxiety and panic?',
    askedAt: PAGE_REDMAPLE,
    answer: '/learn/conditions-and-evidence#anxiety',
  },
  {
    id: 'suicidal-thoughts',
    question: 'I keep having thoughts of suicide. Can ketamine help?',
    askedAt: article('https://www.reyou.life/blogs/spravato-vs-ketamine-understanding-the-differences'),
    answer: '/learn/faq#suicidal-thoughts',
  },

  // During a session
  {
    id: 'feel-like',
    question: 'What does ketamine therapy actually feel like?',
    askedAt: article('https://tinygrab.com/what-does-ketamine-therapy-feel-like-reddit/'),
    answer: '/learn/dosing-sessions#what-it-feels-like',
  },
  {
    id: 'awake',
    question: 'Will I be knocked out, or awake the whole time?',
    askedAt: PAGE_ARKA,
    answer: '/learn/faq#awake',
  },
  {
    id: 'lose-control',
    question: 'Will I lose control?',
    askedAt: PAGE_ARKA,
    answer: '/learn/faq#control',
  },
  {
    id: 'get-high',
    question: 'Does ketamine therapy get you high?',
    askedAt: faq('https://seatosummitpsychiatry.com/mental-health-blog/ketamine-curious'),
    answer: '/learn/how-ketamine-works#dissociation',
  },
  {
    id: 'bad-trip',
    question: 'What if I have a bad trip?',
    askedAt: PAGE_ANXIOUS_THREAD,
    answer: '/learn/dosing-sessions#hard-moments',
  },
  {
    id: 'feel-sick',
    question: 'What if I feel sick or throw up during the session?',
    askedAt: PAGE_ANXIOUS_THREAD,
    answer: '/learn/dosing-sessions#nausea',
  },
  {
    id: 'eye-mask-music',
    question: 'Why do they give you an eye mask and music?',
    askedAt: article('https://mosshlth.com/patients/beginning-ketamine-treatment'),
    answer: '/learn/faq#eye-mask-music',
  },
  {
    id: 'session-effects-length',
    question: 'How long does each treatment last?',
    askedAt: faq('https://mindbloom-faq.helpscoutdocs.com/article/51-how-long-does-each-treatment-last'),
    answer: '/learn/dosing-sessions#how-long',
  },

  // Before a session
  {
    id: 'nervous',
    question: 'Is it normal to be anxious before a treatment?',
    askedAt: PAGE_SOLUTION,
    answer: '/learn/preparation#fears',
  },
  {
    id: 'prepare',
    question: 'What should I do to prepare for my first treatment?',
    askedAt: PAGE_GREENBROOK,
    answer: '/learn/what-to-expect#day-before',
  },
  {
    id: 'eat-before',
    question: 'Is it OK to eat before a ketamine session?',
    askedAt: faq('https://www.ketamineinfusionkansascity.com/is-it-okay-to-eat-before-a-ketamine-infusion-session/'),
    answer: '/learn/faq#food',
  },
  {
    id: 'alcohol',
    question: 'Can I drink alcohol before or after ketamine?',
    askedAt: faq('https://ketamineclinicofwesttexas.com/can-i-drink-alcohol-before-or-after-a-ketamine-infusion/'),
    answer: '/learn/faq#alcohol',
  },
  {
    id: 'stop-ssri',
    question: 'Can I stay on my SSRI while I do ketamine therapy?',
    askedAt: article('https://conscioushealthcenter.com/ketamine-and-ssris'),
    answer: '/learn/faq#antidepressants',
  },
  {
    id: 'with-antidepressants',
    question: 'Is ketamine safe to take with my other medicines?',
    askedAt: article('https://nushama.com/post/is-ketamine-safe-to-take-with-antidepressants/'),
    answer: '/learn/safety#interactions',
  },

  // Safety
  {
    id: 'addicted',
    question: 'Will I become addicted to ketamine?',
    askedAt: PAGE_DENVER,
    answer: '/learn/faq#addictive',
  },
  {
    id: 'bladder',
    question: 'Can ketamine therapy cause bladder problems?',
    askedAt: article('https://www.europesays.com/us/wp-json/wp/v2/posts/3490'),
    answer: '/learn/faq#bladder',
  },
  {
    id: 'long-term-side-effects',
    question: 'Are there long-term side effects?',
    askedAt: PAGE_MENTAL_HEALTH_CTR,
    answer: '/learn/safety#long-term',
  },
  {
    id: 'side-effects',
    question: 'What are the side effects?',
    askedAt: faq('https://kootenaiketamine.com/faq/'),
    answer: '/learn/faq#side-effects',
  },
  {
    id: 'who-should-not',
    question: 'Who should not get ketamine?',
    askedAt: article('https://www.resetketamine.com/blog/2018/3/20/the-7-types-of-people-who-should-not-get-ketamine'),
    answer: '/learn/faq#who-should-not',
  },
  {
    id: 'blood-pressure',
    question: 'I have high blood pressure. Can I still do ketamine therapy?',
    askedAt: article('https://mecda.org/who-is-not-a-good-candidate-for-ketamine-therapy/'),
    answer: '/learn/faq#heart',
  },
  {
    id: 'pregnancy',
    question: 'I hope to get pregnant next year. Is ketamine OK in pregnancy?',
    askedAt: thread('https://reddit.adminforge.de/r/TherapeuticKetamine/comments/1hwu69f/pregnancy'),
    answer: '/learn/faq#pregnancy',
  },
  {
    id: 'breastfeeding',
    question: 'Can I have Spravato while I am breastfeeding?',
    askedAt: faq(
      'https://www.greenbrooktms.com/can-you-be-treated-with-spravato-during-pregnancy-or-while-breastfeeding',
    ),
    answer: '/learn/safety#pregnancy',
  },
  {
    id: 'at-home',
    question: 'Is at-home ketamine treatment safe?',
    askedAt: article('https://thecranecenterllc.com/is-at-home-ketamine-treatment-safe/'),
    answer: '/learn/faq#at-home',
  },

  // Practical questions
  {
    id: 'drive-home',
    question: 'Can I drive myself home after treatment?',
    askedAt: PAGE_SOLUTION,
    answer: '/learn/faq#driving',
  },
  {
    id: 'visit-length',
    question: 'How long will I be at the clinic for each session?',
    askedAt: PAGE_GREENBROOK,
    answer: '/learn/faq#session-length',
  },
  {
    id: 'how-many-treatments',
    question: 'How many ketamine treatments will I need?',
    askedAt: PAGE_SOLUTION,
    answer: '/learn/faq#how-many-sessions',
  },
  {
    id: 'insurance',
    question: 'Does insurance cover ketamine treatment?',
    askedAt: faq('https://www.infuseemeraldisle.com/faq-ketamine'),
    answer: '/learn/faq#insurance',
  },
  {
    id: 'cost',
    question: 'What does ketamine therapy cost?',
    askedAt: PAGE_MENTAL_HEALTH_CTR,
    answer: '/learn/finding-care#cost-varies',
  },
  {
    id: 'ask-before-starting',
    question: 'What should I ask my doctor before starting ketamine?',
    askedAt: article('https://nortexpsychiatry.com/what-to-ask-your-doctor-before-starting-ketamine-therapy'),
    answer: '/learn/faq#questions',
  },
  {
    id: 'clinics-to-avoid',
    question: 'Which ketamine clinics should I avoid?',
    askedAt: PAGE_KETAMINE_WELLNESS,
    answer: '/learn/faq#red-flags',
  },
];

/**
 * Asked often, but not answered directly in the course yet, because shared/content/EVIDENCE.md
 * has no source for the answer.
 */
export const OPEN_QUESTIONS: readonly OpenQuestion[] = [
  {
    id: 'remember-session',
    question: 'Will I remember what happened in my session?',
    askedAt: PAGE_MUSIC_CITY,
    why: 'EVIDENCE.md has no source on memory during or after a dose.',
  },
  {
    id: 'memory-long-term',
    question: 'Is ketamine doing something to my brain that will catch up with me later?',
    askedAt: PAGE_MUSIC_CITY,
    why: 'EVIDENCE.md has no source on long-term thinking or memory at treatment doses.',
  },
  {
    id: 'bipolar',
    question: 'Can ketamine help bipolar depression?',
    askedAt: faq('https://bbrfoundation.org/ask-an-expert/is-ketamine-a-possible-treatment-option-for-bipolar'),
    why: 'EVIDENCE.md has only a subgroup result in a suicidal-thoughts trial (Abbar 2022), not a trial in bipolar depression.',
  },
  {
    id: 'teenagers',
    question: 'Can a teenager have ketamine therapy or Spravato?',
    askedAt: PAGE_GREENBROOK,
    why: 'EVIDENCE.md has no source on age limits or on treatment under 18.',
  },
  {
    id: 'say-personal-things',
    question: 'Will I say private things I do not want to share?',
    askedAt: faq('https://kootenaiketamine.com/faq/'),
    why: 'No source in EVIDENCE.md; the course only says you choose what to share afterwards (Integration).',
  },
  {
    id: 'horse-tranquilizer',
    question: 'Isn’t ketamine a horse tranquilizer?',
    askedAt: article('https://neuromedici.com/2022/08/10/common-misconceptions-about-ketamine-therapy%EF%BF%BC/'),
    why: 'EVIDENCE.md covers its human approval as an anesthetic (1970), not its use in animals.',
  },
];
