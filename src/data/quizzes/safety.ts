import type { QuizData } from '../../course/quiz-types';
import { fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'safety',
  questions: [
    {
      id: 'safety-side-effects',
      kind: 'truefalse',
      prompt:
        'Side effects such as nausea, dizziness and a rise in blood pressure are common during a ketamine session.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback: `Right. Like every medicine, ketamine has side effects. With esketamine, most ease ${fact('esketamine-effects-ease')}, and the team watches you while they do.`,
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Not so. Ketamine has side effects, including dissociation, nausea, dizziness, drowsiness, headache, blurred vision and a rise in blood pressure and heart rate.',
          link: '/learn/safety#during',
        },
      ],
    },
    {
      id: 'safety-bladder',
      kind: 'single',
      prompt: 'Which problem is linked to heavy, long-term ketamine use?',
      options: [
        {
          id: 'a',
          text: 'Bladder damage',
          correct: true,
          feedback:
            'Right. Heavy, long-term use can damage the bladder (ketamine cystitis). Tell your team at once about pain passing urine or blood in your urine.',
        },
        {
          id: 'b',
          text: 'Hair loss',
          correct: false,
          feedback: 'Not a known effect. The organ at risk with heavy use is the bladder.',
          link: '/learn/safety#bladder',
        },
        {
          id: 'c',
          text: 'Hearing loss',
          correct: false,
          feedback: 'Not a known effect. The organ at risk with heavy use is the bladder.',
          link: '/learn/safety#bladder',
        },
      ],
    },
    {
      id: 'safety-dependence',
      kind: 'truefalse',
      prompt: 'Ketamine carries a risk of misuse and dependence.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. Ketamine can be misused and people can come to depend on it. In the US it is a Schedule III controlled substance. Take it only as prescribed.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Not so. Ketamine is not free of addiction risk. It can be misused, tolerance can develop with long use, and it is a Schedule III controlled substance in the US.',
          link: '/learn/safety#dependence',
        },
      ],
    },
    {
      id: 'safety-at-home',
      kind: 'single',
      prompt: 'What did the FDA say in its October 2023 warning about at-home, compounded ketamine?',
      options: [
        {
          id: 'a',
          text: 'Taking it at home adds risk, because no health worker is there to watch you',
          correct: true,
          feedback:
            'Right. The FDA also said ketamine is not approved for any mental health condition, and that compounded products have not been checked by the FDA.',
        },
        {
          id: 'b',
          text: 'Compounded ketamine is FDA-approved for depression',
          correct: false,
          feedback:
            'No. Compounded ketamine is not FDA-approved, and ketamine is not FDA-approved for any mental health condition.',
          link: '/learn/safety#at-home',
        },
        {
          id: 'c',
          text: 'At-home use needs no monitoring because the doses are small',
          correct: false,
          feedback:
            'No. The FDA said home use adds risk because no health worker is on site to watch you. At-home ketamine has not been shown to be safe.',
          link: '/learn/safety#at-home',
        },
      ],
    },
    {
      id: 'safety-interactions',
      kind: 'multiple',
      prompt: 'Which of these should you tell your prescriber about before you start? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'A benzodiazepine for anxiety or sleep',
          correct: true,
          feedback: 'Right. Calming medicines can make you much more drowsy with ketamine.',
        },
        {
          id: 'b',
          text: 'Opioid painkillers',
          correct: true,
          feedback: 'Right. Opioids add to drowsiness and can slow breathing.',
        },
        {
          id: 'c',
          text: 'How much alcohol you drink',
          correct: true,
          feedback: 'Right. Alcohol adds to drowsiness. You will not be judged for telling the team.',
        },
        {
          id: 'd',
          text: 'A stimulant, such as some ADHD medicines',
          correct: true,
          feedback: 'Right. Stimulants can push blood pressure higher with ketamine.',
        },
        {
          id: 'e',
          text: 'Stop all your other medicines the day before, without asking',
          correct: false,
          feedback:
            'No. Do not stop or change any medicine on your own. Some are risky to stop suddenly. Tell your prescriber everything you take, and they will advise you.',
          link: '/learn/safety#interactions',
        },
      ],
    },
    {
      id: 'safety-warning-signs',
      kind: 'single',
      prompt: 'On the evening after a session, you have chest pain. What should you do?',
      options: [
        {
          id: 'a',
          text: 'Call 911 or your local emergency number',
          correct: true,
          feedback:
            'Right. Chest pain, trouble breathing, a sudden severe headache or confusion that does not clear need help straight away.',
        },
        {
          id: 'b',
          text: 'Mention it at your next session',
          correct: false,
          feedback:
            'Please do not wait. Chest pain after a session is a warning sign. Call 911 or your local emergency number.',
          link: '/learn/safety#warning-signs',
        },
        {
          id: 'c',
          text: 'Go to sleep and see how you feel in the morning',
          correct: false,
          feedback:
            'Please do not wait. Chest pain is a warning sign that needs help now. Call 911 or your local emergency number.',
          link: '/learn/safety#warning-signs',
        },
      ],
    },
  ],
};

export default quiz;
