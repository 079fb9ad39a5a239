import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { INFRASTRUCTURE_KINDS } from '@stratum/scaffold';
import { examples } from './addStack.examples';
import type { StratumActionOptions } from './monorepo';
import { setStepOutput, stepOutputSchema } from './outputSchema';
import { scaffoldStep } from './scaffoldStep';

/**
 * `stratum:stack:add`: phases 2-4 — adds a data stack (database or queue), a monitoring stack on shared
 * observability, or the security stack to an existing service. Refuses a phase before its predecessor and a stack
 * that exists, writing nothing.
 */
export function addStackAction(options: StratumActionOptions) {
  return createTemplateAction({
    id: 'stratum:stack:add',
    description:
      'Adds the next adoption phase (2 data, 3 monitoring + SLO alarms, 4 security) to a Stratum service.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        phase: (z) =>
          z.union([z.literal(2), z.literal(3), z.literal(4)]).describe('Adoption phase to add: 2, 3 or 4.'),
        service: (z) => z.string().describe('The existing service: component:default/<name> or <name>.'),
        kind: (z) =>
          z
            .enum(Object.keys(INFRASTRUCTURE_KINDS) as [keyof typeof INFRASTRUCTURE_KINDS])
            .optional()
            .describe(
              'Phase 2 only: database (PostgreSQL, stack data) or queue (SQS with dead letters, stack queue).',
            ),
      },
      output: stepOutputSchema,
    },
    async handler(ctx) {
      const output = await scaffoldStep(ctx, options, {
        phase: ctx.input.phase,
        service: ctx.input.service,
        ...(ctx.input.kind ? { kind: ctx.input.kind } : {}),
      });
      setStepOutput(ctx, output);
    },
  });
}
