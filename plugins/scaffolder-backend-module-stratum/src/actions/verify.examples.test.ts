import { join } from 'node:path';
import { exampleInput, runAction, workspaceDir } from '../testing/actionContext';
import { monorepoCopy, removeRepo } from '../testing/fixtureRepo';
import { createServiceAction } from './createService';
import { verifyAction } from './verify';
import { examples } from './verify.examples';

jest.setTimeout(240_000);

describe('stratum:verify examples', () => {
  it.each(examples.map((e) => [e.description, e.example]))(
    '%s: a new service synthesizes, passes the prod gate and its tests',
    async (_d, example) => {
      const repository = monorepoCopy();
      const workspace = workspaceDir();
      try {
        await runAction(
          createServiceAction({ repository }),
          { name: 'billing', owner: 'group:payments-team' },
          { workspacePath: workspace },
        );
        const output = await runAction(verifyAction(), exampleInput(example), { workspacePath: workspace });
        expect(output.checks).toEqual(['synth', 'policy', 'tests']);
      } finally {
        removeRepo(repository);
        removeRepo(join(workspace, '..'));
      }
    },
  );
});
