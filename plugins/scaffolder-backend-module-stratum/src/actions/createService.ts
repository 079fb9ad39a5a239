import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { examples } from './createService.examples';
import type { StratumActionOptions } from './monorepo';
import { scaffoldStep } from './scaffoldStep';
import { setStepOutput, stepOutputSchema } from './outputSchema';

/**
 * `stratum:service:create`: phase 1 — writes a new service (application stack, catalog-info.yaml, OpenSLO stub) into
 * a clone of the monorepo from templates/phase-1-service/skeleton. Refuses bad names, an owner not in the catalog and
 * an existing service, writing nothing.
 */
export function createServiceAction(options: StratumActionOptions) {
  return createTemplateAction({
    id: 'stratum:service:create',
    description:
      'Creates a Stratum service (phase 1: application stack, catalog-info.yaml, slo.yaml stub) in a clone of the monorepo.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: (z) =>
          z
            .string()
            .describe(
              'Service name: folder services/<name>, catalog entity and AWS name part (lowercase letters, digits, dashes).',
            ),
        owner: (z) =>
          z
            .string()
            .describe(
              'Owner group as an entity reference, e.g. group:default/payments-team; must be in the catalog.',
            ),
        description: (z) =>
          z
            .string()
            .optional()
            .describe('One line about the service, written literally into catalog-info.yaml.'),
      },
      output: stepOutputSchema,
    },
    async handler(ctx) {
      const output = await scaffoldStep(ctx, options, {
        phase: 1,
        service: ctx.input.name,
        owner: ctx.input.owner,
        ...(ctx.input.description !== undefined ? { description: ctx.input.description } : {}),
      });
      setStepOutput(ctx, output);
    },
  });
}
