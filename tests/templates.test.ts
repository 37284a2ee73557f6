import { describe, expect, it } from 'vitest';
import { guide, type GuideEntry } from '@/content';
import { fillInsFor, fillTemplate } from '@/utils/templates';

const byId = (id: string) => guide.find((e) => e.id === id) as GuideEntry;

describe('message fill-ins', () => {
  it('offers a first name for phrasings and call/text for lines with both', () => {
    expect(fillInsFor(byId('phrase-what-led-you-to-leave')).map((f) => f.id)).toEqual(['name']);
    expect(fillInsFor(byId('hotline-human-trafficking')).map((f) => f.id)).toEqual(['channel']);
    expect(fillInsFor(byId('hotline-rainn'))).toEqual([]);
    expect(fillInsFor(byId('red-flag-excess-cash'))).toEqual([]);
  });

  it.each([
    ['phrase-what-led-you-to-leave', { name: 'Ana' }, 'Ana, what led you to leave placement?'],
    ['phrase-here-to-talk', { name: '  Jo  ' }, 'Jo, I am here to talk, if you need me.'],
    ['phrase-here-to-talk', {}, 'I am here to talk, if you need me.'],
    [
      'hotline-human-trafficking',
      { channel: 'call' },
      'National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888 or TTY 711.',
    ],
    [
      'hotline-human-trafficking',
      { channel: 'text' },
      'National Human Trafficking Hotline (24/7, confidential, not law enforcement): text 233733.',
    ],
    ['hotline-love-is-respect', { channel: 'text' }, 'love is respect — teen dating abuse helpline (24/7): text LOVEIS to 22522.'],
    [
      'hotline-human-trafficking',
      {},
      'National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733.',
    ],
  ])('%s with %j → %s', (id, values, message) => {
    expect(fillTemplate(byId(id), values)).toBe(message);
  });

  it('keeps a name short and on one line', () => {
    expect(fillTemplate(byId('phrase-safety-plan'), { name: 'A\nvery   long name '.repeat(10) }).length).toBeLessThan(90);
  });
});
