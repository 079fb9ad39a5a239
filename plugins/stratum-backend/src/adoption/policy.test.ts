import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoWorkspace, removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { prodPolicyGate } from './policy';

const REPO = join(__dirname, '../../../..');
const APP = 'services/payments/app';

function synth(root: string, body: unknown): void {
  const dir = join(root, APP, 'cdktf.out/prod/stacks/payments-app');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(body));
}

describe('prodPolicyGate', () => {
  let root: string;
  beforeEach(() => {
    const environments = Object.fromEntries(
      readdirSync(join(REPO, 'environments')).map((file) => [
        `environments/${file}`,
        readFileSync(join(REPO, 'environments', file), 'utf8'),
      ]),
    );
    root = demoWorkspace(environments);
  });
  afterEach(() => removeWorkspace(root));

  it('does not evaluate a service that was not synthesized for prod, and says how to fix it', () => {
    const verdict = prodPolicyGate(root)('payments', [APP]);
    expect(verdict.status).toBe('not_evaluated');
    expect(verdict.detail).toMatch(/stratum synth --env prod/);
  });

  it('passes clean stacks and fails blocking findings', () => {
    const gate = prodPolicyGate(root);
    synth(root, { resource: { aws_sqs_queue: { jobs: { name: 'jobs' } } } });
    expect(gate('payments', [APP])).toMatchObject({ status: 'pass' });
    synth(root, { resource: { aws_kms_key: { data: { description: 'data', enable_key_rotation: false } } } });
    const verdict = gate('payments', [APP]);
    expect(verdict.status).toBe('fail');
    expect(verdict.detail).toMatch(/blocking finding/);
  });

  it('fails a gate that passes only thanks to a suppression', () => {
    synth(root, {
      resource: {
        aws_kms_key: {
          data: {
            description: 'data',
            enable_key_rotation: false,
            '//': {
              stratum_suppressions: {
                'STRAT-KMS-001': {
                  reason: 'imported key, rotated by hand',
                  owner: 'payments-team',
                  expires: '2099-01-01',
                },
              },
            },
          },
        },
      },
    });
    const verdict = prodPolicyGate(root)('payments', [APP]);
    expect(verdict.status).toBe('fail');
    expect(verdict.detail).toMatch(/suppression/);
  });
});
