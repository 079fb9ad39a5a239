import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Creates the billing service owned by the payments team.',
    example: stringify({
      steps: [
        {
          id: 'create',
          action: 'stratum:service:create',
          name: 'Write the service',
          input: { name: 'billing', owner: 'group:default/payments-team', description: 'Sends invoices.' },
        },
      ],
    }),
  },
];
