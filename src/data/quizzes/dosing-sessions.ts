import type { QuizData } from '../../course/quiz-types';
import { DRIVING_RULE, capitalize, fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'dosing-sessions',
  questions: [
    {
      id: 'dosing-sessions-driving',
      kind: 'truefalse',
      prompt: 'If you feel fine after a dosing session, it is OK to drive yourself home.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: `Not so. Ketamine can make you drowsy and slow to react, even when you feel fine. Arrange a ride home. ${DRIVING_RULE}`,
          link: '/learn/dosing-sessions#getting-home',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: `Right. Do not drive yourself home, even if you feel fine. Arrange for someone to take you. ${DRIVING_RULE}`,
        },
      ],
    },
    {
      id: 'dosing-sessions-routes',
      kind: 'single',
      prompt: 'Which way of giving ketamine puts all of the dose straight into the blood?',
      options: [
        {
          id: 'a',
          text: 'Intravenous (IV) infusion, a slow drip into a vein',
          correct: true,
          feedback: 'Right. An IV drip goes straight into a vein, so all of the dose reaches the blood.',
        },
        {
          id: 'b',
          text: 'A lozenge that melts in the mouth',
          correct: false,
          feedback:
            'Not quite. In one study, about 3 in 10 parts of a dose melted in the mouth reached the blood. An IV drip puts all of it into the blood.',
          link: '/learn/dosing-sessions#routes',
        },
        {
          id: 'c',
          text: 'A tablet you swallow',
          correct: false,
          feedback:
            'Not quite. Only about 1 in 5 parts of a swallowed dose reaches the blood. An IV drip puts all of it into the blood.',
          link: '/learn/dosing-sessions#routes',
        },
        {
          id: 'd',
          text: 'Esketamine nasal spray',
          correct: false,
          feedback:
            'Not quite. About half of an esketamine nasal dose reaches the blood. An IV drip puts all of it into the blood.',
          link: '/learn/dosing-sessions#routes',
        },
      ],
    },
    {
      id: 'dosing-sessions-hard-moments',
      kind: 'multiple',
      prompt: 'A hard moment comes up during a session. What can the team do? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Stay with you',
          correct: true,
          feedback:
            'Right. Good programs keep someone with you for the whole session. Before you start, ask who will be with you and how you can reach them.',
        },
        {
          id: 'b',
          text: 'Remind you where you are and that the medicine will wear off',
          correct: true,
          feedback: 'Right. Calm reassurance is part of what the team offers.',
        },
        {
          id: 'c',
          text: 'Help you ground yourself, for example with slow breathing',
          correct: true,
          feedback: 'Right. Grounding helps bring your attention back to the here and now.',
        },
        {
          id: 'd',
          text: 'Leave the room until the feeling passes',
          correct: false,
          feedback:
            'No. A good team stays with you, checks your vital signs and helps you through it. You can ask for help at any time, and you can ask beforehand how they will support you.',
          link: '/learn/dosing-sessions#hard-moments',
        },
      ],
    },
    {
      id: 'dosing-sessions-monitoring',
      kind: 'single',
      prompt: 'After an esketamine (Spravato) dose, how long are you watched at the clinic?',
      options: [
        {
          id: 'a',
          text: `${capitalize(fact('esketamine-monitoring'))}, and until the effects have settled`,
          correct: true,
          feedback: `Right. Under the FDA safety program, you are watched for ${fact('esketamine-monitoring')} and until drowsiness, dissociation and any breathing problems have settled.`,
        },
        {
          id: 'b',
          text: 'About 15 minutes',
          correct: false,
          feedback: `No. The rules say ${fact('esketamine-monitoring')}, and until drowsiness, dissociation and any breathing problems have settled.`,
          link: '/learn/dosing-sessions#monitoring',
        },
        {
          id: 'c',
          text: 'You take it home, so no one needs to watch you',
          correct: false,
          feedback: `No. Esketamine is only given in a certified clinic and is never taken home. A health worker watches you for ${fact('esketamine-monitoring')}.`,
          link: '/learn/dosing-sessions#monitoring',
        },
      ],
    },
    {
      id: 'dosing-sessions-feelings',
      kind: 'truefalse',
      prompt:
        'Feeling detached from your body or losing track of time during a session means something has gone wrong.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not so. Dissociation, such as feeling detached or time seeming to change, is an expected effect of ketamine. It fades as the medicine wears off.',
          link: '/learn/dosing-sessions#what-it-feels-like',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. These feelings are called dissociation. They are expected and fade as the medicine wears off. You can ask the team for help at any time.',
        },
      ],
    },
    {
      id: 'dosing-sessions-how-long',
      kind: 'single',
      prompt: 'In early KAP research, about how long did the main effects of a dose last?',
      options: [
        {
          id: 'a',
          text: capitalize(fact('dose-effects')),
          correct: true,
          feedback: `Right. The main effects lasted ${fact('dose-effects')}. The whole visit takes longer, because you settle in first and rest afterwards. With esketamine, you stay for ${fact('esketamine-monitoring')} after the dose.`,
        },
        {
          id: 'b',
          text: 'About a minute',
          correct: false,
          feedback: `No. In early KAP research the main effects lasted ${fact('dose-effects')}, and the whole visit takes longer than that.`,
          link: '/learn/dosing-sessions#how-long',
        },
        {
          id: 'c',
          text: 'Several days',
          correct: false,
          feedback: `No. The main effects lasted ${fact('dose-effects')}. Plan to rest for the rest of the day, and do not drive yourself home.`,
          link: '/learn/dosing-sessions#how-long',
        },
      ],
    },
  ],
};

export default quiz;
