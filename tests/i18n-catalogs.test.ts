import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';

const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();

describe('the interface in English and Spanish (public/_locales)', () => {
  it('has every message in both languages, with the same placeholders, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const spanish = (es as Record<string, { message: string }>)[key]?.message ?? '';
      expect(message.trim(), key).not.toBe('');
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(message));
    }
  });

  it('uses only message names the browser accepts ([A-Za-z0-9_])', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
