import { exampleInput, runAction } from '../testing/actionContext';
import { billingTask } from '../testing/billingTask';
import { addStackAction } from './addStack';
import { examples } from './addStack.examples';

describe('stratum:stack:add examples', () => {
  it('run in order on a new billing service (phase 2, then phase 3)', async () => {
    const { repository, workspace, remove } = await billingTask();
    try {
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
      remove();
    }
  });
});
