import type { QuizData } from '../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'start-here',
  questions: [
    {
      id: 'start-here-progress-device',
      kind: 'single',
      prompt: 'Where is your progress in this course saved?',
      options: [
        {
          id: 'a',
          text: 'Only in the web browser on your own device',
          correct: true,
          feedback: 'Right. Your progress stays on your device. Nothing is sent to us or to anyone else.',
        },
        {
          id: 'b',
          text: 'It is sent to the clinic that gave you the course',
          correct: false,
          feedback: 'No. The course sends nothing to anyone, so a clinic cannot see your progress or your answers.',
          link: '/learn/start-here#privacy',
        },
        {
          id: 'c',
          text: 'In an online account that you sign in to',
          correct: false,
          feedback: 'No. There is no account and no sign-in. Your progress is saved only in your browser.',
          link: '/learn/start-here#privacy',
        },
      ],
    },
    {
      id: 'start-here-right-for-me',
      kind: 'truefalse',
      prompt: 'True or false: this course can tell me whether KAP is right for me.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not quite. The course is education, not medical advice. Only a qualified clinician who knows your health can help you decide.',
          link: '/learn/start-here#not-medical-advice',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. The course explains KAP, but only a qualified clinician who knows your health can help you decide whether it suits you.',
        },
      ],
    },
    {
      id: 'start-here-crisis',
      kind: 'single',
      prompt: 'You are reading the course and start to feel unsafe or think about suicide. What should you do?',
      options: [
        {
          id: 'a',
          text: 'Reach out now: call or text a crisis line, or your local emergency number if you are in danger',
          correct: true,
          feedback:
            'Right. The course is not emergency care. Crisis lines are there now, and the Get help now page lists them.',
        },
        {
          id: 'b',
          text: 'Finish the module first, then decide',
          correct: false,
          feedback:
            'Please do not wait. The course is not emergency care. Reach out to a crisis line or emergency services now.',
          link: '/learn/start-here#crisis',
        },
        {
          id: 'c',
          text: 'Wait until your next appointment or KAP session',
          correct: false,
          feedback:
            'You do not have to wait. If you feel unsafe, call or text a crisis line now, or your local emergency number if you are in danger.',
          link: '/learn/start-here#crisis',
        },
      ],
    },
    {
      id: 'start-here-how-it-works',
      kind: 'multiple',
      prompt: 'Which of these are true about how the course works? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'You can read the modules in order, or jump to the one you need',
          correct: true,
          feedback: 'Right. The modules build on each other, but you can go straight to what you need.',
        },
        {
          id: 'b',
          text: 'Each module ends with a short knowledge check',
          correct: true,
          feedback: 'Right. Every answer explains why, and links back to the part of the page that covers it.',
        },
        {
          id: 'c',
          text: 'You must finish the whole course in one sitting',
          correct: false,
          feedback:
            'No. You can go at your own pace, take breaks and come back later. Your place is saved on your device.',
          link: '/learn/start-here#how-long',
        },
        {
          id: 'd',
          text: 'The knowledge checks are graded tests that a clinic marks',
          correct: false,
          feedback:
            'No. The checks are not tests, and no one else sees your answers. They help you check your own understanding.',
          link: '/learn/start-here#how-it-works',
        },
      ],
    },
    {
      id: 'start-here-accuracy',
      kind: 'truefalse',
      prompt: 'True or false: the course tells you how strong the research is, and says so when the evidence is weak.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. Every number and every claim about how well it works or how safe it is links to its source, and the course says when the evidence is weak or mixed.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'It does. Every number and every claim about how well it works or how safe it is links to its source, and the course says plainly when the evidence is weak or mixed.',
          link: '/learn/start-here#accuracy',
        },
      ],
    },
  ],
};

export default quiz;
