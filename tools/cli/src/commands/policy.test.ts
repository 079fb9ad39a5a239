import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT, runCli } from '../test/harness';

function file(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-policy-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const openSsh = JSON.stringify({
  resource: {
    aws_security_group: {
      web: {
        name: 'web',
        ingress: [{ from_port: 0, to_port: 65535, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }],
      },
    },
  },
});

describe('stratum policy on files', () => {
  test('a violation exits 1 and names the resource, rule and checkov id', async () => {
    const { code, stdout } = await runCli(REPO_ROOT, 'policy', '--json', file('open.tf.json', openSsh));
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as {
      violations: { address: string; rule: string; checkov: string | null }[];
    };
    const ssh = report.violations.find((v) => v.rule === 'STRAT-SG-001');
    assert.equal(ssh?.address, 'aws_security_group.web');
    assert.equal(ssh?.checkov, 'CKV_AWS_24');
  });

  test('a clean file exits 0', async () => {
    const clean = JSON.stringify({
      resource: { aws_sqs_queue: { q: { name: 'q', sqs_managed_sse_enabled: true } } },
    });
    const { code } = await runCli(REPO_ROOT, 'policy', file('clean.tf.json', clean));
    assert.equal(code, 0);
  });

  test('a truncated file fails closed with exit 2', async () => {
    const path = file('cut.tf.json', openSsh.slice(0, 40));
    const { code, stderr } = await runCli(REPO_ROOT, 'policy', path);
    assert.equal(code, 2);
    assert.match(stderr, /cut\.tf\.json/);
  });

  test('no --env and no files is a usage error', async () => {
    const { code } = await runCli(REPO_ROOT, 'policy');
    assert.equal(code, 2);
  });
});

describe('the shipped stacks', () => {
  for (const env of ['local', 'dev', 'staging', 'prod']) {
    test(`pass the policy gate in ${env} with no suppression`, async () => {
      const { code, stdout, stderr } = await runCli(REPO_ROOT, 'policy', '--env', env, '--json');
      assert.equal(code, 0, `${stderr}\n${stdout.slice(0, 4000)}`);
      const report = JSON.parse(stdout) as { violations: unknown[]; suppressed: unknown[]; files: string[] };
      assert.deepEqual(report.violations, []);
      assert.deepEqual(report.suppressed, []);
      assert.equal(report.files.length, env === 'prod' ? 22 : 11);
    });
  }
});
