import { InputError } from '@backstage/errors';
import { runGit } from '@stratum/scaffold';
import { runAction } from '../testing/actionContext';
import { billingTask, type BillingTask } from '../testing/billingTask';
import { publishLocalAction } from './publishLocal';

describe('stratum:publish:local', () => {
  let task: BillingTask;
  let repository: string;
  let workspace: string;
  beforeEach(async () => {
    task = await billingTask();
    ({ repository, workspace } = task);
  });
  afterEach(() => task.remove());

  it('commits the new files on a new branch of the monorepo; main is untouched', async () => {
    const main = runGit(repository, ['rev-parse', 'main']).stdout.trim();
    const output = await runAction(
      publishLocalAction(),
      { workspaceDir: 'monorepo', branch: 'adopt/billing-phase-1', message: 'Phase 1: billing' },
      { workspacePath: workspace },
    );
    expect(output).toMatchObject({ branch: 'adopt/billing-phase-1', remoteUrl: repository });
    expect(runGit(repository, ['rev-parse', 'adopt/billing-phase-1']).stdout.trim()).toBe(output.commit);
    expect(runGit(repository, ['rev-parse', 'main']).stdout.trim()).toBe(main);
    const files = runGit(repository, ['diff', '--name-only', 'main', 'adopt/billing-phase-1'])
      .stdout.trim()
      .split('\n');
    expect(files).toContain('services/billing/app/src/stack.ts');
    expect(files.some((f) => f.startsWith('node_modules'))).toBe(false);
    expect(runGit(repository, ['log', '-1', '--format=%s', 'adopt/billing-phase-1']).stdout.trim()).toBe(
      'Phase 1: billing',
    );
  });

  it.each([['-f'], ['a..b'], ['a b'], ['main;rm'], ['Adopt/X']])(
    'refuses the branch name %j',
    async (branch) => {
      await expect(
        runAction(
          publishLocalAction(),
          { workspaceDir: 'monorepo', branch, message: 'x' },
          { workspacePath: workspace },
        ),
      ).rejects.toThrow(InputError);
    },
  );

  it('refuses a branch that exists in the monorepo, never overwriting it', async () => {
    runGit(repository, ['branch', 'adopt/billing-phase-1']);
    const before = runGit(repository, ['rev-parse', 'adopt/billing-phase-1']).stdout.trim();
    await expect(
      runAction(
        publishLocalAction(),
        { workspaceDir: 'monorepo', branch: 'adopt/billing-phase-1', message: 'x' },
        { workspacePath: workspace },
      ),
    ).rejects.toThrow(/already exists/);
    expect(runGit(repository, ['rev-parse', 'adopt/billing-phase-1']).stdout.trim()).toBe(before);
  });
});
