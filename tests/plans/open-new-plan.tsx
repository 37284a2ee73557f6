import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { guide } from '@/content';
import { freshRepository, servePlans } from './helpers';

/** The plans screen on a fresh repository, with a new plan open in its editor (`newPlan`: the button's words). */
export async function openNewPlanIn(newPlan: string) {
  const { repository } = freshRepository();
  const client = servePlans(repository).connect('panel');
  const user = userEvent.setup();
  render(
    <PlansScreen
      client={client}
      entry={(id) => guide.find((e) => e.id === id)}
      copyText={async () => {}}
      download={() => {}}
      openPrint={() => {}}
    />,
  );
  await user.click(await screen.findByRole('button', { name: newPlan }));
  await screen.findByRole('heading', { level: 2 });
  return { user, repository, client };
}
