import { describe, expect, it, vi } from 'vitest';
import type { PlanClient } from '@/utils/plans/client';
import { createEditSession, type EditState } from '@/utils/plans/edit-session';
import { PlanStorageError } from '@/utils/plans/errors';
import { createPlan, type Plan } from '@/utils/plans/model';

/** A client whose answers the test releases one by one. */
function controllableClient() {
  const calls: Array<{
    args: { fieldId: string; value: unknown; baseRev: number };
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  }> = [];
  const client = {
    clientId: 'me',
    call: vi.fn((_method: string, args: never) => new Promise((resolve, reject) => calls.push({ args, resolve, reject }))),
    onEvent: () => () => {},
    close: () => {},
  } as unknown as PlanClient;
  return { client, calls };
}

const plan = (): Plan => createPlan(0, 'p', () => 'row');

describe('edit session', () => {
  it('shows the edit at once, and says “Saved” only when every write has committed', async () => {
    const { client, calls } = controllableClient();
    const states: EditState[] = [];
    const session = createEditSession(client, plan(), (s) => states.push(s));
    session.edit('coping', 'm');
    session.edit('coping', 'mu');
    expect(session.state().plan.data.coping).toBe('mu');
    expect(session.state().status.state).toBe('saving');
    calls[0]!.resolve({ status: 'saved', plan: { ...plan(), rev: 2 } });
    await vi.waitFor(() => expect(states.length).toBeGreaterThan(2));
    expect(session.state().status.state).toBe('saving');
    calls[1]!.resolve({ status: 'saved', plan: { ...plan(), rev: 3 } });
    await vi.waitFor(() => expect(session.state().status.state).toBe('saved'));
  });

  it('reports a failed write and never claims it was saved', async () => {
    const { client, calls } = controllableClient();
    const session = createEditSession(client, plan(), () => {});
    session.edit('coping', 'text');
    calls[0]!.reject(new PlanStorageError('quota'));
    await vi.waitFor(() =>
      expect(session.state().status).toMatchObject({ state: 'error', message: expect.stringMatching(/no storage space/) }),
    );
    expect(session.state().plan.data.coping).toBe('text');
  });

  it('refuses a paste that is too long, with a message, and changes nothing', () => {
    const { client } = controllableClient();
    const session = createEditSession(client, plan(), () => {});
    const problem = session.edit('codeWord', 'x'.repeat(5000));
    expect(problem).toMatch(/too long for “Code word or signal”: 5,000 characters.*Nothing was changed/);
    expect(session.state().plan.data.codeWord).toBeUndefined();
    expect(client.call).not.toHaveBeenCalled();
  });

  it('on a conflict keeps the newer text and offers what this window typed', async () => {
    const { client, calls } = controllableClient();
    const session = createEditSession(client, plan(), () => {});
    session.edit('codeWord', 'mine');
    calls[0]!.resolve({ status: 'conflict', plan: { ...plan(), rev: 5, data: { codeWord: 'theirs' } } });
    await vi.waitFor(() => expect(session.state().conflicts).toEqual([{ fieldId: 'codeWord', yours: 'mine' }]));
    expect(session.state().plan.data.codeWord).toBe('theirs');
    session.keepMine('codeWord');
    expect(calls[1]!.args).toMatchObject({ fieldId: 'codeWord', value: 'mine', baseRev: 5 });
    expect(session.state().conflicts).toEqual([]);
  });

  it('adopts another window’s newer plan, but not over a field still being written here', () => {
    const { client } = controllableClient();
    const session = createEditSession(client, plan(), () => {});
    session.edit('coping', 'typing here');
    session.receive({ ...plan(), rev: 9, data: { coping: 'other window', codeWord: 'blue' } });
    expect(session.state().plan.data.coping).toBe('typing here');
    expect(session.state().plan.data.codeWord).toBe('blue');
    session.receive({ ...plan(), rev: 4, data: { codeWord: 'older' } });
    expect(session.state().plan.data.codeWord).toBe('blue');
  });
});
