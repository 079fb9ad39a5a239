import { join } from 'node:path';
import { exampleInput, runAction, workspaceDir } from '../testing/actionContext';
import { removeRepo, smallRepo } from '../testing/fixtureRepo';
import { addStackAction } from './addStack';
import { examples } from './addStack.examples';
import { createServiceAction } from './createService';

describe('stratum:stack:add examples', () => {
  it('run in order on a new billing service (phase 2, then phase 3)', async () => {
    const repository = smallRepo();
    const workspace = workspaceDir();
    try {
      await runAction(
        createServiceAction({ repository }),
        { name: 'billing', owner: 'group:payments-team' },
        { workspacePath: workspace },
      );
      const projects = [];
      for (const example of examples)
        projects.push(
          ...((
            await runAction(addStackAction({ repository }), exampleInput(example.example), {
              workspacePath: workspace,
            })
          ).projects as string[]),
        );
      expect(projects).toEqual(['services/billing/data', 'services/billing/monitoring']);
    } finally {
      removeRepo(repository);
      removeRepo(join(workspace, '..'));
    }
  });
});
