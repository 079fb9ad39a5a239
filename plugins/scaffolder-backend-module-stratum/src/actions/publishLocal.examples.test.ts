import { runGit } from '@stratum/scaffold';
import { exampleInput, runAction } from '../testing/actionContext';
import { billingTask } from '../testing/billingTask';
import { publishLocalAction } from './publishLocal';
import { examples } from './publishLocal.examples';

describe('stratum:publish:local examples', () => {
  it.each(examples.map((e) => [e.description, e.example]))('%s', async (_d, example) => {
    const { repository, workspace, remove } = await billingTask();
    try {
      const input = exampleInput(example);
      const output = await runAction(publishLocalAction(), input, { workspacePath: workspace });
      expect(runGit(repository, ['rev-parse', String(input.branch)]).stdout.trim()).toBe(output.commit);
    } finally {
      remove();
    }
  });
});
