/**
 * The program as the background last checked it (utils/program/store.ts), for pages to apply
 * without checking again. Public resource data and rules only: never plan data. Apart from the
 * store so the popup does not load the checker it never runs.
 */
import { storedItem } from '../stored-item';
import { NO_PROGRAM, type Program } from './program';

export const programState = storedItem<Program>('local:program', NO_PROGRAM);
