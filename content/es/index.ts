export { CRISIS_CARD_ES } from './crisis-card';
export { ENTRIES_ES } from './entries';
export { PLAN_FORM_ES } from './plan-form';
export type { AdvocateEntryEs, CrisisCardEs, EntryEs, PlanFormEs } from './types';
export { CONFIDENTIALITY_NOTE_ES, RED_FLAGS_ES } from './red-flags';
export { OBSERVATION_FORM_ES } from './observation-form';
