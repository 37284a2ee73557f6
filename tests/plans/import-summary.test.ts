import { describe, expect, it } from 'vitest';
import { describeImport } from '@/utils/plans/format';

const none = { added: 0, replaced: 0, keptNewer: 0, same: 0 };

describe('what an import says it did', () => {
  it('counts plans, and observations when the file brought any that count', () => {
    expect(describeImport({ ...none, same: 1, observations: { ...none, added: 1 } })).toBe(
      'Imported: 0 new, 0 updated, 0 kept because the copy here was newer. 1 already here, unchanged. ' +
        'Observations: 1 new, 0 updated, 0 kept because the copy here was newer.',
    );
    expect(describeImport({ ...none, added: 2, observations: { ...none, replaced: 1, same: 3 } })).toBe(
      'Imported: 2 new, 0 updated, 0 kept because the copy here was newer. ' +
        'Observations: 0 new, 1 updated, 0 kept because the copy here was newer. 3 already here, unchanged.',
    );
  });

  it('says nothing of observations when none changed or the file held none', () => {
    const plansOnly = 'Imported: 1 new, 0 updated, 0 kept because the copy here was newer.';
    expect(describeImport({ ...none, added: 1 })).toBe(plansOnly);
    expect(describeImport({ ...none, added: 1, observations: { ...none, same: 4 } })).toBe(plansOnly);
  });
});
