import type { GuideEntry } from './schema';

const care = (id: string, title: string, body: string, synonyms: string[]): GuideEntry => ({
  id: `self-care-${id}`,
  kind: 'self-care',
  title,
  body,
  tags: ['self-care', 'advocate wellbeing'],
  synonyms: ['burnout', 'stress', 'overwhelmed', 'vicarious trauma', 'compassion fatigue', 'tired', ...synonyms],
  source: { type: 'seed', section: 'self-care' },
});

/** Self-care for the advocate: this work is heavy, and the handout says so. */
export const selfCare: GuideEntry[] = [
  care('supervisor', 'Ask your supervisor for support', 'Ask for support from your supervisor.', [
    'supervisor',
    'debrief',
    'talk to someone',
  ]),
  care('step-back', 'Step back from your case for a week', 'Disengage from your case for a week.', [
    'break',
    'time off',
    'step back',
    'rest',
    'pause',
  ]),
  care('community', 'Seek support in your community', 'Seek support in your community.', [
    'community',
    'friends',
    'support group',
    'therapy for me',
  ]),
];
