import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Commits the new billing service on the branch adopt/billing-phase-1 of the local monorepo.',
    example: stringify({
      steps: [
        {
          id: 'publish',
          action: 'stratum:publish:local',
          name: 'Commit on a new branch',
          input: {
            workspaceDir: '${{ steps.create.output.workspaceDir }}',
            branch: 'adopt/billing-phase-1',
            message: 'Phase 1: create the billing service',
          },
        },
      ],
    }),
  },
];
