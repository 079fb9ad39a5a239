import type { ServiceAdoption } from '@stratum/plugin-stratum-common';

export function serviceAdoption(overrides: Partial<ServiceAdoption> = {}): ServiceAdoption {
  return {
    service: 'payments',
    component: 'payments',
    owner: 'payments-team',
    phase: 1,
    checks: [
      {
        id: 'in-catalog',
        phase: 1,
        title: 'In the catalog',
        status: 'pass',
        detail: 'services/payments/catalog-info.yaml names owner payments-team',
      },
      {
        id: 'application-deployed',
        phase: 2,
        title: 'Application deployed',
        status: 'fail',
        detail:
          'payments-app has no successful deploy; run npx stratum deploy --env dev --projects payments-app',
      },
    ],
    nextTemplate: {
      name: 'phase-2-app-infrastructure',
      ref: 'template:default/phase-2-app-infrastructure',
      phase: 2,
    },
    ...overrides,
  };
}
