import { describe, expect, it } from 'vitest';
import { guide, type GuideEntry } from '@/content';
import { formatEntryMessage, formatKeyText, formatProvenanceNote, formatSource, smsHref, telHref } from '@/utils/format';

const byId = (id: string) => guide.find((e) => e.id === id) as GuideEntry;

describe('ready-to-send messages', () => {
  it.each([
    ['hotline-human-trafficking', 'National Human Trafficking Hotline (24/7, confidential): call 1-888-373-7888 or text 233733.'],
    ['hotline-rainn', 'RAINN National Sexual Assault Hotline (24/7): call 1-800-656-HOPE (1-800-656-4673) or chat at rainn.org.'],
    ['hotline-runaway-safeline', 'National Runaway Safeline (24/7): call 1-800-RUNAWAY (1-800-786-2929) or text 66008.'],
    ['hotline-love-is-respect', 'love is respect — teen dating abuse helpline (24/7): call 1-866-331-9474 or text LOVEIS to 22522.'],
    ['hotline-988', '988 Suicide & Crisis Lifeline: call or text 988.'],
    [
      'hotline-la-dcfs-child-protection',
      'LA County DCFS Child Protection Hotline (24/7): call 1-800-540-4000 (in California) or 213-639-4500 (outside California).',
    ],
    ['resource-saving-innocence', 'Saving Innocence: call 323-379-4232 or email info@savinginnocence.org.'],
    ['phrase-here-to-talk', 'I am here to talk, if you need me.'],
    ['red-flag-older-partner', 'The youth has an older intimate partner.'],
  ])('%s → %s', (id, message) => {
    expect(formatEntryMessage(byId(id))).toBe(message);
  });

  it('gives every entry a non-empty, plain-text message', () => {
    for (const e of guide) {
      const message = formatEntryMessage(e);
      expect(message.length, e.id).toBeGreaterThan(10);
      expect(message, e.id).not.toMatch(/<[a-z]/i);
    }
  });

  it('puts every number of a contact in its message', () => {
    for (const e of guide.filter((x) => x.contact?.phones)) {
      for (const p of e.contact?.phones ?? []) expect(formatEntryMessage(e), e.id).toContain(p.number);
    }
  });
});

describe('links and labels', () => {
  it.each([
    ['1-888-373-7888', 'tel:+18883737888'],
    ['323-379-4232', 'tel:+13233794232'],
    ['988', 'tel:988'],
    ['711', 'tel:711'],
  ])('tel link for %s', (number, href) => expect(telHref(number)).toBe(href));

  it('puts the keyword in the sms body', () => {
    expect(smsHref({ number: '22522', keyword: 'LOVEIS' })).toBe('sms:22522?body=LOVEIS');
    expect(smsHref({ number: '233733' })).toBe('sms:233733');
  });

  it('shows the number as the key text of a contact', () => {
    expect(formatKeyText(byId('hotline-human-trafficking'))).toBe('Call 1-888-373-7888 or text 233733');
  });

  it('cites the handout section, or the checked source and date', () => {
    expect(formatSource(byId('red-flag-excess-cash'))).toMatch(/CASA of Los Angeles, section “Red flags”/);
    expect(formatSource(byId('hotline-rainn'))).toBe('rainn.org/get-help/national-sexual-assault-hotline, checked 2026-11-29');
    expect(formatSource(byId('fact-csec-definition'))).toContain('citing National Human Trafficking Hotline');
  });

  it('says when a line is not verified, or not from the handout', () => {
    expect(formatProvenanceNote(byId('resource-saving-innocence'))).toBe('From CASA training material, not independently verified.');
    expect(formatProvenanceNote(byId('hotline-988'))).toMatch(/not in the CASA handout/);
    expect(formatProvenanceNote(byId('hotline-human-trafficking'))).toBeUndefined();
  });
});
