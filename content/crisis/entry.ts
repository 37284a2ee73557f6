import { hotlineLine } from '../lines';
import type { EntryLine, GuideEntry } from '../schema';

/**
 * When it can't wait: what a volunteer does first. Everything here comes from
 * docs/sources/crisis-and-reporting.md (checked 2026-11-30); what that file marks unconfirmed is
 * left out or turned into "ask your CASA supervisor". Numbers are never typed here: each entry's
 * `lines` carry the hotline entries' own contact details (see lines.ts).
 */
const DOCUMENT = 'docs/sources/crisis-and-reporting.md';
const CHECKED = '2026-11-30';

/** One crisis entry as written here; `crisis()` turns it into a guide entry. */
export interface CrisisDraft {
  id: string;
  title: string;
  /** The heading of DOCUMENT this entry comes from. */
  part: string;
  /** The pages DOCUMENT lists for that part; the first is shown as the source. */
  urls: string[];
  body: string;
  steps: string[];
  lines: EntryLine[];
  synonyms: string[];
  related: string[];
}

export const crisis = (d: CrisisDraft): GuideEntry => ({
  id: d.id,
  kind: 'crisis',
  title: d.title,
  body: d.body,
  steps: d.steps,
  lines: d.lines,
  tags: ['crisis', 'urgent', 'when it can’t wait'],
  synonyms: d.synonyms,
  source: { type: 'reference', document: DOCUMENT, part: d.part, url: d.urls[0] as string, also: d.urls.slice(1), handout: true },
  checked: CHECKED,
  added: true,
  related: d.related,
});

/** The lines most crisis entries name; each is a hotline entry's own contact details. */
export const dcfsHotline = hotlineLine('hotline-la-dcfs-child-protection');
export const line988 = hotlineLine('hotline-988');
export const traffickingHotline = hotlineLine('hotline-human-trafficking');
