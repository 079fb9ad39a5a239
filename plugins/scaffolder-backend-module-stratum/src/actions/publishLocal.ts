import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { runGit } from '@stratum/scaffold';
import { examples } from './publishLocal.examples';
import { checkpointKey, taskRepository } from './monorepo';

const BRANCH = /^[a-z0-9][a-z0-9._/-]*$/;

/** Checks a branch name: our own pattern, then git's rules (`git check-ref-format --branch`). */
function assertBranch(dir: string, branch: string): string {
  if (!BRANCH.test(branch) || branch.includes('..') || branch.length > 100)
    throw new InputError(
      `branch: ${JSON.stringify(branch)} is not allowed; use lowercase letters, digits, '.', '_', '-' and '/', e.g. adopt/billing-phase-1.`,
    );
  if (runGit(dir, ['check-ref-format', '--branch', branch], { allowFailure: true }).status !== 0)
    throw new InputError(`branch: ${JSON.stringify(branch)} is not a valid git branch name.`);
  return branch;
}

/**
 * `stratum:publish:local`: the embedded default publisher. Commits everything the earlier steps wrote in the task's
 * monorepo clone on a new branch and pushes that branch to the clone's origin (the local monorepo), with real git and
 * argv arrays. Refuses a branch that already exists there. Production templates use the stock pull-request publishers
 * (publish:github:pull-request) instead, so every phase is a reviewed pull request.
 */
export function publishLocalAction() {
  return createTemplateAction({
    id: 'stratum:publish:local',
    description:
      'Commits the scaffolded files on a new branch of the local monorepo (embedded default; production uses pull requests).',
    examples,
    schema: {
      input: {
        workspaceDir: (z) =>
          z
            .string()
            .describe('The monorepo clone in the task workspace (the create step output workspaceDir).'),
        branch: (z) =>
          z.string().describe('The new branch, e.g. adopt/billing-phase-1; must not exist in the monorepo.'),
        message: (z) => z.string().min(1).max(500).describe('The commit message.'),
      },
      output: {
        branch: (z) => z.string().describe('The branch pushed to the monorepo.'),
        commit: (z) => z.string().describe('The commit sha on that branch.'),
        remoteUrl: (z) => z.string().describe('The repository the branch was pushed to.'),
      },
    },
    async handler(ctx) {
      const dir = taskRepository(ctx, ctx.input.workspaceDir);
      const branch = assertBranch(dir, ctx.input.branch);
      const remoteUrl = runGit(dir, ['remote', 'get-url', 'origin']).stdout.trim();
      if (
        runGit(dir, ['ls-remote', '--exit-code', '--heads', 'origin', `refs/heads/${branch}`], {
          allowFailure: true,
        }).status === 0
      )
        throw new InputError(
          `branch: ${branch} already exists in ${remoteUrl}; pick another name (branches are never overwritten).`,
        );
      const profile = ctx.user?.entity?.spec?.profile;
      const author = [
        `user.name=${profile?.displayName ?? 'Stratum scaffolder'}`,
        `user.email=${profile?.email ?? 'scaffolder@stratum.local'}`,
      ];
      const commit = await ctx.checkpoint({
        key: checkpointKey(ctx, 'commit'),
        fn: async () => {
          runGit(dir, ['checkout', '--quiet', '-B', branch]);
          runGit(dir, ['add', '--all', '--', '.', ':(exclude)node_modules']);
          if (runGit(dir, ['diff', '--cached', '--quiet'], { allowFailure: true }).status === 0)
            throw new InputError('Nothing to publish: the earlier steps changed no file.');
          runGit(dir, [
            '-c',
            author[0]!,
            '-c',
            author[1]!,
            'commit',
            '--quiet',
            '--no-verify',
            '-m',
            ctx.input.message,
          ]);
          return runGit(dir, ['rev-parse', 'HEAD']).stdout.trim();
        },
      });
      await ctx.checkpoint({
        key: checkpointKey(ctx, 'push'),
        fn: async () => {
          runGit(dir, ['push', '--quiet', 'origin', `refs/heads/${branch}:refs/heads/${branch}`]);
        },
      });
      ctx.logger.info(`Pushed ${branch} (${commit.slice(0, 12)}) to ${remoteUrl}`);
      ctx.output('branch', branch);
      ctx.output('commit', commit);
      ctx.output('remoteUrl', remoteUrl);
    },
  });
}
