import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { App } from '../cdktn';
import { testContext, testEnvironment, synthStack } from '../testing';
import { StratumStack, TERRAFORM_TARGETS } from './base-stack';
import { defineOutputs } from './outputs';

describe('StratumStack', () => {
  test('points every AWS API at the emulator and keeps state in a local file for the local environment', () => {
    const ctx = testContext({ name: 'network', layer: 'infrastructure', root: 'shared-infra/network' });
    const { parsed } = synthStack(ctx, () => {});
    const provider = parsed.provider?.aws?.[0] as Record<string, unknown>;
    assert.equal(provider.region, 'us-east-1');
    assert.deepEqual(provider.allowed_account_ids, ['123456789012']);
    const endpoints = (provider.endpoints as Record<string, string>[])[0]!;
    assert.equal(endpoints.ec2, 'http://127.0.0.1:4566');
    assert.equal(endpoints.sts, 'http://127.0.0.1:4566');
    assert.equal(provider.skip_credentials_validation, true);
    const backend = (parsed.terraform?.backend as Record<string, { path: string }>).local;
    assert.equal(backend?.path, '../../../../../../.stratum/state/test/us-east-1/network.tfstate');
  });

  test('uses an S3 backend with locking, one key per stack and environment, and assumes the role', () => {
    const env = testEnvironment({
      name: 'prod',
      endpoint: undefined,
      assumeRoleArn: 'arn:aws:iam::123456789012:role/deployer',
      stateBackend: { type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1' },
    });
    const ctx = testContext(
      { name: 'payments-data', layer: 'data', root: 'services/payments/data', service: 'payments' },
      env,
    );
    const { parsed } = synthStack(ctx, () => {});
    const s3 = (parsed.terraform?.backend as Record<string, Record<string, unknown>>).s3!;
    assert.equal(s3.bucket, 'acme-tfstate');
    assert.equal(s3.key, 'stratum/prod/us-east-1/payments-data.tfstate');
    assert.equal(s3.use_lockfile, true);
    assert.equal(s3.encrypt, true);
    const provider = parsed.provider?.aws?.[0] as Record<string, unknown>;
    assert.equal(provider.endpoints, undefined);
    assert.deepEqual(provider.assume_role, [
      { role_arn: 'arn:aws:iam::123456789012:role/deployer', session_name: 'stratum-prod' },
    ]);
  });

  test("declares its Terraform targets, so a full synth with cdktn's validations accepts S3-native locking", () => {
    const env = testEnvironment({
      name: 'prod',
      endpoint: undefined,
      stateBackend: { type: 's3', bucket: 'acme-tfstate', region: 'eu-west-1' },
    });
    const ctx = testContext({ name: 'network', layer: 'infrastructure', root: 'shared-infra/network' }, env);
    const outdir = mkdtempSync(join(tmpdir(), 'stratum-targets-'));
    try {
      const app = new App({ outdir, stackTraces: false });
      const stack = new StratumStack(app, ctx);
      assert.deepEqual(stack.node.tryGetContext('targetVersions'), TERRAFORM_TARGETS);
      app.synth(); // throws "S3 native state locking requires ..." when the targets admit Terraform < 1.10
      const json = JSON.parse(
        readFileSync(join(outdir, 'stacks', 'network-us-east-1', 'cdk.tf.json'), 'utf8'),
      ) as { terraform: { backend: { s3: Record<string, unknown> } } };
      assert.equal(json.terraform.backend.s3.use_lockfile, true);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('tags every resource with owner, service, layer, environment and the deployed commit', () => {
    const ctx = testContext({
      name: 'orders-app',
      layer: 'application',
      owner: 'orders-team',
      service: 'orders',
      root: 'services/orders/app',
    });
    const { parsed } = synthStack(ctx, () => {});
    const tags = (
      (parsed.provider?.aws?.[0] as Record<string, unknown>).default_tags as {
        tags: Record<string, string>;
      }[]
    )[0]!.tags;
    assert.equal(tags['stratum:owner'], 'orders-team');
    assert.equal(tags['stratum:service'], 'orders');
    assert.equal(tags['stratum:layer'], 'application');
    assert.equal(tags['stratum:environment'], 'test');
    assert.equal(tags['stratum:git-sha'], '${var.stratum_git_sha}');
    assert.equal(parsed.variable?.stratum_git_sha?.default, 'unversioned');
  });

  test('typed outputs publish snake_case outputs and read them back through remote state', () => {
    const contract = defineOutputs('network', { vpcId: 'string', privateSubnetIds: 'list' });
    const producer = synthStack(
      testContext({ name: 'network', layer: 'infrastructure', root: 'shared-infra/network' }),
      (stack) => contract.publish(stack, { vpcId: 'vpc-1', privateSubnetIds: ['a', 'b'] }),
    );
    assert.deepEqual(producer.parsed.output?.vpc_id, { value: 'vpc-1' });
    assert.deepEqual(producer.parsed.output?.private_subnet_ids, { value: ['a', 'b'] });

    const ctx = testContext({
      name: 'payments-app',
      layer: 'application',
      root: 'services/payments/app',
      service: 'payments',
    });
    let vpcId = '';
    const consumer = synthStack(ctx, (stack) => {
      vpcId = contract.read(stack, ctx).vpcId;
      contract.read(stack, ctx); // a second read reuses the same data source
    });
    assert.match(vpcId, /\$\{TfToken/);
    const remote = consumer.parsed.data?.terraform_remote_state ?? {};
    assert.deepEqual(Object.keys(remote), ['remote-state-network']);
    // services/payments/app/cdktf.out/<env>/stacks/<stack> is seven folders below the root
    assert.equal(
      (remote['remote-state-network']!.config as { path: string }).path,
      '../../../../../../../.stratum/state/test/us-east-1/network.tfstate',
    );
  });
});
