import { join } from 'node:path';
import { runGit } from '../scaffold';
import { exampleInput, runAction, workspaceDir } from '../testing/actionContext';
import { removeRepo, smallRepo } from '../testing/fixtureRepo';
import { createServiceAction } from './createService';
import { publishLocalAction } from './publishLocal';
import { examples } from './publishLocal.examples';

describe('stratum:publish:local examples', () => {
  it.each(examples.map((e) => [e.description, e.example]))('%s', async (_d, example) => {
    const repository = smallRepo();
    const workspace = workspaceDir();
    try {
      await runAction(
        createServiceAction({ repository }),
        { name: 'billing', owner: 'group:payments-team' },
        { workspacePath: workspace },
      );
      const input = exampleInput(example);
      const output = await runAction(publishLocalAction(), input, { workspacePath: workspace });
      expect(runGit(repository, ['rev-parse', String(input.branch)]).stdout.trim()).toBe(output.commit);
    } finally {
      removeRepo(repository);
      removeRepo(join(workspace, '..'));
    }
  });
});
