import type { QuizData } from '../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'how-ketamine-works',
  questions: [
    {
      id: 'how-ketamine-works-serotonin',
      kind: 'truefalse',
      prompt: 'True or false: ketamine works mainly on serotonin, like most other antidepressants.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not so. Most antidepressants focus on serotonin. Ketamine acts mainly on a different messenger, glutamate.',
          link: '/learn/how-ketamine-works#glutamate',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. Ketamine acts mainly on glutamate, not serotonin. That is one reason it works differently from most antidepressants.',
        },
      ],
    },
    {
      id: 'how-ketamine-works-first-step',
      kind: 'single',
      prompt: 'What is the first step in how ketamine is thought to work?',
      options: [
        {
          id: 'a',
          text: 'It blocks NMDA receptors, a docking site for glutamate',
          correct: true,
          feedback: 'Right. That first step is well known. The later steps are likely, but not proven in people.',
        },
        {
          id: 'b',
          text: 'It raises serotonin levels over several weeks',
          correct: false,
          feedback: 'No. Ketamine’s main action is to block NMDA receptors, which glutamate acts on.',
          link: '/learn/how-ketamine-works#pathway',
        },
        {
          id: 'c',
          text: 'It makes new nerve cells straight away',
          correct: false,
          feedback:
            'No. The first step is blocking NMDA receptors. New connections between nerve cells may come later in the likely pathway, but this is not proven in people.',
          link: '/learn/how-ketamine-works#pathway',
        },
      ],
    },
    {
      id: 'how-ketamine-works-one-session',
      kind: 'truefalse',
      prompt: 'True or false: one ketamine session makes lasting changes, so you will not need any more care.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'Not so. The effect of one dose often fades. In studies, without more doses, depression usually came back within 3 to 14 days.',
          link: '/learn/how-ketamine-works#why-effects-fade',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. The effect of one dose often fades within days to 2 weeks. One session is one step in a longer plan.',
        },
      ],
    },
    {
      id: 'how-ketamine-works-animals-people',
      kind: 'multiple',
      prompt: 'Which of these are true? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Much of the likely pathway was first seen in rats and mice',
          correct: true,
          feedback: 'Right. Animal studies help test ideas, but results in animals do not always hold true in people.',
        },
        {
          id: 'b',
          text: 'In a small study in people, rapamycin did not block ketamine’s effect',
          correct: true,
          feedback: 'Right. In rats it did, but in 20 people it did not. The benefit even seemed to last longer.',
        },
        {
          id: 'c',
          text: 'Scientists have proven exactly how ketamine eases depression in people',
          correct: false,
          feedback: 'No. The first step is known, but the rest is a likely pathway, not settled fact in people.',
          link: '/learn/how-ketamine-works#animals-and-people',
        },
        {
          id: 'd',
          text: 'Ketamine works through one single mechanism',
          correct: false,
          feedback: 'No. Experts think it may work in several ways at once, and more than one may play a part.',
          link: '/learn/how-ketamine-works#several-mechanisms',
        },
      ],
    },
    {
      id: 'how-ketamine-works-dissociation',
      kind: 'single',
      prompt: 'What is dissociation?',
      options: [
        {
          id: 'a',
          text: 'Feeling detached from your body, your surroundings or time, for a short while',
          correct: true,
          feedback: 'Right. Ketamine often causes this after a dose, and it passes as the medicine wears off.',
        },
        {
          id: 'b',
          text: 'A lasting change in your personality',
          correct: false,
          feedback:
            'No. Dissociation is a short-lived feeling of being detached from your body, surroundings or time. It passes as the medicine wears off.',
          link: '/learn/how-ketamine-works#dissociation',
        },
        {
          id: 'c',
          text: 'The proven cause of ketamine’s benefit',
          correct: false,
          feedback:
            'No. Researchers do not know whether the altered state itself helps. No study has shown that it causes any benefit.',
          link: '/learn/how-ketamine-works#dissociation',
        },
      ],
    },
  ],
};

export default quiz;
