import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedProject } from '@stratum/workspace/src/testing';
import { cliWorkspace, runCli } from '../test/harness';

/** A stack that opens SSH to the world through a raw override, past the constructs' own checks. */
const OPEN_SSH_STACK = `import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';
export default class OpenStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    this.addOverride('resource.aws_security_group.open', {
      name: 'open',
      ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }],
    });
  }
}
`;

describe('stratum plan and the policy gate', () => {
  test('a violation stops the plan before terraform runs, naming the resource and rule', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', OPEN_SSH_STACK) });
    const { code, stdout, stderr } = await runCli(
      root,
      'plan',
      '--env',
      'dev',
      '--projects',
      'network',
      '--json',
    );
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as { refused: string[]; stacks: unknown[] };
    assert.deepEqual(report.stacks, []);
    assert.ok(
      report.refused.some((r) => /aws_security_group\.open: STRAT-SG-001/.test(r)),
      report.refused.join('\n'),
    );
    assert.equal(
      existsSync(join(root, 'shared-infra/network/cdktf.out/dev/stacks/network-us-east-1/.terraform')),
      false,
      stderr,
    );
  });

  test('--affected needs --base, and targets are exclusive', async () => {
    const root = cliWorkspace({ ...sharedProject('network', 'infrastructure', OPEN_SSH_STACK) });
    assert.equal((await runCli(root, 'plan', '--env', 'dev', '--affected')).code, 2);
    assert.equal((await runCli(root, 'plan', '--env', 'dev', '--all', '--projects', 'network')).code, 2);
  });
});
