import { describe, expect, it } from 'vitest';
import { copyNickname } from '@/utils/plans/format';
import { LIMITS } from '@/utils/plans/model';

describe('a duplicate’s nickname', () => {
  it('is the next copy of the same plan, not a copy of a copy (helper-83: “Jay (copy) (copy)”)', () => {
    expect(copyNickname('Jay')).toBe('Jay (copy)');
    expect(copyNickname('Jay', ['Jay', 'Jay (copy)'])).toBe('Jay (copy 2)');
    expect(copyNickname('Jay (copy)', ['Jay', 'Jay (copy)'])).toBe('Jay (copy 2)');
    expect(copyNickname('Jay (copy 2)', ['Jay', 'Jay (copy)', 'Jay (copy 2)'])).toBe('Jay (copy 3)');
  });

  it('stays within the limit without cutting an emoji in two (helper-83: “🦋\\ud83e (copy)”)', () => {
    for (const name of [`Kiki${'🦋'.repeat(98)}`, `Ana b${'👩🏽‍🦱'.repeat(27)}`]) {
      const copy = copyNickname(name);
      expect(copy.length).toBeLessThanOrEqual(LIMITS.line);
      expect(copy).toMatch(/ \(copy\)$/);
      // No lone surrogate: the name is well-formed text.
      expect(copy.isWellFormed()).toBe(true);
      expect(name.startsWith(copy.replace(/ \(copy\)$/, ''))).toBe(true);
      // Whole skin-toned, joined emoji only.
      if (name.includes('👩🏽‍🦱'))
        expect(
          copy
            .replace(/ \(copy\)$/, '')
            .replace(/^Ana b/, '')
            .replaceAll('👩🏽‍🦱', ''),
        ).toBe('');
    }
  });
});
