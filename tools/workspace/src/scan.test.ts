import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError } from '@stratum/config';
import { discoverProjects, scanWorkspace } from './index';
import { makeWorkspace, service, sharedProject } from './testing';

describe('workspace scan', () => {
  const broken = () =>
    makeWorkspace({
      ...sharedProject('network', 'infrastructure'),
      'shared-infra/lonely/stratum.yaml': 'layer: platform\n',
      'shared-infra/lonely/src/stack.ts': '',
      'shared-infra/bad/stratum.yaml': 'layer: nope\nowner: platform-team\n',
      'shared-infra/bad/src/stack.ts': '',
      ...service('orders', 'group:orders-team', { app: ['application'] }),
      'services/orders/app/stratum.yaml': 'layer: application\nowner: payments-team\n',
      ...service('billing', 'group:ghosts', { app: ['application'] }),
    });

  test('returns orphans and problems, naming file and field, where discoverProjects throws them', () => {
    const root = broken();
    const scan = scanWorkspace(root);
    assert.deepEqual(
      scan.projects.map((p) => [p.name, p.owner]),
      [
        ['billing-app', null],
        ['lonely', null],
        ['network', 'platform-team'],
        ['orders-app', 'orders-team'],
      ],
    );
    assert.deepEqual(
      scan.orphans.map((o) => [o.name, o.declaredOwner, o.reason]),
      [
        [
          'billing-app',
          null,
          "services/billing/catalog-info.yaml: spec.owner 'ghosts' is not a Group in services/org.yaml; add the group there or fix the name.",
        ],
        [
          'lonely',
          null,
          "shared-infra/lonely/stratum.yaml: no owner; shared projects name their owner group, e.g. 'owner: platform-team'.",
        ],
      ],
    );
    assert.deepEqual(
      scan.problems.map((p) => [p.file, p.field, p.projects, p.ownership ?? false]),
      [
        ['shared-infra/bad/stratum.yaml', 'layer', ['shared-infra/bad'], false],
        ['shared-infra/lonely/stratum.yaml', 'owner', ['shared-infra/lonely'], true],
        ['services/billing/catalog-info.yaml', 'spec.owner', ['services/billing/app'], true],
        ['services/billing/app/stratum.yaml', 'owner', ['services/billing/app'], true],
        ['services/orders/app/stratum.yaml', 'owner', ['services/orders/app'], false],
      ],
    );
    assert.match(
      scan.problems[4]!.message,
      /^services\/orders\/app\/stratum.yaml: owner 'payments-team' differs from the service owner 'orders-team'/,
    );

    assert.throws(
      () => discoverProjects(root),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.message, scan.problems.map((p) => p.message).join('\n'));
        assert.equal(error.file, 'shared-infra/bad/stratum.yaml');
        return true;
      },
    );
  });

  test('an unreadable org file is a problem of the whole workspace; the strict loader throws it alone', () => {
    const root = makeWorkspace({
      ...sharedProject('network', 'infrastructure'),
      'shared-infra/c/stratum.yaml': 'layer: platform\n',
      'shared-infra/c/src/stack.ts': '',
      'services/org.yaml': 'kind: [\n',
    });
    const scan = scanWorkspace(root);
    assert.deepEqual(
      scan.problems.map((p) => [p.file, p.projects]),
      [
        ['services/org.yaml', []],
        ['shared-infra/c/stratum.yaml', ['shared-infra/c']],
      ],
    );
    assert.throws(
      () => discoverProjects(root),
      (error: unknown) => error instanceof ConfigError && error.message === scan.problems[0]!.message,
    );
  });
});
