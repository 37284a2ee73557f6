import { emergencyLine } from '../lines';
import type { EntryLine, GuideEntry } from '../schema';
import { dcfsHotline, line988, traffickingHotline } from './entry';
import { reportAbuse, talkingWithYouth, traffickingHotlineLimits } from './reporting';
import { dangerNow, missing, suicide } from './urgent';

/** The crisis entries, in the order of the reference's short card. */
export const crisisEntries: GuideEntry[] = [dangerNow, suicide, missing, reportAbuse, traffickingHotlineLimits, talkingWithYouth];

/** One row of the "When it can't wait" card: situation → do this first → then. */
export interface CrisisCardRow {
  /** The crisis entry with the full steps; the row links to it. */
  entryId: string;
  situation: string;
  first: string;
  then: string;
  /** The numbers to show on the row as links: the entry's own lines, never copies. */
  lines: readonly EntryLine[];
}

/** The short card to show first, above the hotlines (docs/sources/crisis-and-reporting.md, "The short card"). */
export interface CrisisCard {
  title: string;
  /** One line to show under the title. */
  note: string;
  rows: readonly CrisisCardRow[];
  /** A further entry to offer below the rows. */
  more: { entryId: string; label: string };
}

export const crisisCard: CrisisCard = {
  title: 'When it can’t wait',
  note: 'Your CASA supervisor’s instructions come first. This is guidance for a volunteer, not legal advice.',
  rows: [
    {
      entryId: dangerNow.id,
      situation: 'Someone is hurt or in danger right now',
      first: 'Call 911.',
      then: "Tell your CASA supervisor and the youth's CSW.",
      lines: [emergencyLine],
    },
    {
      entryId: suicide.id,
      situation: 'The youth talks about suicide or hurting themselves',
      first:
        'Stay with them. If they have acted or are about to, call 911; otherwise contact 988 together: call or text 988, or chat at ' +
        '988lifeline.org (Spanish: press 2, or text AYUDA).',
      then: 'Tell your supervisor and the CSW; follow up.',
      lines: [line988, emergencyLine],
    },
    {
      entryId: missing.id,
      situation: 'The youth is missing or has left placement (AWOL)',
      first: "Tell the youth's CSW now; after hours, call the DCFS Child Protection Hotline.",
      then: "Tell your supervisor; keep reaching out to the youth; don't go get them; never contact the exploiter.",
      lines: [dcfsHotline],
    },
    {
      entryId: reportAbuse.id,
      situation: 'You suspect abuse or exploitation',
      first: 'Report it yourself to the DCFS Child Protection Hotline (911 if there is danger now).',
      then: "Tell your supervisor and the CSW; ask your supervisor about the written follow-up; don't investigate.",
      lines: [dcfsHotline, emergencyLine],
    },
    {
      entryId: traffickingHotlineLimits.id,
      situation: 'Questions about trafficking, or a youth wants to talk to someone',
      first: 'Call or text the National Human Trafficking Hotline. Know that it will alert authorities if it suspects child abuse.',
      then: 'It is not a report to DCFS: if you suspect abuse, make that report too.',
      lines: [traffickingHotline],
    },
  ],
  more: { entryId: talkingWithYouth.id, label: 'Talking with a youth in crisis' },
};
