import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Adds a PostgreSQL database (phase 2) to the billing service.',
    example: stringify({
      steps: [
        {
          id: 'add',
          action: 'stratum:stack:add',
          name: 'Add the database',
          input: { phase: 2, service: 'component:default/billing', kind: 'database' },
        },
      ],
    }),
  },
  {
    description: 'Adds the monitoring stack and SLO alarms (phase 3) to the billing service.',
    example: stringify({
      steps: [
        {
          id: 'add',
          action: 'stratum:stack:add',
          name: 'Add monitoring',
          input: { phase: 3, service: 'billing' },
        },
      ],
    }),
  },
];
