import type { QuizData } from '../../course/quiz-types';
import { fact } from '../facts';

const quiz: QuizData = {
  moduleId: 'kap-compared',
  questions: [
    {
      id: 'kap-compared-therapy-vs-alone',
      kind: 'single',
      prompt: 'What do studies show about KAP compared with ketamine on its own?',
      options: [
        {
          id: 'a',
          text: 'No large, well-run trial has compared them, so we do not know if the therapy adds benefit',
          correct: true,
          feedback:
            'Right. A 2023 review named this as a key open question. Therapy in KAP is a sensible idea, not a proven advantage.',
        },
        {
          id: 'b',
          text: 'Large trials show that KAP works better than infusions',
          correct: false,
          feedback:
            'No trial has shown this. No large trial has compared KAP with ketamine alone, so KAP has not been shown to work better.',
          link: '/learn/kap-compared#evidence',
        },
        {
          id: 'c',
          text: 'Large trials show that KAP works worse than infusions',
          correct: false,
          feedback: 'No trial has shown this either. The comparison simply has not been tested well yet.',
          link: '/learn/kap-compared#evidence',
        },
      ],
    },
    {
      id: 'kap-compared-fda-approval',
      kind: 'single',
      prompt: 'Which of these is approved by the FDA for a mental health condition?',
      options: [
        {
          id: 'a',
          text: 'Esketamine (Spravato) nasal spray, for some kinds of depression',
          correct: true,
          feedback:
            'Right. Esketamine is approved for treatment-resistant depression, and for depressive symptoms in adults with major depression and sudden suicidal thoughts or actions.',
        },
        {
          id: 'b',
          text: 'Ketamine drips for PTSD',
          correct: false,
          feedback:
            'Not so. Ketamine is not FDA-approved for PTSD or any other mental health condition. Its use for them is off-label.',
          link: '/learn/kap-compared#at-a-glance',
        },
        {
          id: 'c',
          text: 'Compounded ketamine lozenges for anxiety',
          correct: false,
          feedback:
            'Not so. Compounded ketamine is not FDA-approved, and ketamine is not approved for any mental health condition.',
          link: '/learn/kap-compared#at-home',
        },
      ],
    },
    {
      id: 'kap-compared-rems',
      kind: 'multiple',
      prompt: 'Under the esketamine safety program (REMS), which of these are true? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'You take the spray at a certified clinic, never at home',
          correct: true,
          feedback: 'Right. Esketamine is only used under supervision in a certified setting.',
        },
        {
          id: 'b',
          text: `Staff watch you for ${fact('esketamine-monitoring')}, and until the effects have settled`,
          correct: true,
          feedback: `Right. Monitoring lasts ${fact('esketamine-monitoring')} and until drowsiness, dissociation and any breathing problems have passed.`,
        },
        {
          id: 'c',
          text: 'You can drive yourself home once you feel fine',
          correct: false,
          feedback: `Not so. You must not drive ${fact('esketamine-driving')}. Arrange a ride home.`,
          link: '/learn/kap-compared#esketamine',
        },
        {
          id: 'd',
          text: 'You can take a spray home for your next dose',
          correct: false,
          feedback: 'Not so. Esketamine is never taken home. Every dose is given at the clinic.',
          link: '/learn/kap-compared#esketamine',
        },
      ],
    },
    {
      id: 'kap-compared-at-home-risk',
      kind: 'truefalse',
      prompt:
        'True or false: the FDA has warned that taking compounded ketamine at home adds risk, because no health professional is there to watch you.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: true,
          feedback:
            'Right. The FDA gave this warning in October 2023. Good evidence on the safety of at-home ketamine is lacking.',
        },
        {
          id: 'false',
          text: 'False',
          correct: false,
          feedback:
            'It is true. In October 2023 the FDA warned that home use adds risk because no one monitors you on site. At-home use has not been proven safe.',
          link: '/learn/kap-compared#at-home',
        },
      ],
    },
    {
      id: 'kap-compared-clinic-therapy',
      kind: 'single',
      prompt: 'Do all ketamine clinics include therapy?',
      options: [
        {
          id: 'a',
          text: 'No. In one US survey, only 40% of clinics offered counseling or therapy',
          correct: true,
          feedback: 'Right. Many infusion clinics give ketamine without planned therapy, so it is worth asking.',
        },
        {
          id: 'b',
          text: 'Yes. Therapy is always part of ketamine care',
          correct: false,
          feedback: 'Not so. In a survey of 98 US community clinics, only 40% offered counseling or psychotherapy.',
          link: '/learn/kap-compared#infusion',
        },
        {
          id: 'c',
          text: 'Yes, because the law requires it',
          correct: false,
          feedback:
            'Not so. Therapy is not part of every kind of ketamine care. Even the esketamine approval does not include it.',
          link: '/learn/kap-compared#at-a-glance',
        },
      ],
    },
    {
      id: 'kap-compared-effects-fade',
      kind: 'single',
      prompt: 'In research, what often happens after a series of ketamine drips for depression?',
      options: [
        {
          id: 'a',
          text: 'For many people who improve, symptoms come back within weeks',
          correct: true,
          feedback: 'Right. In one study, half of the people who improved had symptoms return within about 18 days.',
        },
        {
          id: 'b',
          text: 'Most people stay well for years without more treatment',
          correct: false,
          feedback: 'The research does not show this. The effects often fade within days to weeks without more doses.',
          link: '/learn/kap-compared#infusion',
        },
        {
          id: 'c',
          text: 'Nobody improves at all',
          correct: false,
          feedback:
            'Not so. Trials show short-term benefit for many people with hard-to-treat depression. The challenge is that it often fades.',
          link: '/learn/kap-compared#infusion',
        },
      ],
    },
  ],
};
export default quiz;
