import { render } from '@testing-library/preact';
import { PlansScreen } from '@/components/plans/PlansScreen';
import type { PlanClient } from '@/utils/plans/client';

type Props = Partial<Parameters<typeof PlansScreen>[0]>;

/**
 * The plans tab on `client`, with nothing copied, downloaded or printed; `rerender` gives it new
 * props over the first ones, as the panel does when a program's rule arrives.
 */
export function renderPlansScreen(client: PlanClient, props: Props = {}) {
  const screenWith = (more: Props) => (
    <PlansScreen
      client={client}
      entry={() => undefined}
      copyText={async () => {}}
      download={() => {}}
      openPrint={() => {}}
      {...props}
      {...more}
    />
  );
  const { rerender } = render(screenWith({}));
  return { rerender: (more: Props) => rerender(screenWith(more)) };
}
