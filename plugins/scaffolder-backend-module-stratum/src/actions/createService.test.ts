import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import { runGit } from '@stratum/scaffold';
import { runAction, workspaceDir } from '../testing/actionContext';
import { removeRepo, smallRepo } from '@stratum/scaffold/src/testing/fixtureRepo';
import { createServiceAction } from './createService';

describe('stratum:service:create', () => {
  let repository: string;
  let workspace: string;
  beforeEach(() => {
    repository = smallRepo();
    workspace = workspaceDir();
  });
  afterEach(() => {
    removeRepo(repository);
    removeRepo(join(workspace, '..'));
  });

  it('clones the monorepo into the workspace and writes the service there, never into the repository', async () => {
    const output = await runAction(
      createServiceAction({ repository }),
      { name: 'billing', owner: 'group:default/payments-team', description: 'Sends invoices.' },
      { workspacePath: workspace },
    );
    expect(output).toMatchObject({
      workspaceDir: 'monorepo',
      service: 'billing',
      projects: ['services/billing/app'],
      template: 'phase-1-service@1',
    });
    expect(output.files).toContain('services/billing/catalog-info.yaml');
    const clone = join(workspace, 'monorepo');
    expect(readFileSync(join(clone, 'services/billing/catalog-info.yaml'), 'utf8')).toContain(
      'stratum.dev/template: phase-1-service@1',
    );
    expect(runGit(clone, ['remote', 'get-url', 'origin']).stdout.trim()).toBe(repository);
    expect(existsSync(join(repository, 'services/billing'))).toBe(false);
  });

  it('a dry run leaves only the generated files in the workspace', async () => {
    await runAction(
      createServiceAction({ repository }),
      { name: 'billing', owner: 'group:payments-team' },
      { workspacePath: workspace, dryRun: true },
    );
    expect(readdirSync(workspace)).toEqual(['services']);
    expect(readdirSync(join(workspace, 'services/billing')).sort()).toEqual([
      '.scaffold',
      'app',
      'catalog-info.yaml',
      'slo.yaml',
    ]);
  });

  it.each([
    [{ name: '../../etc', owner: 'group:payments-team' }, /contains '\.\.'/],
    [{ name: 'billing', owner: 'group:default/nobody' }, /not in the catalog/],
    [
      { name: 'billing', owner: 'group:payments-team', description: '${{ secrets.token }}' },
      /template expression/,
    ],
  ])('refuses %j with an InputError, writing no service', async (input, message) => {
    const run = runAction(createServiceAction({ repository }), input, { workspacePath: workspace });
    await expect(run).rejects.toThrow(InputError);
    await expect(
      runAction(createServiceAction({ repository }), input, { workspacePath: workspace }),
    ).rejects.toThrow(message);
    expect(existsSync(join(workspace, 'monorepo/services/billing'))).toBe(false);
  });
});
