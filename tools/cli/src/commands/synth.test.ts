import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { service, sharedProject } from '@stratum/workspace/src/testing';
import { cliWorkspace, EMPTY_STACK, runCli } from '../test/harness';

describe('stratum synth', () => {
  test('writes one stack per region of the environment, and nothing for an unknown environment', async () => {
    const root = cliWorkspace({
      ...sharedProject('network', 'infrastructure', EMPTY_STACK),
      ...service('payments', 'group:payments-team', { app: ['application', EMPTY_STACK] }),
    });
    const prod = await runCli(root, 'synth', '--env', 'prod', '--projects', 'network', '--json');
    assert.equal(prod.code, 0, prod.stderr);
    const stacks = JSON.parse(prod.stdout) as { stack: string; dir: string; hash: string }[];
    assert.deepEqual(
      stacks.map((s) => s.stack),
      ['network-us-east-1', 'network-eu-west-1'],
    );
    const json = JSON.parse(readFileSync(join(root, stacks[1]!.dir, 'cdk.tf.json'), 'utf8'));
    assert.equal(json.provider.aws[0].region, 'eu-west-1');
    assert.equal(json.terraform.backend.s3.key, 'stratum/prod/eu-west-1/network.tfstate');

    const unknown = await runCli(root, 'synth', '--env', 'qa');
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /Unknown environment 'qa'\. Known environments: dev, local, local-prod, prod, staging/,
    );
    assert.equal(existsSync(join(root, 'shared-infra/network/cdktf.out/qa')), false);
  });

  test('the same code synthesizes to the same bytes (no timestamps, no commit)', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', EMPTY_STACK) });
    const first = JSON.parse((await runCli(root, 'synth', '--env', 'dev', '--json')).stdout) as {
      hash: string;
    }[];
    const second = JSON.parse((await runCli(root, 'synth', '--env', 'dev', '--json')).stdout) as {
      hash: string;
    }[];
    assert.equal(first[0]!.hash, second[0]!.hash);
  });

  test('a failing project leaves its previous output untouched and names the file', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', EMPTY_STACK) });
    assert.equal((await runCli(root, 'synth', '--env', 'dev')).code, 0);
    const out = join(root, 'shared-infra/network/cdktf.out/dev/stacks/network-us-east-1/cdk.tf.json');
    const before = readFileSync(out, 'utf8');
    const entry = join(root, 'shared-infra/network/src/stack.ts');
    writeFileSync(entry, `${EMPTY_STACK}\nthrow new Error('broken on purpose');\n`);
    delete require.cache[entry]; // the CLI runs in this test process; a real run is a fresh process
    const broken = await runCli(root, 'synth', '--env', 'dev');
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /shared-infra\/network\/src\/stack.ts: failed to load: broken on purpose/);
    assert.equal(readFileSync(out, 'utf8'), before);
  });

  test('a stack file whose default export is not a StratumStack is refused with what to write', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', 'export default 42;\n') });
    const { code, stderr } = await runCli(root, 'synth', '--env', 'dev');
    assert.equal(code, 1);
    assert.match(stderr, /must be a class extending StratumStack/);
  });

  test('unknown --projects names are a usage error listing the known ones', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', EMPTY_STACK) });
    const { code, stderr } = await runCli(root, 'synth', '--env', 'dev', '--projects', 'network,netwrk');
    assert.equal(code, 2);
    assert.match(stderr, /Unknown project\(s\): netwrk\. Known projects: network/);
  });

  test('a per-service override for a service that does not exist names the environment file', async () => {
    const root = cliWorkspace({
      ...service('orders', 'group:orders-team', { app: ['application', EMPTY_STACK] }),
    });
    const { code, stderr } = await runCli(root, 'synth', '--env', 'prod');
    assert.equal(code, 1);
    assert.match(
      stderr,
      /environments\/prod.yaml: services.payments: no service 'payments' under services\/; known services: orders/,
    );
  });

  test('--env is required', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', EMPTY_STACK) });
    const { code, stderr } = await runCli(root, 'synth');
    assert.equal(code, 2);
    assert.match(stderr, /--env <name> is required/);
  });
});
