/**
 * The bibliography: one entry per source the course cites.
 * Chapters cite with <Cite id="key" />; the References page is generated from this list.
 * Tests check that every cited key exists, every entry is cited and has a DOI or address.
 * Sources come from shared/content/EVIDENCE.md (or were read and added there).
 */

/**
 * What a source is. A journal article gives its DOI and its volume(issue):pages in `source`;
 * the others give an https address.
 */
export type ReferenceKind = 'journal' | 'label' | 'agency' | 'press-release' | 'registration';

/** A detail a complete entry would give, and a reference may lack (with the reason). */
export type ReferenceDetail = 'authors' | 'volume' | 'issue' | 'pages' | 'doi';

export interface Reference {
  /** Stable key used by <Cite id="...">: author surname + year (+ letter). */
  readonly id: string;
  readonly kind: ReferenceKind;
  /** "Surname AB, Surname CD, et al." or an agency name; empty only with `missing.authors`. */
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  /** Journal with volume and pages, or the agency / publisher. */
  readonly source: string;
  readonly doi?: string;
  readonly url?: string;
  /**
   * Details this entry does not give, each with the reason. A content test requires every
   * journal article to give authors, DOI, volume, issue and pages, or say here why not.
   * Never fill a detail in from memory: only from the source itself (see EVIDENCE.md).
   */
  readonly missing?: Partial<Record<ReferenceDetail, string>>;
}

export const REFERENCES: readonly Reference[] = [
  {
    id: 'dore2019',
    kind: 'journal',
    authors: 'Dore J, Turnipseed B, Dwyer S, et al.',
    year: 2019,
    title:
      'Ketamine assisted psychotherapy (KAP): patient demographics, clinical data and outcomes in three large practices administering ketamine with psychotherapy',
    source: 'Journal of Psychoactive Drugs 51(2):189–198',
    doi: '10.1080/02791072.2019.1587556',
  },
  {
    id: 'krupitsky1997',
    kind: 'journal',
    authors: 'Krupitsky EM, Grinenko AY',
    year: 1997,
    title: 'Ketamine psychedelic therapy (KPT): a review of the results of ten years of research',
    source: 'Journal of Psychoactive Drugs 29(2):165–183',
    doi: '10.1080/02791072.1997.10400185',
  },
  {
    id: 'berman2000',
    kind: 'journal',
    authors: 'Berman RM, Cappiello A, Anand A, et al.',
    year: 2000,
    title: 'Antidepressant effects of ketamine in depressed patients',
    source: 'Biological Psychiatry 47(4):351–354',
    doi: '10.1016/S0006-3223(99)00230-9',
  },
  {
    id: 'zarate2006',
    kind: 'journal',
    authors: 'Zarate CA Jr, Singh JB, Carlson PJ, et al.',
    year: 2006,
    title: 'A randomized trial of an N-methyl-D-aspartate antagonist in treatment-resistant major depression',
    source: 'Archives of General Psychiatry 63(8):856–864',
    doi: '10.1001/archpsyc.63.8.856',
  },
  {
    id: 'murrough2013a',
    kind: 'journal',
    authors: 'Murrough JW, Iosifescu DV, Chang LC, et al.',
    year: 2013,
    title:
      'Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial',
    source: 'American Journal of Psychiatry 170(10):1134–1142',
    doi: '10.1176/appi.ajp.2013.13030392',
  },
  {
    id: 'murrough2013b',
    kind: 'journal',
    authors: 'Murrough JW, Perez AM, Pillemer S, et al.',
    year: 2013,
    title:
      'Rapid and longer-term antidepressant effects of repeated ketamine infusions in treatment-resistant major depression',
    source: 'Biological Psychiatry 74(4):250–256',
    doi: '10.1016/j.biopsych.2012.06.022',
  },
  {
    id: 'wilkinson2019',
    kind: 'journal',
    authors: 'Wilkinson ST, Farmer C, Ballard ED, et al.',
    year: 2019,
    title:
      'Impact of midazolam vs. saline on effect size estimates in controlled trials of ketamine as a rapid-acting antidepressant',
    source: 'Neuropsychopharmacology 44(7):1233–1238',
    doi: '10.1038/s41386-019-0317-8',
  },
  {
    id: 'dean2021',
    kind: 'journal',
    authors: 'Dean RL, Hurducas C, Hawton K, et al.',
    year: 2021,
    title:
      'Ketamine and other glutamate receptor modulators for depression in adults with unipolar major depressive disorder',
    source: 'Cochrane Database of Systematic Reviews 2021, Issue 9, CD011612',
    doi: '10.1002/14651858.CD011612.pub3',
  },
  {
    id: 'anand2023',
    kind: 'journal',
    authors: 'Anand A, Mathew SJ, Sanacora G, et al.',
    year: 2023,
    title: 'Ketamine versus ECT for nonpsychotic treatment-resistant major depression',
    source: 'New England Journal of Medicine 388(25):2315–2325',
    doi: '10.1056/NEJMoa2302399',
  },
  {
    id: 'jelovac2025',
    kind: 'journal',
    authors: 'Jelovac A, et al.; senior author McLoughlin DM',
    year: 2025,
    title:
      'Serial ketamine infusions as adjunctive therapy to inpatient care for depression: the KARMA-Dep 2 randomized clinical trial',
    source: 'JAMA Psychiatry, published online 22 October 2025',
    doi: '10.1001/jamapsychiatry.2025.3019',
    missing: {
      volume: 'Cited as published online (22 October 2025); the fact base gives no volume yet.',
      issue: 'Cited as published online (22 October 2025); the fact base gives no issue yet.',
      pages: 'Cited as published online (22 October 2025); the fact base gives no pages yet.',
    },
  },
  {
    id: 'sanacora2017',
    kind: 'journal',
    authors: 'Sanacora G, Frye MA, McDonald W, et al.',
    year: 2017,
    title: 'A consensus statement on the use of ketamine in the treatment of mood disorders',
    source: 'JAMA Psychiatry 74(4):399–405',
    doi: '10.1001/jamapsychiatry.2017.0080',
  },
  {
    id: 'mcintyre2021',
    kind: 'journal',
    authors: 'McIntyre RS, Rosenblat JD, Nemeroff CB, et al.',
    year: 2021,
    title:
      'Synthesizing the evidence for ketamine and esketamine in treatment-resistant depression: an international expert opinion on the available evidence and implementation',
    source: 'American Journal of Psychiatry 178(5):383–399',
    doi: '10.1176/appi.ajp.2020.20081251',
  },
  {
    id: 'spravatoLabel',
    kind: 'label',
    authors: 'Janssen Pharmaceuticals, Inc.',
    year: 2026,
    title: 'SPRAVATO (esketamine) nasal spray, CIII: full prescribing information and Medication Guide',
    source: 'Janssen Pharmaceuticals, Inc. (revised March 2026; this address always serves the current version)',
    url: 'https://www.janssenlabels.com/package-insert/product-monograph/prescribing-information/SPRAVATO-pi.pdf',
  },
  {
    id: 'fda2019',
    kind: 'agency',
    authors: 'U.S. Food and Drug Administration',
    year: 2019,
    title:
      'FDA approves new nasal spray medication for treatment-resistant depression; available only at a certified doctor’s office or clinic',
    source: 'FDA news release, 5 March 2019',
    url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-resistant-depression-available-only-certified',
  },
  {
    id: 'fdaRems',
    kind: 'agency',
    authors: 'U.S. Food and Drug Administration',
    year: 2024,
    title: 'Spravato (esketamine) Risk Evaluation and Mitigation Strategy (REMS)',
    source: 'FDA REMS@FDA, updated 31 December 2024',
    url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=IndvRemsDetails.page&REMS=386',
  },
  {
    id: 'fda2023',
    kind: 'agency',
    authors: 'U.S. Food and Drug Administration',
    year: 2023,
    title:
      'FDA warns patients and health care providers about potential risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders',
    source: 'FDA, 10 October 2023',
    url: 'https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine',
  },
  {
    id: 'peltoniemi2016',
    kind: 'journal',
    authors: 'Peltoniemi MA, Hagelberg NM, Olkkola KT, Saari TI',
    year: 2016,
    title: 'Ketamine: a review of clinical pharmacokinetics and pharmacodynamics in anesthesia and pain therapy',
    source: 'Clinical Pharmacokinetics 55(9):1059–1077',
    doi: '10.1007/s40262-016-0383-6',
  },
  {
    id: 'li2010',
    kind: 'journal',
    authors: 'Li N, Lee B, Liu RJ, et al.',
    year: 2010,
    title: 'mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists',
    source: 'Science 329(5994):959–964',
    doi: '10.1126/science.1190287',
  },
  {
    id: 'abdallah2020',
    kind: 'journal',
    authors: 'Abdallah CG, Averill LA, Gueorguieva R, et al.',
    year: 2020,
    title: 'Modulation of the antidepressant effects of ketamine by the mTORC1 inhibitor rapamycin',
    source: 'Neuropsychopharmacology 45(6):990–997',
    doi: '10.1038/s41386-020-0644-9',
  },
  {
    id: 'zanos2016',
    kind: 'journal',
    authors: 'Zanos P, Moaddel R, Morris PJ, et al.',
    year: 2016,
    title: 'NMDAR inhibition-independent antidepressant actions of ketamine metabolites',
    source: 'Nature 533(7604):481–486',
    doi: '10.1038/nature17998',
  },
  {
    id: 'zanos2018',
    kind: 'journal',
    authors: 'Zanos P, Gould TD',
    year: 2018,
    title: 'Mechanisms of ketamine action as an antidepressant',
    source: 'Molecular Psychiatry 23(4):801–811',
    doi: '10.1038/mp.2017.255',
  },
  {
    id: 'kew2023',
    kind: 'journal',
    authors: 'Kew BM, Porter RJ, Douglas KM, Glue P, Mentzel CL, Beaglehole B',
    year: 2023,
    title: 'Ketamine and psychotherapy for the treatment of psychiatric disorders: systematic review',
    source: 'BJPsych Open (published online 2 May 2023)',
    doi: '10.1192/bjo.2023.53',
    missing: {
      volume:
        'Cited as published online (2 May 2023); the fact base gives no volume. Check it at the DOI before adding it.',
      issue:
        'Cited as published online (2 May 2023); the fact base gives no issue. Check it at the DOI before adding it.',
      pages:
        'BJPsych Open numbers articles rather than pages; the fact base gives no article number. Check it at the DOI before adding it.',
    },
  },
  {
    id: 'abbar2022',
    kind: 'journal',
    authors: 'Abbar M, Demattei C, El-Hage W, et al.',
    year: 2022,
    title:
      'Ketamine for the acute treatment of severe suicidal ideation: double blind, randomised placebo controlled trial',
    source: 'BMJ 376:e067194',
    doi: '10.1136/bmj-2021-067194',
    missing: {
      issue: 'The BMJ cites its online articles by volume and article number (376:e067194), without an issue.',
    },
  },
  {
    id: 'daly2019',
    kind: 'journal',
    authors: 'Daly EJ, Trivedi MH, Janik A, et al.',
    year: 2019,
    title:
      'Efficacy of esketamine nasal spray plus oral antidepressant treatment for relapse prevention in patients with treatment-resistant depression: a randomized clinical trial',
    source: 'JAMA Psychiatry 76(9):893–903',
    doi: '10.1001/jamapsychiatry.2019.1189',
  },
  {
    id: 'wilkinson2018',
    kind: 'journal',
    authors: 'Wilkinson ST, Ballard ED, Bloch MH, et al.',
    year: 2018,
    title:
      'The effect of a single dose of intravenous ketamine on suicidal ideation: a systematic review and individual participant data meta-analysis',
    source: 'American Journal of Psychiatry 175(2):150–158',
    doi: '10.1176/appi.ajp.2017.17040472',
  },
  {
    id: 'feder2021',
    kind: 'journal',
    authors: 'Feder A, Costi S, Rutter SB, et al.',
    year: 2021,
    title:
      'A randomized controlled trial of repeated ketamine administration for chronic posttraumatic stress disorder',
    source: 'American Journal of Psychiatry',
    doi: '10.1176/appi.ajp.2020.20050596',
    missing: {
      volume:
        'The fact base (EVIDENCE.md §4) gives only "Feder AJP 2021"; check the volume at the DOI before adding it.',
      issue: 'The fact base gives no issue; check it at the DOI before adding it.',
      pages: 'The fact base gives no pages; check them at the DOI before adding them.',
    },
  },
  {
    id: 'abdallah2022',
    kind: 'journal',
    authors: 'Abdallah CG, Roache JD, Gueorguieva R, et al.',
    year: 2022,
    title:
      'Dose-related effects of ketamine for antidepressant-resistant symptoms of posttraumatic stress disorder in veterans and active duty military: a double-blind, randomized, placebo-controlled multi-center clinical trial',
    source: 'Neuropsychopharmacology 47(8):1574–1581',
    doi: '10.1038/s41386-022-01266-9',
  },
  {
    id: 'borgogna2024',
    kind: 'journal',
    authors: 'Borgogna NC, Owen T, Vaughn J, et al.',
    year: 2024,
    title: 'So how special is special K? A systematic review and meta-analysis of ketamine for PTSD RCTs',
    source: 'European Journal of Psychotraumatology 15(1):2299124',
    doi: '10.1080/20008066.2023.2299124',
  },
  {
    id: 'taylor2018',
    kind: 'journal',
    authors: 'Taylor JH, Landeros-Weisenberger A, Coughlin C, et al.',
    year: 2018,
    title: 'Ketamine for social anxiety disorder: a randomized, placebo-controlled crossover trial',
    source: 'Neuropsychopharmacology 43(2):325–333',
    doi: '10.1038/npp.2017.194',
  },
  {
    id: 'glue2018',
    kind: 'journal',
    authors: 'Glue P, Neehoff SM, Medlicott NJ, et al.',
    year: 2018,
    title:
      'Safety and efficacy of maintenance ketamine treatment in patients with treatment-refractory generalised anxiety and social anxiety disorders',
    source: 'Journal of Psychopharmacology 32(6):663–667',
    doi: '10.1177/0269881118762073',
  },
  {
    id: 'rodriguez2013',
    kind: 'journal',
    authors: 'Rodriguez CI, Kegeles LS, Levinson A, et al.',
    year: 2013,
    title: 'Randomized controlled crossover trial of ketamine in obsessive-compulsive disorder: proof-of-concept',
    source: 'Neuropsychopharmacology 38(12):2475–2483',
    doi: '10.1038/npp.2013.150',
  },
  {
    id: 'grabski2022',
    kind: 'journal',
    authors: 'Grabski M, McAndrew A, Lawn W, et al.',
    year: 2022,
    title:
      'Adjunctive ketamine with relapse prevention-based psychological therapy in the treatment of alcohol use disorder',
    source: 'American Journal of Psychiatry',
    doi: '10.1176/appi.ajp.2021.21030277',
    missing: {
      volume:
        'The fact base (EVIDENCE.md §4) gives only "Grabski AJP 2022"; check the volume at the DOI before adding it.',
      issue: 'The fact base gives no issue; check it at the DOI before adding it.',
      pages: 'The fact base gives no pages; check them at the DOI before adding them.',
    },
  },
  {
    id: 'krupitsky2002',
    kind: 'journal',
    authors: 'Krupitsky E, Burakov A, Romanova T, et al.',
    year: 2002,
    title: 'Ketamine psychotherapy for heroin addiction: immediate effects and two-year follow-up',
    source: 'Journal of Substance Abuse Treatment 23:273–283',
    doi: '10.1016/S0740-5472(02)00275-1',
    missing: {
      issue:
        'The fact base and the source line give volume 23 and pages 273–283 but no issue; check it at the DOI before adding it.',
    },
  },
  {
    id: 'cohen2018',
    kind: 'journal',
    authors: 'Cohen SP, Bhatia A, Buvanendran A, et al.',
    year: 2018,
    title:
      'Consensus guidelines on the use of intravenous ketamine infusions for chronic pain from the American Society of Regional Anesthesia and Pain Medicine, the American Academy of Pain Medicine, and the American Society of Anesthesiologists',
    source: 'Regional Anesthesia and Pain Medicine 43(5):521–546',
    doi: '10.1097/AAP.0000000000000808',
  },
  {
    id: 'janssen2020',
    kind: 'press-release',
    authors: 'Janssen Pharmaceutical Companies of Johnson & Johnson',
    year: 2020,
    title:
      'Janssen announces U.S. FDA approval of SPRAVATO (esketamine) CIII nasal spray to treat depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behavior',
    source: 'Company press release, 3 August 2020',
    url: 'https://www.jnj.com/janssen-announces-u-s-fda-approval-of-spravato-esketamine-ciii-nasal-spray-to-treat-depressive-symptoms-in-adults-with-major-depressive-disorder-with-acute-suicidal-ideation-or-behavior',
  },
  {
    id: 'jnj2025',
    kind: 'press-release',
    authors: 'Johnson & Johnson',
    year: 2025,
    title:
      'SPRAVATO (esketamine) approved in the U.S. as the first and only monotherapy for adults with treatment-resistant depression',
    source: 'Company press release, 21 January 2025',
    url: 'https://www.jnj.com/media-center/press-releases/spravato-esketamine-approved-in-the-u-s-as-the-first-and-only-monotherapy-for-adults-with-treatment-resistant-depression',
  },
  {
    id: 'rolan2014',
    kind: 'journal',
    authors: 'Rolan P, Lim S, Sunderland V, Liu Y, Molnar V',
    year: 2014,
    title: 'The absolute bioavailability of racemic ketamine from a novel sublingual formulation',
    source: 'British Journal of Clinical Pharmacology 77(6):1011–1016',
    doi: '10.1111/bcp.12264',
  },
  {
    id: 'yanagihara2003',
    kind: 'journal',
    authors: 'Yanagihara Y, et al.',
    year: 2003,
    title:
      'Plasma concentration profiles of ketamine and norketamine after administration of various ketamine preparations to healthy Japanese volunteers',
    source: 'Biopharmaceutics & Drug Disposition 24(1):37–43',
    doi: '10.1002/bdd.336',
  },
  {
    id: 'cottrell2008',
    kind: 'journal',
    authors: 'Cottrell AM, et al.',
    year: 2008,
    title: 'Urinary tract disease associated with chronic ketamine use (letter)',
    source: 'BMJ 336(7651):973',
    url: 'https://www.bmj.com/content/336/7651/973.1',
    missing: {
      doi: 'The fact base (EVIDENCE.md §8) gives no DOI for this letter; the entry links to it on bmj.com instead.',
    },
  },
  {
    id: 'hong2018',
    kind: 'journal',
    authors: 'Hong YL, Yee CH, Tam YH, Wong JHM, Lai PT, Ng CF',
    year: 2018,
    title: 'Management of complications of ketamine abuse: 10 years’ experience in Hong Kong',
    source: 'Hong Kong Medical Journal 24(2):175–181',
    doi: '10.12809/hkmj177086',
  },
  {
    id: 'nct06559826',
    kind: 'registration',
    authors: 'Icahn School of Medicine at Mount Sinai',
    year: 2024,
    title: 'Ketamine-Assisted Psychotherapy (KAP) Compared to Ketamine Alone for the Treatment of Depression',
    source: 'ClinicalTrials.gov registration NCT06559826 (recruiting; no results yet)',
    url: 'https://clinicaltrials.gov/study/NCT06559826',
  },
  {
    id: 'samhsa2014',
    kind: 'agency',
    authors: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
    year: 2014,
    title: 'SAMHSA’s concept of trauma and guidance for a trauma-informed approach',
    source: 'HHS Publication No. (SMA) 14-4884. Rockville, MD: SAMHSA',
    url: 'https://youth.gov/feature-article/samhsas-concept-trauma-and-guidance-trauma-informed-approach',
  },
  {
    id: 'ajp2022',
    kind: 'journal',
    authors: '',
    year: 2022,
    title: 'An update on community ketamine practices',
    source:
      'American Journal of Psychiatry, published online 1 May 2022 (survey of 98 US community clinics, 2020–2021)',
    doi: '10.1176/appi.ajp.21111086',
    missing: {
      authors:
        'The fact base (EVIDENCE.md §5) cites this letter by its title only and names no authors; the journal lists them at the DOI.',
      volume: 'Cited as published online (1 May 2022); the fact base gives no volume.',
      issue: 'Cited as published online (1 May 2022); the fact base gives no issue.',
      pages: 'Cited as published online (1 May 2022); the fact base gives no pages.',
    },
  },
  {
    id: 'pacilio2025',
    kind: 'journal',
    authors: 'Pacilio RM, Parikh SV, Geller J',
    year: 2025,
    title: 'Outpatient ketamine prescribing practices in psychiatry in the United States: a nationwide survey study',
    source: 'Journal of Clinical Psychiatry 86(3):25m15809',
    doi: '10.4088/JCP.25m15809',
  },
  {
    id: 'fincham2023',
    kind: 'journal',
    authors: 'Fincham GW, Strauss C, Montero-Marin J, Cavanagh K',
    year: 2023,
    title: 'Effect of breathwork on stress and mental health: a meta-analysis of randomised-controlled trials',
    source: 'Scientific Reports 13:432',
    doi: '10.1038/s41598-022-27247-y',
    missing: {
      issue: 'Scientific Reports numbers its articles within a volume (article 432); EVIDENCE.md gives no issue.',
    },
  },
  {
    id: 'bentley2023',
    kind: 'journal',
    authors: 'Bentley TGK, D’Andrea-Penna G, Rakic M, et al.',
    year: 2023,
    title:
      'Breathing practices for stress and anxiety reduction: conceptual framework of implementation guidelines based on a systematic review of the published literature',
    source: 'Brain Sciences 13(12):1612',
    doi: '10.3390/brainsci13121612',
  },
];

export const REFERENCE_BY_ID: ReadonlyMap<string, Reference> = new Map(REFERENCES.map((r) => [r.id, r]));
