import type { QuizData } from '../../course/quiz-types';
import { fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'is-kap-right-for-me',
  questions: [
    {
      id: 'right-for-me-not-a-verdict',
      kind: 'truefalse',
      prompt: 'Working through the questions on this page tells you whether you are eligible for KAP.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'No. This page is a reflection aid, not a diagnosis or an eligibility check. Only a qualified clinician who knows your full history can decide with you.',
          link: '/learn/is-kap-right-for-me#not-a-verdict',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Your answers are a starting point for a conversation with a clinician. They cannot rule you in or out.',
        },
      ],
    },
    {
      id: 'right-for-me-not-used',
      kind: 'multiple',
      prompt: 'The esketamine label says it should not be used by people with which of these? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'An aneurysm or a similar blood-vessel disease',
          correct: true,
          feedback: 'Right. This is on the list of reasons not to use it.',
        },
        {
          id: 'b',
          text: 'A past bleed in the brain',
          correct: true,
          feedback: 'Right. A history of bleeding in the brain is on the list.',
        },
        {
          id: 'c',
          text: 'An allergic reaction to ketamine or esketamine',
          correct: true,
          feedback: 'Right. An allergy to either medicine is on the list.',
        },
        {
          id: 'd',
          text: 'Having tried two antidepressants that did not help enough',
          correct: false,
          feedback:
            'No. This is a reason some people ask about ketamine, not a reason to rule it out. Treatment-resistant depression is where most ketamine research has been done.',
          link: '/learn/is-kap-right-for-me#worth-asking',
        },
      ],
    },
    {
      id: 'right-for-me-blood-pressure',
      kind: 'single',
      prompt: 'Why does a KAP team check your blood pressure and heart health?',
      options: [
        {
          id: 'a',
          text: 'Ketamine raises blood pressure for a while after a dose',
          correct: true,
          feedback: `Right. With esketamine, the rise peaks ${fact('esketamine-bp-peak')} after the dose and can last ${fact('esketamine-bp-duration')}. Heart or blood-vessel problems need a careful check.`,
        },
        {
          id: 'b',
          text: 'Ketamine lowers blood pressure',
          correct: false,
          feedback: 'No. Ketamine raises blood pressure for a while, which is why it is checked.',
          link: '/learn/is-kap-right-for-me#careful-review',
        },
        {
          id: 'c',
          text: 'It is just paperwork and does not affect safety',
          correct: false,
          feedback:
            'No. Blood pressure and heart checks are an important part of keeping you safe, because ketamine raises blood pressure.',
          link: '/learn/is-kap-right-for-me#careful-review',
        },
      ],
    },
    {
      id: 'right-for-me-crisis',
      kind: 'single',
      prompt: 'If you are having thoughts of suicide right now, what is the best step?',
      options: [
        {
          id: 'a',
          text: 'Reach out now, to a crisis line or emergency services',
          correct: true,
          feedback: 'Right. KAP is not emergency care. You deserve help today. In the US you can call or text 988.',
        },
        {
          id: 'b',
          text: 'Wait until a KAP program can start',
          correct: false,
          feedback:
            'Please do not wait. KAP is not emergency care, and no study has shown that ketamine prevents suicide. Reach out to a crisis line now.',
          link: '/learn/is-kap-right-for-me#crisis',
        },
        {
          id: 'c',
          text: 'Keep the thoughts to yourself so you are not turned away',
          correct: false,
          feedback:
            'A team asks about suicidal thoughts to keep you safe, not to turn you away. If you are in danger now, please contact a crisis line.',
          link: '/learn/is-kap-right-for-me#crisis',
        },
      ],
    },
    {
      id: 'right-for-me-screening',
      kind: 'multiple',
      prompt: 'Which of these does screening for KAP usually cover? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'All the medicines and supplements you take',
          correct: true,
          feedback: 'Right. Some medicines, such as sedatives, stimulants and MAOIs, can interact with ketamine.',
        },
        {
          id: 'b',
          text: 'Your use of alcohol and other drugs',
          correct: true,
          feedback: 'Right. Ketamine can be misused, so an open talk about substance use matters.',
        },
        {
          id: 'c',
          text: 'How you will get home after a dose',
          correct: true,
          feedback: 'Right. You should not drive yourself home after a dose, so a ride home is part of the plan.',
        },
        {
          id: 'd',
          text: 'Only your depression score; physical health is not checked',
          correct: false,
          feedback:
            'No. Screening also covers blood pressure, heart and blood vessels, past psychosis or mania, pregnancy and liver disease.',
          link: '/learn/is-kap-right-for-me#screening',
        },
      ],
    },
    {
      id: 'right-for-me-pregnancy',
      kind: 'truefalse',
      prompt: 'Esketamine is not recommended during pregnancy or while breastfeeding.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. The esketamine label says it may harm an unborn baby. Tell your team if you are pregnant, breastfeeding or planning a pregnancy.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'It is not recommended. The esketamine label says it may harm an unborn baby, and it is not recommended while breastfeeding.',
          link: '/learn/is-kap-right-for-me#careful-review',
        },
      ],
    },
  ],
};
export default quiz;
