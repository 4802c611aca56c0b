/**
 * The "What to expect" checklist, shown by <Checklist /> in docs/what-to-expect/index.mdx.
 * Ids are stable: progress is stored against them, so never rename one (add a new item instead).
 * Every link points at a chapter section that exists (`/learn/<module-id>#<anchor>`).
 * The course describes what is common; a clinic's own instructions always come first.
 */
import { DRIVING_RULE } from './facts';

export interface ChecklistItem {
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly link: string;
}

export interface ChecklistGroup {
  readonly id: 'weeks-before' | 'day-before' | 'day-of' | 'right-after' | 'days-after';
  readonly title: string;
  readonly items: readonly ChecklistItem[];
}

export const CHECKLIST: readonly ChecklistGroup[] = [
  {
    id: 'weeks-before',
    title: 'In the weeks before',
    items: [
      {
        id: 'list-medicines',
        text: 'List your current medicines for your prescriber',
        why: 'Some medicines can change how ketamine affects you. A full list, including medicines bought without a prescription, helps your prescriber keep you safe.',
        link: '/learn/what-to-expect#screening',
      },
      {
        id: 'note-questions',
        text: 'Write down your questions for your care team',
        why: 'It is easy to forget a question in the moment. A written list helps you get the answers you need.',
        link: '/learn/finding-care#questions',
      },
      {
        id: 'plan-time-off',
        text: 'Plan time off for each dosing day',
        why: 'You will need the rest of the day to rest, and you cannot drive after a session.',
        link: '/learn/what-to-expect#day-before',
      },
      {
        id: 'choose-check-in-person',
        text: 'Choose someone to check in with after sessions',
        why: 'A person you trust, who can call or visit, can help you feel supported on the evening of a session.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'plan-integration-time',
        text: 'Set aside time for integration after each session',
        why: 'Integration is part of the treatment. Time set aside makes it easier to rest and reflect.',
        link: '/learn/what-to-expect#days-after',
      },
      {
        id: 'know-whom-to-call',
        text: 'Find out how to reach your care team, day and night',
        why: 'If you feel worse or unsafe after a session, you will know whom to call. In a crisis, call a crisis line or emergency services.',
        link: '/learn/what-to-expect#days-after',
      },
    ],
  },
  {
    id: 'day-before',
    title: 'The day before',
    items: [
      {
        id: 'check-food-drink',
        text: 'Check your clinic’s food and drink instructions, and follow them',
        why: 'Clinics often ask you not to eat or drink for a while before a dose. The rules differ, so follow your own clinic’s.',
        link: '/learn/what-to-expect#day-before',
      },
      {
        id: 'arrange-ride-home',
        text: 'Confirm your ride home',
        why: 'You should not drive after a session, or take yourself home. Plan who will take you.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'write-intentions',
        text: 'Write your intentions in a few words',
        why: 'A short, gentle intention can give the session a direction. It is not a goal you must reach.',
        link: '/learn/preparation#intentions',
      },
      {
        id: 'pack-comfort-items',
        text: 'Pack comfortable clothes, and an eye mask and music if you like',
        why: 'Feeling comfortable can help you settle. Ask whether the clinic provides these.',
        link: '/learn/what-to-expect#day-before',
      },
    ],
  },
  {
    id: 'day-of',
    title: 'The day of the session',
    items: [
      {
        id: 'tell-staff-changes',
        text: 'Tell staff about any changes since your last visit',
        why: 'A new medicine or feeling unwell can matter for your safety. You can still choose not to go ahead.',
        link: '/learn/what-to-expect#arriving',
      },
      {
        id: 'review-intentions',
        text: 'Go over your intentions with your therapist',
        why: 'Talking them through before the dose can help you feel ready and clear.',
        link: '/learn/what-to-expect#arriving',
      },
      {
        id: 'agree-signal',
        text: 'Check how you will signal if you need help',
        why: 'Agreeing on a word or sign before the medicine starts helps you stay in control. You do not have to push through alone.',
        link: '/learn/what-to-expect#during',
      },
    ],
  },
  {
    id: 'right-after',
    title: 'Right after',
    items: [
      {
        id: 'go-home-with-someone',
        text: 'Go home with the person you arranged',
        why: 'Staff check that you are steady before you leave, but you should still not travel home alone.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'no-driving',
        text: 'Do not drive yourself home, and follow the driving rule for your medicine',
        why: DRIVING_RULE,
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'rest',
        text: 'Rest for the rest of the day',
        why: 'Quiet, simple time helps you recover and notice how you feel.',
        link: '/learn/what-to-expect#right-after',
      },
      {
        id: 'tell-check-in-person',
        text: 'Let your check-in person know you are home',
        why: 'Someone who knows how you are doing can help if you need it that evening.',
        link: '/learn/what-to-expect#right-after',
      },
    ],
  },
  {
    id: 'days-after',
    title: 'The days after',
    items: [
      {
        id: 'journal',
        text: 'Write in a journal about the session',
        why: 'Notes on images, feelings and thoughts give you something to work with in integration, even if they seem odd.',
        link: '/learn/integration#journaling',
      },
      {
        id: 'attend-integration',
        text: 'Go to your integration session',
        why: 'Integration helps you make sense of the session and turn what you noticed into small changes.',
        link: '/learn/what-to-expect#days-after',
      },
      {
        id: 'track-mood',
        text: 'Note your mood each day',
        why: 'Notes help you and your team see what is changing, good or bad.',
        link: '/learn/what-to-expect#review',
      },
      {
        id: 'call-if-worse',
        text: 'Call your care team if you feel much worse or unsafe',
        why: 'Your team wants to know. If you are in danger or thinking of ending your life, call a crisis line or emergency services now.',
        link: '/learn/safety#warning-signs',
      },
      {
        id: 'ask-for-review',
        text: 'Ask for a review of how it is going',
        why: 'You can ask at any time whether it is helping, and whether to change anything or stop.',
        link: '/learn/what-to-expect#review',
      },
    ],
  },
];
