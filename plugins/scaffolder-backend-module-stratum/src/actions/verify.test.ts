import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import { runAction, workspaceDir } from '../testing/actionContext';
import { monorepoCopy, removeRepo } from '@stratum/scaffold/src/testing/fixtureRepo';
import { createServiceAction } from './createService';
import { verifyAction } from './verify';

jest.setTimeout(180_000);

describe('stratum:verify', () => {
  let repository: string;
  let workspace: string;
  beforeAll(async () => {
    repository = monorepoCopy();
    workspace = workspaceDir();
    await runAction(
      createServiceAction({ repository }),
      { name: 'billing', owner: 'group:payments-team' },
      { workspacePath: workspace },
    );
  });
  afterAll(() => {
    removeRepo(repository);
    removeRepo(join(workspace, '..'));
  });

  it.each([
    [{ workspaceDir: '../..', projects: ['services/billing/app'] }, /outside the task workspace/],
    [
      { workspaceDir: 'monorepo', projects: ['services/../../etc'] },
      /contains '\.\.'|not a service project folder/,
    ],
    [{ workspaceDir: 'monorepo', projects: ['services/billing/nothing'] }, /stratum.yaml does not exist/],
    [{ workspaceDir: 'monorepo', projects: ['services/billing/app'], env: '$(id)' }, /shell metacharacter/],
  ])('refuses %j with an InputError before running anything', async (input, message) => {
    const run = runAction(verifyAction(), { env: 'prod', ...input }, { workspacePath: workspace });
    await expect(run).rejects.toThrow(InputError);
    await expect(
      runAction(verifyAction(), { env: 'prod', ...input }, { workspacePath: workspace }),
    ).rejects.toThrow(message);
  });

  it("fails the task with synth's own message, secrets masked", async () => {
    const stack = join(workspace, 'monorepo/services/billing/app/src/stack.ts');
    const original = readFileSync(stack, 'utf8');
    writeFileSync(
      stack,
      original.replace(
        'super(scope, ctx);',
        "super(scope, ctx);\n    throw new Error('billing cannot start with token s3cr3t-t0ken');",
      ),
    );
    try {
      const run = runAction(
        verifyAction(),
        { workspaceDir: 'monorepo', projects: ['services/billing/app'], env: 'prod' },
        {
          workspacePath: workspace,
          secrets: { token: 's3cr3t-t0ken' },
        },
      );
      await expect(run).rejects.toThrow(
        /stratum:verify: synth failed for billing-app \(exit 1\):[\s\S]*billing cannot start with token \*\*\*/,
      );
      await expect(
        runAction(
          verifyAction(),
          { workspaceDir: 'monorepo', projects: ['services/billing/app'], env: 'prod' },
          {
            workspacePath: workspace,
            secrets: { token: 's3cr3t-t0ken' },
          },
        ),
      ).rejects.not.toThrow(/s3cr3t-t0ken/);
    } finally {
      writeFileSync(stack, original);
    }
  });
});
