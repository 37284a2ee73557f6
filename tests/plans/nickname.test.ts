import { describe, expect, it } from 'vitest';
import { questionNickname } from '@/utils/plans/nickname';

describe('questionNickname', () => {
  it.each(['Ana Ruiz', 'María López', '  Jose   Martinez ', 'Mary-Anne Smith', 'Big Mike'])('asks about “%s”', (name) => {
    expect(questionNickname(name)).toMatch(/looks like a full name/);
  });

  it.each(['', 'J.D.', 'JD', 'Ana R.', 'La Güera', 'ana ruiz', 'Ana', 'AR 2026', 'Mija'])('lets “%s” be', (name) => {
    expect(questionNickname(name)).toBe('');
  });

  it('quotes the name as typed, spaces tidied', () => {
    expect(questionNickname('  Jose   Martinez ')).toMatch(/^“Jose Martinez”/);
  });
});
