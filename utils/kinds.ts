import type { EntryKind } from '@/content';

/** How each kind is named on a result badge and on its filter chip, in chip order. */
export const KIND_LABELS: Record<EntryKind, { badge: string; chip: string }> = {
  crisis: { badge: 'When it can’t wait', chip: 'Crisis' },
  resource: { badge: 'Hotline & resource', chip: 'Hotlines' },
  'red-flag': { badge: 'Red flag', chip: 'Red flags' },
  term: { badge: 'Glossary', chip: 'Words' },
  recruitment: { badge: 'How youth are recruited', chip: 'Recruitment' },
  tactic: { badge: 'Trafficker tactic', chip: 'Tactics' },
  phrasing: { badge: 'What to say', chip: 'What to say' },
  action: { badge: 'What to do', chip: 'What to do' },
  avoid: { badge: 'What not to do', chip: 'Avoid' },
  confidentiality: { badge: 'Confidentiality', chip: 'Confidentiality' },
  myth: { badge: 'Myth vs. truth', chip: 'Myths' },
  'self-care': { badge: 'Self-care', chip: 'Self-care' },
  fact: { badge: 'Fact', chip: 'Facts' },
  law: { badge: 'Law', chip: 'Law' },
};

export const KIND_ORDER = Object.keys(KIND_LABELS) as EntryKind[];
