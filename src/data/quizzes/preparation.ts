import type { QuizData } from '../../course/quiz-types';
import { DRIVING_RULE, fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'preparation',
  questions: [
    {
      id: 'preparation-optional',
      kind: 'truefalse',
      prompt: 'Preparation sessions are an optional extra that you can skip.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'No. Preparation is a core part of KAP. It includes the safety checks, consent, intentions and practical planning that come before any dose.',
          link: '/learn/preparation#goals',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Preparation is where your team checks that ketamine is safe for you, and where you build trust and plan the day.',
        },
      ],
    },
    {
      id: 'preparation-intention',
      kind: 'single',
      prompt: 'What is an intention in KAP?',
      options: [
        {
          id: 'a',
          text: 'A short phrase about what you hope to explore: a direction, not a goal you must reach',
          correct: true,
          feedback:
            'Right. An intention can be simple and can change. The session may not follow it, and that is fine.',
        },
        {
          id: 'b',
          text: 'A promise that the dose will fix a problem',
          correct: false,
          feedback:
            'No. An intention is a direction to face, not a promise. No one can promise what a session will bring.',
          link: '/learn/preparation#intentions',
        },
        {
          id: 'c',
          text: 'A test you pass or fail during the session',
          correct: false,
          feedback:
            'No. There is nothing to pass or fail. An intention is a short phrase about what you hope to explore.',
          link: '/learn/preparation#intentions',
        },
      ],
    },
    {
      id: 'preparation-fears',
      kind: 'single',
      prompt: 'You feel nervous about losing control during a dose. What can you do?',
      options: [
        {
          id: 'a',
          text: 'Talk about it in preparation; you can also decide not to go ahead',
          correct: true,
          feedback:
            'Right. Fears and doubts are normal. Your therapist can explain what usually happens and how they will support you. The choice stays yours.',
        },
        {
          id: 'b',
          text: 'Keep it to yourself so you do not seem difficult',
          correct: false,
          feedback:
            'Naming a fear often makes it smaller, and it helps your therapist support you. Preparation is the place to say it.',
          link: '/learn/preparation#fears',
        },
        {
          id: 'c',
          text: 'Accept that once preparation starts, you have to go ahead',
          correct: false,
          feedback: 'No. You can decide not to go ahead, even on the day, and you can stop the program later.',
          link: '/learn/preparation#fears',
        },
      ],
    },
    {
      id: 'preparation-medical-review',
      kind: 'multiple',
      prompt: 'Which of these help make the medical review safe? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Bringing a list of all your medicines and supplements',
          correct: true,
          feedback: 'Right. Some medicines, such as sedatives, stimulants and MAOIs, can interact with ketamine.',
        },
        {
          id: 'b',
          text: 'Being honest about your history, including alcohol and drug use',
          correct: true,
          feedback: 'Right. Your team can only keep you safe with the full picture.',
        },
        {
          id: 'c',
          text: 'Stopping your usual medicines beforehand without telling anyone',
          correct: false,
          feedback: 'Please do not. Do not stop or start any medicine unless your prescriber tells you to.',
          link: '/learn/preparation#medical-review',
        },
      ],
    },
    {
      id: 'preparation-ride-home',
      kind: 'single',
      prompt: 'How should you plan to get home after a dose?',
      options: [
        {
          id: 'a',
          text: 'Arrange for someone else to take you, and follow the driving rule for your medicine',
          correct: true,
          feedback: `Right. ${DRIVING_RULE}`,
        },
        {
          id: 'b',
          text: 'Drive yourself if you feel fine after an hour',
          correct: false,
          feedback: `No. Do not drive yourself home after a dose, even if you feel fine. ${DRIVING_RULE}`,
          link: '/learn/preparation#getting-home',
        },
        {
          id: 'c',
          text: 'Leave straight after the dose, before any monitoring',
          correct: false,
          feedback: `No. You will be watched over for a while after the dose. With esketamine, this is ${fact('esketamine-monitoring')}.`,
          link: '/learn/preparation#getting-home',
        },
      ],
    },
    {
      id: 'preparation-clinic-first',
      kind: 'truefalse',
      prompt: 'If this course and your clinic give different instructions about food and drink, follow your clinic.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. Your clinic’s own instructions always come first. Rules differ between clinics and between medicines.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'Your clinic’s instructions come first. This course gives examples, such as the esketamine rules, but your clinic knows your plan.',
          link: '/learn/preparation#food-drink',
        },
      ],
    },
  ],
};
export default quiz;
