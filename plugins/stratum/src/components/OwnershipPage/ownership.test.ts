import { component, group, resource } from '../../testing/catalog';
import { ownershipView } from './ownership';

describe('ownershipView', () => {
  it('puts a service stack under its component and flags owners that do not resolve', () => {
    const view = ownershipView(
      [group('payments-team')],
      [component('payments', 'payments-team')],
      [
        resource('payments-app', 'application', 'payments-team', {
          dependencyOf: ['component:default/payments'],
        }),
        resource('payments-security', 'security', 'payments-team', {
          dependencyOf: ['component:default/payments'],
        }),
        resource('network', 'infrastructure', 'ghost-team'),
        resource('dns', 'infrastructure', 'unowned'),
      ],
    );
    expect(view.groups).toEqual([
      {
        group: 'payments-team',
        services: [
          {
            component: 'payments',
            stacks: [
              { name: 'payments-security', layer: 'security', orphanReason: null },
              { name: 'payments-app', layer: 'application', orphanReason: null },
            ],
          },
        ],
        shared: [],
      },
    ]);
    expect(view.unowned).toEqual([
      { name: 'dns', layer: 'infrastructure', orphanReason: 'names no owner' },
      {
        name: 'network',
        layer: 'infrastructure',
        orphanReason: 'owner ghost-team is not a Group of the catalog',
      },
    ]);
  });
});
