import { exampleInput, runAction } from '../testing/actionContext';
import { billingTask } from '../testing/billingTask';
import { monorepoCopy } from '@stratum/scaffold/src/testing/fixtureRepo';
import { verifyAction } from './verify';
import { examples } from './verify.examples';

jest.setTimeout(240_000);

describe('stratum:verify examples', () => {
  it.each(examples.map((e) => [e.description, e.example]))(
    '%s: a new service synthesizes, passes the prod gate and its tests',
    async (_d, example) => {
      const { workspace, remove } = await billingTask(monorepoCopy);
      try {
        const output = await runAction(verifyAction(), exampleInput(example), { workspacePath: workspace });
        expect(output.checks).toEqual(['synth', 'policy', 'tests']);
      } finally {
        remove();
      }
    },
  );
});
