import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';

const search = createGuideSearch(guide, lexicon);
const ids = (q: string) => search.search(q).map((e) => e.id);

/**
 * Where a report goes (crisis-and-reporting.md, "When it can't wait"): a suspicion of abuse or
 * exploitation is reported by the advocate to the DCFS Child Protection Hotline; the trafficking
 * hotline "does not replace your DCFS report". helper-73 typed "report trafficking" and got the
 * trafficking hotline first, and "abuse hotline" without the DCFS line in the first three.
 */
describe('asked where to report, the search leads with the steps and the line reports go to', () => {
  it.each(['report trafficking', 'report sex trafficking', 'report child trafficking', 'reportar trata'])(
    '“%s”: the report steps first, the DCFS hotline next, the trafficking hotline still listed',
    (query) => {
      const found = ids(query);
      expect(found.slice(0, 2)).toEqual(['crisis-report-abuse', 'hotline-la-dcfs-child-protection']);
      expect(found.slice(0, 5)).toContain('hotline-human-trafficking');
    },
  );

  it('still finds the trafficking hotline first when it is what is asked for', () => {
    for (const query of ['trafficking hotline', 'trafficking tip line', 'polaris', 'human trafficking hotline number'])
      expect(ids(query)[0], query).toBe('hotline-human-trafficking');
  });
});
