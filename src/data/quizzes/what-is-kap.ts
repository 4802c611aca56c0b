import type { QuizData } from '../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'what-is-kap',
  questions: [
    {
      id: 'what-is-kap-fda',
      kind: 'truefalse',
      prompt: 'True or false: ketamine-assisted psychotherapy is FDA-approved for depression.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not so. Ketamine is not FDA-approved for any mental health condition. In KAP it is used off-label. Only esketamine (Spravato) is approved, for some kinds of depression.',
          link: '/learn/what-is-kap#not-fda-approved',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Ketamine is not FDA-approved for any mental health condition, so KAP uses it off-label. Only esketamine (Spravato) is approved for depression.',
        },
      ],
    },
    {
      id: 'what-is-kap-esketamine',
      kind: 'single',
      prompt: 'Which form of ketamine is FDA-approved for some kinds of depression?',
      options: [
        {
          id: 'a',
          text: 'Esketamine (Spravato) nasal spray',
          correct: true,
          feedback:
            'Right. It is approved for treatment-resistant depression and for depression with suicidal thoughts or actions in adults.',
        },
        {
          id: 'b',
          text: 'Ketamine tablets that melt in the mouth, as used in KAP',
          correct: false,
          feedback:
            'No. Ketamine given in KAP is used off-label. Only esketamine (Spravato) nasal spray is approved for depression.',
          link: '/learn/what-is-kap#not-fda-approved',
        },
        {
          id: 'c',
          text: 'Ketamine given for PTSD or anxiety',
          correct: false,
          feedback: 'No. Ketamine is not FDA-approved for PTSD, anxiety or any other mental health condition.',
          link: '/learn/what-is-kap#not-fda-approved',
        },
      ],
    },
    {
      id: 'what-is-kap-your-control',
      kind: 'multiple',
      prompt: 'In KAP, which of these can you do? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Choose to talk, or to stay quiet, during a session',
          correct: true,
          feedback: 'Right. The therapist follows your lead. Talking and silence are both fine.',
        },
        {
          id: 'b',
          text: 'Ask for things to change, such as the music or the light',
          correct: true,
          feedback: 'Right. You can ask for anything to change, at any time.',
        },
        {
          id: 'c',
          text: 'Decide not to go ahead with a session, even on the day',
          correct: true,
          feedback: 'Right. You can pause or stop. Your "no" is an answer.',
        },
        {
          id: 'd',
          text: 'Nothing: the therapist decides everything once you start',
          correct: false,
          feedback: 'No. The therapist follows your lead. You can pause, stop or ask for changes at any time.',
          link: '/learn/what-is-kap#therapist-role',
        },
      ],
    },
    {
      id: 'what-is-kap-recreational',
      kind: 'single',
      prompt: 'What makes KAP different from using ketamine recreationally?',
      options: [
        {
          id: 'a',
          text: 'Medical screening, a known dose, monitoring, therapy and a plan',
          correct: true,
          feedback: 'Right. These five things set KAP apart from using ketamine as a street drug.',
        },
        {
          id: 'b',
          text: 'KAP uses a much stronger dose',
          correct: false,
          feedback:
            'No. What sets KAP apart is screening, a known dose chosen by a prescriber, monitoring, therapy and a plan.',
          link: '/learn/what-is-kap#not-recreational',
        },
        {
          id: 'c',
          text: 'In KAP you take ketamine on your own at home, with no one watching',
          correct: false,
          feedback:
            'No. In a KAP program with clinic sessions, trained staff watch over you. Some programs supervise doses at home in other ways, so ask who will watch over you and how. The FDA has warned that taking ketamine at home carries added risk because no one is there to monitor you on site.',
          link: '/learn/what-is-kap#not-recreational',
        },
      ],
    },
    {
      id: 'what-is-kap-evidence',
      kind: 'truefalse',
      prompt: 'True or false: large trials have shown that KAP works better than ketamine alone.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not yet. No large trial has shown that KAP works better than ketamine alone. Whether therapy adds benefit is still an open question.',
          link: '/learn/what-is-kap#evidence',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. There are good reasons to think therapy may help, but no large trial has yet shown that KAP beats ketamine alone.',
        },
      ],
    },
    {
      id: 'what-is-kap-phases',
      kind: 'single',
      prompt: 'What are the three phases of most KAP programs?',
      options: [
        {
          id: 'a',
          text: 'Preparation, dosing sessions and integration',
          correct: true,
          feedback:
            'Right. You prepare with your team, take ketamine with support, then make sense of the experience in integration.',
        },
        {
          id: 'b',
          text: 'One dose, then a lasting cure',
          correct: false,
          feedback:
            'No. KAP is not a cure or a quick fix. Programs have three phases: preparation, dosing sessions and integration.',
          link: '/learn/what-is-kap#phases',
        },
        {
          id: 'c',
          text: 'Dosing sessions only, with no therapy before or after',
          correct: false,
          feedback:
            'No. Therapy before and after each dose is part of KAP. The phases are preparation, dosing sessions and integration.',
          link: '/learn/what-is-kap#phases',
        },
      ],
    },
  ],
};

export default quiz;
