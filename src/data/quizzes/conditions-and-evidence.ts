import type { QuizData } from '../../course/quiz-types';

const quiz: QuizData = {
  moduleId: 'conditions-and-evidence',
  questions: [
    {
      id: 'evidence-response',
      kind: 'single',
      prompt: 'A study says "64% responded" to ketamine. What does "response" usually mean?',
      options: [
        {
          id: 'a',
          text: 'Their depression score fell by at least half',
          correct: true,
          feedback:
            'Right. A response is a big drop in the score. People may still have symptoms. Remission means few or no symptoms.',
        },
        {
          id: 'b',
          text: 'They fully recovered',
          correct: false,
          feedback:
            'Not quite. Few or no symptoms is called remission. A response means the score fell by at least half, so symptoms can remain.',
          link: '/learn/conditions-and-evidence#response-remission',
        },
        {
          id: 'c',
          text: 'Their depression never came back',
          correct: false,
          feedback:
            'No. A response is measured at one point in time. In many studies, relief faded within days or weeks without more doses.',
          link: '/learn/conditions-and-evidence#response-remission',
        },
      ],
    },
    {
      id: 'evidence-four-in-five',
      kind: 'truefalse',
      prompt: 'Ketamine works for about 4 in 5 people with depression.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'This is not a fair summary. Results depend on what ketamine was compared with, when it was measured and how many people took part. Against an active placebo, the effect looks much smaller than against saline.',
          link: '/learn/conditions-and-evidence#comparison-groups',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. No single figure like this fits. For example, one trial found 64% responded after 24 hours on ketamine and 28% on midazolam, and effects often faded within days or weeks.',
        },
      ],
    },
    {
      id: 'evidence-suicide-prevention',
      kind: 'truefalse',
      prompt: 'Studies have shown that ketamine prevents suicide.',
      options: [
        {
          id: 'true',
          text: 'True',
          correct: false,
          feedback:
            'No study has shown this. Some studies found suicidal thoughts eased within a day, but in one trial the difference was gone by 6 weeks. If you have thoughts of suicide, please contact a crisis line now.',
          link: '/learn/conditions-and-evidence#suicidal-thoughts',
        },
        {
          id: 'false',
          text: 'False',
          correct: true,
          feedback:
            'Right. There is no evidence that ketamine prevents suicide. The esketamine label says this "has not been demonstrated". It does not replace emergency or hospital care.',
        },
      ],
    },
    {
      id: 'evidence-active-placebo',
      kind: 'single',
      prompt: 'Why do many ketamine trials compare it with midazolam instead of salt water?',
      options: [
        {
          id: 'a',
          text: 'Midazolam has effects people can feel, so it is harder to guess which treatment you got',
          correct: true,
          feedback:
            'Right. Midazolam is an active placebo. It makes guessing harder, so the result shows more of the effect of ketamine itself.',
        },
        {
          id: 'b',
          text: 'Midazolam is a stronger antidepressant than ketamine',
          correct: false,
          feedback:
            'No. Midazolam is used because it makes people drowsy, so they find it harder to tell which treatment they had. It is a comparison, not an antidepressant.',
          link: '/learn/conditions-and-evidence#placebo',
        },
        {
          id: 'c',
          text: 'Midazolam has no effects at all',
          correct: false,
          feedback:
            'No. That describes a dummy treatment like saline. Midazolam is an active placebo: people can feel it.',
          link: '/learn/conditions-and-evidence#placebo',
        },
      ],
    },
    {
      id: 'evidence-ptsd',
      kind: 'multiple',
      prompt: 'Which of these are true about ketamine and PTSD? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'A small trial of 30 people found more benefit with ketamine than with midazolam',
          correct: true,
          feedback: 'Right. In that trial, 67% responded on ketamine and 20% on midazolam.',
        },
        {
          id: 'b',
          text: 'A larger trial in 158 veterans and service members found no clear benefit for PTSD symptoms',
          correct: true,
          feedback: 'Right. That trial did not find a clear benefit for PTSD symptoms over placebo.',
        },
        {
          id: 'c',
          text: 'The evidence is strong and settled',
          correct: false,
          feedback:
            'No. The evidence for PTSD is weak and mixed. A 2024 review found the small benefit was no longer clear once bias was allowed for.',
          link: '/learn/conditions-and-evidence#ptsd',
        },
      ],
    },
    {
      id: 'evidence-kap-itself',
      kind: 'single',
      prompt: 'What do we know about KAP compared with ketamine given without therapy?',
      options: [
        {
          id: 'a',
          text: 'No large trial has compared them, so it is still an open question',
          correct: true,
          feedback: 'Right. The case for adding therapy is reasonable, but it has not been proven in a large trial.',
        },
        {
          id: 'b',
          text: 'KAP has been proven to work better',
          correct: false,
          feedback:
            'No study has shown that KAP works better than ketamine alone. The evidence for KAP itself is rated low.',
          link: '/learn/conditions-and-evidence#kap-itself',
        },
        {
          id: 'c',
          text: 'Many large trials have tested KAP',
          correct: false,
          feedback:
            'No. Most studies tested ketamine on its own. The main KAP report used clinic records with no comparison group.',
          link: '/learn/conditions-and-evidence#kap-itself',
        },
      ],
    },
  ],
};
export default quiz;
