import { addedLines, nationalLines } from './resources';
import type { ContactDetails, EntryLine } from './schema';

/**
 * 911 is not a line of contacts.md; the crisis reference gives it (docs/sources/crisis-and-reporting.md,
 * "(a) Immediate danger → 911"). It is the only number here that no hotline entry carries.
 */
export const EMERGENCY_911: ContactDetails = { phones: [{ number: '911' }] };

export const emergencyLine: EntryLine = { name: 'Emergency (police, fire, ambulance)', contact: EMERGENCY_911 };

/** A hotline of the guide as a line to call: its own entry's contact details, never a copy. */
export function hotlineLine(id: string, name?: string): EntryLine {
  const entry = [...nationalLines, ...addedLines].find((e) => e.id === id);
  if (!entry?.contact) throw new Error(`no hotline entry with contact details: ${id}`);
  return { name: name ?? entry.title, contact: entry.contact, entryId: id };
}
