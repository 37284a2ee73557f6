import { redFlags } from '@/content/red-flags';
import type { Field } from './form';
import type { FieldStamp, FieldValue, Row } from './model';

/**
 * An observation: what the advocate noticed about one youth, kept with that youth's plan.
 * Its fields are data (like the plan's form), so the editor, the service's checks, backups
 * and the court-report note all read one description.
 */
export type ObservationData = Record<string, FieldValue>;

/** One observation as stored. Stamps, revisions and snapshots work as they do for plans. */
export interface Observation {
  id: string;
  /** The plan (the youth) it belongs to: deleted with it, exported with it. */
  planId: string;
  rev: number;
  createdAt: number;
  updatedAt: number;
  data: ObservationData;
  fieldStamps: Record<string, FieldStamp>;
  snapshotAt: number;
}

/** A stored earlier version of an observation. */
export interface ObservationRevision {
  key: number;
  observationId: string;
  planId: string;
  savedAt: number;
  data: ObservationData;
}

/** The guide's own red-flag entries, by id: the checklist never drifts from the guide. */
export const RED_FLAG_IDS: readonly string[] = redFlags.map((f) => f.id);

/** Who the advocate told. "DCFS hotline" rows carry the referral number the hotline gives. */
export const TOLD_ROLES = ['CSW', 'CASA supervisor', 'Attorney', 'DCFS hotline', 'Therapist', 'Other'] as const;

export const OBSERVATION_FIELD_LIST: readonly Field[] = [
  { id: 'observedOn', kind: 'line', label: 'Date observed', type: 'date' },
  { id: 'writtenOn', kind: 'line', label: 'Date written', type: 'date' },
  { id: 'flags', kind: 'checklist', label: 'Red flags seen', items: RED_FLAG_IDS },
  {
    id: 'seen',
    kind: 'text',
    label: 'What you saw or heard',
    hint: 'In your own words: what happened and what was said. Describe, do not label.',
  },
  // A second-hand report is not the CASA's own observation (helper-69): the note says who reported it.
  {
    id: 'reportedBy',
    kind: 'line',
    label: 'Reported to you by',
    hint: 'Only if someone else told you (a caregiver, a teacher…): who. Leave it blank when you saw or heard it yourself.',
  },
  {
    id: 'told',
    kind: 'rows',
    label: 'Who was told, and when',
    max: 12,
    addLabel: 'Add who was told',
    columns: [
      { id: 'role', label: 'Who', type: 'choice', choices: TOLD_ROLES, startsBlank: true },
      { id: 'name', label: 'Name' },
      { id: 'on', label: 'Date told', type: 'date' },
      { id: 'reference', label: 'Referral number (DCFS hotline)', onlyFor: { column: 'role', choice: 'DCFS hotline' } },
    ],
  },
  { id: 'followUp', kind: 'text', label: 'Follow-up', hint: 'What happens next, who does it, by when.' },
];

/** Every observation field, by id. */
export const OBSERVATION_FIELDS: ReadonlyMap<string, Field> = new Map(OBSERVATION_FIELD_LIST.map((f) => [f.id, f] as const));

/** A new observation's contents: dated `today` (observed and written), with `flags` ticked. */
export function newObservationData(today: string, flags: readonly string[] = []): ObservationData {
  return {
    observedOn: today,
    writtenOn: today,
    flags: Object.fromEntries(flags.filter((f) => RED_FLAG_IDS.includes(f)).map((f) => [f, true])),
  };
}

export function newObservation(id: string, planId: string, data: ObservationData, now: number): Observation {
  return { id, planId, rev: 1, createdAt: now, updatedAt: now, data, fieldStamps: {}, snapshotAt: now };
}

/** The ticked red-flag ids of an observation, in the guide's order. */
export function flagsOf(observation: Pick<Observation, 'data'>): string[] {
  const value = observation.data.flags;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return RED_FLAG_IDS.filter((id) => (value as Record<string, boolean>)[id]);
}

/** Nothing written in it: empty, or only spaces (its id aside, for a row). */
const isBlankText = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/**
 * Nothing recorded but its dates: no flag ticked, no words, no one told (closing it discards it).
 * A "who was told" row added and left empty tells nothing either (helper-77: it kept the entry).
 */
export function isBlankObservation(observation: Pick<Observation, 'data'>): boolean {
  if (flagsOf(observation).length) return false;
  return Object.entries(observation.data).every(([key, value]) => {
    if (key === 'observedOn' || key === 'writtenOn' || key === 'flags') return true;
    if (typeof value === 'string') return isBlankText(value);
    return Array.isArray(value)
      ? value.every((row) => !!row && typeof row === 'object' && Object.entries(row).every(([k, v]) => k === 'id' || isBlankText(v)))
      : value == null;
  });
}

export const textOf = (observation: Pick<Observation, 'data'>, fieldId: string): string => {
  const value = observation.data[fieldId];
  return typeof value === 'string' ? value : '';
};

export const toldOf = (observation: Pick<Observation, 'data'>): Row[] => {
  const value = observation.data.told;
  return Array.isArray(value) ? value : [];
};
