import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Verifies the projects the create step wrote, under the strict prod policy profile.',
    example: stringify({
      steps: [
        {
          id: 'verify',
          action: 'stratum:verify',
          name: 'Synth, policy gate and tests',
          input: {
            workspaceDir: '${{ steps.create.output.workspaceDir }}',
            projects: ['services/billing/app'],
            env: 'prod',
          },
        },
      ],
    }),
  },
];
