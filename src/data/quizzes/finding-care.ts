import type { QuizData } from '../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'finding-care',
  questions: [
    {
      id: 'finding-care-roles',
      kind: 'truefalse',
      prompt:
        'True or false: in KAP, the prescriber, the therapist and the person who monitors you must always be three different people.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not so. One person may fill more than one role, or each may be a different person. It is worth asking who does what.',
          link: '/learn/finding-care#roles',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. The roles may be filled by the same person or by different people. Ask who does what in your care.',
        },
      ],
    },
    {
      id: 'finding-care-prescribers',
      kind: 'multiple',
      prompt: 'In the US, which of these professionals can usually prescribe medicine? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Psychiatrist (MD or DO)',
          correct: true,
          feedback: 'Right. A psychiatrist is a medical doctor and can prescribe.',
        },
        {
          id: 'b',
          text: 'Psychiatric nurse practitioner (PMHNP)',
          correct: true,
          feedback: 'Right. A psychiatric nurse practitioner can diagnose and prescribe.',
        },
        {
          id: 'c',
          text: 'Licensed professional counselor (LPC)',
          correct: false,
          feedback: 'Not usually. Counselors provide therapy but do not prescribe.',
          link: '/learn/finding-care#licenses',
        },
        {
          id: 'd',
          text: 'Licensed marriage and family therapist (LMFT)',
          correct: false,
          feedback: 'Not usually. Marriage and family therapists provide therapy but do not prescribe.',
          link: '/learn/finding-care#licenses',
        },
      ],
    },
    {
      id: 'finding-care-red-flags',
      kind: 'multiple',
      prompt: 'Which of these are red flags when choosing a provider? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'They promise a cure',
          correct: true,
          feedback: 'Right. No one can honestly promise a cure, and ketamine’s effects often fade within weeks.',
        },
        {
          id: 'b',
          text: 'They do no health screening before the first dose',
          correct: true,
          feedback: 'Right. Every provider should check your health and medicines first.',
        },
        {
          id: 'c',
          text: 'They press you to pay for a large package upfront',
          correct: true,
          feedback: 'Right. You should not have to pay for a long course before you know if it is right for you.',
        },
        {
          id: 'd',
          text: 'They answer your questions about who will monitor you',
          correct: false,
          feedback: 'This is a good sign, not a red flag. A good provider welcomes your questions.',
          link: '/learn/finding-care#questions',
        },
      ],
    },
    {
      id: 'finding-care-fda-claim',
      kind: 'single',
      prompt: 'A clinic website says ketamine is FDA-approved for your anxiety. What is true?',
      options: [
        {
          id: 'a',
          text: 'Ketamine is not FDA-approved for any mental health condition; only esketamine is approved, for some kinds of depression',
          correct: true,
          feedback: 'Right. A claim like this on a website is a red flag. Ketamine for anxiety would be off-label use.',
        },
        {
          id: 'b',
          text: 'The website is right',
          correct: false,
          feedback: 'Not so. Ketamine is not FDA-approved for anxiety or any other mental health condition.',
          link: '/learn/finding-care#red-flags',
        },
        {
          id: 'c',
          text: 'It makes no difference whether a treatment is approved',
          correct: false,
          feedback:
            'It does matter. Approval affects what has been reviewed for safety, and what insurance will usually pay for.',
          link: '/learn/finding-care#insurance',
        },
      ],
    },
    {
      id: 'finding-care-insurance',
      kind: 'single',
      prompt: 'In the US, which kind of ketamine care is most often covered by insurance?',
      options: [
        {
          id: 'a',
          text: 'Esketamine (Spravato), often after prior authorization',
          correct: true,
          feedback:
            'Right. Because it is FDA-approved, insurance usually covers it, often after your insurer agrees in advance.',
        },
        {
          id: 'b',
          text: 'Off-label ketamine infusions',
          correct: false,
          feedback: 'Not usually. Off-label ketamine, including infusions and most KAP, is usually self-pay.',
          link: '/learn/finding-care#insurance',
        },
        {
          id: 'c',
          text: 'At-home compounded ketamine',
          correct: false,
          feedback: 'Not usually. Off-label and compounded ketamine is usually self-pay.',
          link: '/learn/finding-care#insurance',
        },
      ],
    },
    {
      id: 'finding-care-total-cost',
      kind: 'truefalse',
      prompt:
        'True or false: it is a good idea to ask for the total cost of the whole course in writing before you start.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. Costs vary widely, and a course has several parts. Asking for the total in writing helps you plan.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'It is a good idea. A course has several parts, such as screening, preparation, dosing and integration, and costs vary widely.',
          link: '/learn/finding-care#cost-varies',
        },
      ],
    },
  ],
};
export default quiz;
