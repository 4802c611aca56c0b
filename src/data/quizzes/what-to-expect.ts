import type { QuizData } from '../../course/quiz-types';
import { DRIVING_RULE } from '../facts';

const quiz: QuizData = {
  moduleId: 'what-to-expect',
  questions: [
    {
      id: 'what-to-expect-clinic-first',
      kind: 'single',
      prompt:
        'This course and your clinic give different advice about food and drink before a session. What should you do?',
      options: [
        {
          id: 'a',
          text: 'Follow your clinic’s instructions',
          correct: true,
          feedback: 'Right. The course describes what is common. Your clinic’s own instructions always come first.',
        },
        {
          id: 'b',
          text: 'Follow the course, because it is based on research',
          correct: false,
          feedback:
            'Not so. The course is for learning and does not replace your clinic’s instructions. Follow your clinic, and ask them if you are unsure.',
          link: '/learn/what-to-expect#day-before',
        },
        {
          id: 'c',
          text: 'Pick whichever advice is easier',
          correct: false,
          feedback:
            'Not so. Food and drink rules are there for your safety. Follow your clinic’s rules, and ask them if anything is unclear.',
          link: '/learn/what-to-expect#day-before',
        },
      ],
    },
    {
      id: 'what-to-expect-driving',
      kind: 'truefalse',
      prompt: 'True or false: if you feel fine an hour after a session, you can drive yourself home.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: `Not so. Go home with the person you arranged. ${DRIVING_RULE}`,
          link: '/learn/what-to-expect#right-after',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: `Right. Feeling fine is not enough. Plan a ride home. ${DRIVING_RULE}`,
        },
      ],
    },
    {
      id: 'what-to-expect-screening',
      kind: 'multiple',
      prompt: 'Which of these does medical screening usually ask about? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Your blood pressure and any heart problems',
          correct: true,
          feedback: 'Right. Ketamine and esketamine can raise blood pressure for a while.',
        },
        {
          id: 'b',
          text: 'All the medicines you take',
          correct: true,
          feedback: 'Right. Some medicines can change how ketamine affects you.',
        },
        {
          id: 'c',
          text: 'Pregnancy and breastfeeding',
          correct: true,
          feedback: 'Right. Esketamine may harm an unborn baby and is not recommended in pregnancy.',
        },
        {
          id: 'd',
          text: 'The music you like',
          correct: false,
          feedback: 'Music comes up in preparation sessions with your therapist, not in the medical screening.',
          link: '/learn/what-to-expect#preparation',
        },
      ],
    },
    {
      id: 'what-to-expect-can-stop',
      kind: 'truefalse',
      prompt: 'True or false: once you start a course of KAP, you have to finish it.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback: 'Not so. You can ask questions, pause or stop at any step. It is your treatment.',
          link: '/learn/what-to-expect#review',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. You can pause or stop at any step, and ask for a review at any time.',
        },
      ],
    },
    {
      id: 'what-to-expect-integration',
      kind: 'single',
      prompt: 'What is integration?',
      options: [
        {
          id: 'a',
          text: 'The work after a session of making sense of it and turning it into small changes in daily life',
          correct: true,
          feedback: 'Right. The days after a session are part of the treatment.',
        },
        {
          id: 'b',
          text: 'Another name for the dosing session',
          correct: false,
          feedback: 'Not so. Integration comes after the dosing session. It is about making sense of what you noticed.',
          link: '/learn/what-to-expect#days-after',
        },
        {
          id: 'c',
          text: 'Something you only need if a session went badly',
          correct: false,
          feedback: 'Not so. Integration is part of every course of KAP, whatever the session was like.',
          link: '/learn/what-to-expect#days-after',
        },
      ],
    },
    {
      id: 'what-to-expect-feel-worse',
      kind: 'single',
      prompt: 'A few days after a session, you feel much worse and unsafe. What should you do?',
      options: [
        {
          id: 'a',
          text: 'Contact your care team now, or a crisis line or emergency services if you are in danger',
          correct: true,
          feedback:
            'Right. Your team wants to know. If you are in danger or thinking of ending your life, call a crisis line or emergency services now.',
        },
        {
          id: 'b',
          text: 'Wait until your next planned session',
          correct: false,
          feedback:
            'Please do not wait. Contact your care team now. In a crisis, call a crisis line or emergency services.',
          link: '/learn/what-to-expect#days-after',
        },
        {
          id: 'c',
          text: 'Keep it to yourself so you do not worry anyone',
          correct: false,
          feedback: 'You do not have to cope alone. Contact your care team, or a crisis line if you are in danger.',
          link: '/learn/what-to-expect#days-after',
        },
      ],
    },
  ],
};
export default quiz;
