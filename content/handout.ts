/**
 * The handout every seed entry comes from, named the way the UI cites it. A file of its own: the
 * popup cites it without loading the handout's section tables (content/schema.ts).
 */
export const SEED_TITLE = 'CSEC & CASA Advocacy training handout, CASA of Los Angeles';
