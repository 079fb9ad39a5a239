import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import { runAction } from '../testing/actionContext';
import { billingTask, type BillingTask } from '../testing/billingTask';
import { addStackAction } from './addStack';

describe('stratum:stack:add', () => {
  let task: BillingTask;
  let repository: string;
  let workspace: string;
  beforeEach(async () => {
    task = await billingTask();
    ({ repository, workspace } = task);
  });
  afterEach(() => task.remove());

  it('adds phases 2, 3 and 4 in order to the service in the task clone', async () => {
    const add = addStackAction({ repository });
    const two = await runAction(
      add,
      { phase: 2, service: 'component:default/billing', kind: 'database' },
      { workspacePath: workspace },
    );
    expect(two).toMatchObject({
      service: 'billing',
      projects: ['services/billing/data'],
      template: 'phase-2-app-infrastructure@1',
    });
    expect(
      (await runAction(add, { phase: 3, service: 'billing' }, { workspacePath: workspace })).projects,
    ).toEqual(['services/billing/monitoring']);
    expect(
      (await runAction(add, { phase: 4, service: 'billing' }, { workspacePath: workspace })).projects,
    ).toEqual(['services/billing/security']);
    expect(
      readFileSync(join(workspace, 'monorepo/services/billing/security/stratum.yaml'), 'utf8'),
    ).toContain('layer: security');
  });

  it('refuses a phase before its predecessor, an existing stack and an unknown kind with InputErrors', async () => {
    const add = addStackAction({ repository });
    await expect(
      runAction(add, { phase: 3, service: 'billing' }, { workspacePath: workspace }),
    ).rejects.toThrow(InputError);
    await expect(
      runAction(add, { phase: 4, service: 'billing' }, { workspacePath: workspace }),
    ).rejects.toThrow(/phase 4 comes after it/);
    await expect(
      runAction(add, { phase: 2, service: 'billing', kind: 'cache' }, { workspacePath: workspace }),
    ).rejects.toThrow(/choose one of database, queue/);
    await runAction(add, { phase: 2, service: 'billing', kind: 'queue' }, { workspacePath: workspace });
    await expect(
      runAction(add, { phase: 2, service: 'billing', kind: 'queue' }, { workspacePath: workspace }),
    ).rejects.toThrow(/already exists/);
  });
});
