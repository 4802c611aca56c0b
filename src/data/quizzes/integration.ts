import type { QuizData } from '../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'integration',
  questions: [
    {
      id: 'integration-optional',
      kind: 'truefalse',
      prompt: 'In KAP, integration is an optional extra that you can skip.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not so. In KAP, the therapy before and after the dose is part of the treatment. Programs build integration in so you can make sense of the session and turn it into change.',
          link: '/learn/integration#why-it-matters',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback: 'Right. In KAP, the therapy before and after the dose is part of the treatment, not an add-on.',
        },
      ],
    },
    {
      id: 'integration-evidence',
      kind: 'single',
      prompt: 'What does research say so far about adding therapy to ketamine?',
      options: [
        {
          id: 'a',
          text: 'It is still an open question. No large trial has yet shown that KAP works better than ketamine alone.',
          correct: true,
          feedback: 'Right. A 2023 review named this a key open question. Trials comparing the two are under way.',
        },
        {
          id: 'b',
          text: 'Studies have proven that therapy doubles the benefit of ketamine.',
          correct: false,
          feedback:
            'No. No large trial has yet shown that adding therapy makes ketamine work better. It is a reasonable approach, but not yet proven.',
          link: '/learn/integration#evidence',
        },
        {
          id: 'c',
          text: 'Studies have proven that therapy makes no difference.',
          correct: false,
          feedback: 'No. This has not been shown either. The question is still open, and trials are under way.',
          link: '/learn/integration#evidence',
        },
      ],
    },
    {
      id: 'integration-practices',
      kind: 'multiple',
      prompt: 'Which of these are common integration practices? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Writing in a journal',
          correct: true,
          feedback: 'Right. Many people jot down what they noticed, soon after the session.',
        },
        {
          id: 'b',
          text: 'Talking the session through with your therapist',
          correct: true,
          feedback: 'Right. Integration sessions are a time to go over the experience together.',
        },
        {
          id: 'c',
          text: 'Gentle movement and slow breathing',
          correct: true,
          feedback: 'Right. Body-based practices can help you notice and settle feelings.',
        },
        {
          id: 'd',
          text: 'Drawing or making music',
          correct: true,
          feedback: 'Right. Creative practices can help with things that are hard to put into words.',
        },
        {
          id: 'e',
          text: 'Taking an extra dose of ketamine on your own to go deeper',
          correct: false,
          feedback:
            'No. Integration is reflection and small changes, not more medicine. Never take extra ketamine between sessions.',
          link: '/learn/integration#practices',
        },
      ],
    },
    {
      id: 'integration-more-help',
      kind: 'multiple',
      prompt: 'Which of these mean you should contact your team soon? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Your symptoms are getting worse, not better',
          correct: true,
          feedback: 'Right. Do not wait for your next booked session. Let your team know.',
        },
        {
          id: 'b',
          text: 'You feel unreal or detached for days after a session',
          correct: true,
          feedback: 'Right. Dissociation should fade as the medicine wears off. If it lasts for days, tell your team.',
        },
        {
          id: 'c',
          text: 'You cannot sleep, night after night',
          correct: true,
          feedback: 'Right. Ongoing poor sleep is a reason to reach out.',
        },
        {
          id: 'd',
          text: 'You feel tired on the evening after a session',
          correct: false,
          feedback:
            'This one is common. Many people feel tired for the rest of the day and rest helps. Reach out if symptoms get worse, you feel unreal for days, or you cannot sleep.',
          link: '/learn/integration#more-help',
        },
      ],
    },
    {
      id: 'integration-crisis',
      kind: 'single',
      prompt: 'You have thoughts of suicide a few days after a session. What should you do?',
      options: [
        {
          id: 'a',
          text: 'Get help now: call or text a crisis line such as 988 in the US, or call 911 if you are in danger',
          correct: true,
          feedback:
            'Right. Get help straight away. Your KAP team is not an emergency service, so use a crisis line or emergency services.',
        },
        {
          id: 'b',
          text: 'Wait and bring it up at your next integration session',
          correct: false,
          feedback:
            'Please do not wait. Call or text a crisis line such as 988 in the US, or call 911 if you are in danger now.',
          link: '/learn/integration#more-help',
        },
        {
          id: 'c',
          text: 'Keep it to yourself so no one worries',
          correct: false,
          feedback:
            'Please reach out. Asking for help is a strong and sensible step. Call or text a crisis line such as 988 in the US, or 911 if you are in danger.',
          link: '/learn/integration#more-help',
        },
      ],
    },
    {
      id: 'integration-small-changes',
      kind: 'single',
      prompt: 'After a session, you realize you want to rest more. What is a helpful next step?',
      options: [
        {
          id: 'a',
          text: 'Pick one small step for this week, such as a set bedtime',
          correct: true,
          feedback:
            'Right. Big ideas are easier to live out as small, clear steps. Notice how it goes, and bring it to your next session.',
        },
        {
          id: 'b',
          text: 'Change everything in your life the very next day',
          correct: false,
          feedback:
            'It is wiser to go gently. Avoid big decisions right after a session, and start with one small step.',
          link: '/learn/integration#small-changes',
        },
        {
          id: 'c',
          text: 'Do nothing and wait for the insight to change things by itself',
          correct: false,
          feedback: 'Insight alone may not change much. Change usually comes from small steps you take, day by day.',
          link: '/learn/integration#small-changes',
        },
      ],
    },
  ],
};

export default quiz;
