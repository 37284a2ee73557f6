import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageSetting } from '@/components/LanguageSetting';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { ProgramSettings } from '@/components/ProgramSettings';
import { resolveProgram } from '@/utils/program/resolve';
import { freshRepository, servePlans } from './plans/helpers';
import { settingsProps } from './plans/settings-props';

afterEach(cleanup);

/** The page's headings as a reader's heading list has them: level and name, in order. */
const outline = () => screen.getAllByRole('heading').map((h) => [Number(h.tagName[1]), h.textContent] as const);

/** No level skipped on the way down, starting under the panel's h1. */
function expectNoSkips(headings: ReadonlyArray<readonly [number, string | null]>) {
  let previous = 1;
  for (const [level, name] of headings) {
    expect(level, `${name} (h${level}) after h${previous}`).toBeLessThanOrEqual(previous + 1);
    previous = level;
  }
}

/** helper-60 F11: the headings a screen reader lists by, under the panel's one h1. */
describe('the side panel’s heading outline', () => {
  it('Settings: each setting is an h2, what is inside it one level down, never an h2 in an h2', () => {
    const program = resolveProgram(
      { programName: 'CASA of Example County', localResources: [{ id: 'a', title: 'Line', body: 'x', phones: [{ number: '211' }] }] },
      [],
      new Set(),
    );
    render(
      <div>
        <SettingsScreen {...settingsProps} />
        <LanguageSetting choice="auto" browserLanguage="en-US" onChoose={() => {}} />
        <ProgramSettings program={program} packs={[]} onLoadPack={async () => ''} onRemovePack={() => {}} />
      </div>,
    );
    const headings = outline();
    expectNoSkips(headings);
    const level = (name: RegExp) => headings.find(([, n]) => name.test(n ?? ''))?.[0];
    expect(level(/^Passphrase lock/)).toBe(2);
    expect(level(/^Protect plans with a passphrase/)).toBe(3);
    expect(level(/^Language · Idioma$/)).toBe(2);
    expect(level(/^Your program/)).toBe(2);
    expect(level(/^Resource packs/)).toBe(3);
  });

  it('“Language · Idioma”: only the Spanish word is marked Spanish, so “Language” is read in English', () => {
    render(<LanguageSetting choice="auto" browserLanguage="en-US" onChoose={() => {}} />);
    const heading = screen.getByRole('heading', { name: 'Language · Idioma' });
    expect(heading.getAttribute('lang')).toBeNull();
    expect([...heading.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([['es', 'Idioma']]);
  });

  it('the plan list’s Backups: a heading holding its button, and the encrypted backup one level below', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    const client = servePlans(repository, { kdfIterations: 1000 }).connect('panel');
    await client.call('create', { id: 'p' });
    render(<PlansScreen client={client} entry={() => undefined} copyText={async () => {}} download={() => {}} openPrint={() => {}} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Backups' }));
    const backups = screen.getByRole('heading', { name: 'Backups' });
    expect(backups.tagName).toBe('H2');
    expect(backups.querySelector('button[aria-expanded="true"]')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Encrypted backup' }).tagName).toBe('H3');
    // Not a region whose only content is a button of its own name.
    expect(screen.queryByRole('region', { name: 'Backups' })).toBeNull();
    expectNoSkips(outline());
  });
});
