import { join } from 'node:path';
import { exampleInput, runAction, workspaceDir } from '../testing/actionContext';
import { removeRepo, smallRepo } from '@stratum/scaffold/src/testing/fixtureRepo';
import { createServiceAction } from './createService';
import { examples } from './createService.examples';

describe('stratum:service:create examples', () => {
  it.each(examples.map((e) => [e.description, e.example]))('%s', async (_description, example) => {
    const repository = smallRepo();
    const workspace = workspaceDir();
    try {
      const output = await runAction(createServiceAction({ repository }), exampleInput(example), {
        workspacePath: workspace,
      });
      expect(output.projects).toEqual(['services/billing/app']);
    } finally {
      removeRepo(repository);
      removeRepo(join(workspace, '..'));
    }
  });
});
