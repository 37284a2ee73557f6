export { CRISIS_CARD_ES } from './crisis-card';
export { ENTRIES_ES } from './entries';
export { PLAN_FORM_ES } from './plan-form';
export type { CrisisCardEs, EntryEs, PlanFormEs } from './types';
