import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { runPolicy } from './engine';
import { PolicyInputError } from './errors';
import { check, NOW, r, stack, type TfJson } from './fixtures/harness';
import { secureStack } from './fixtures/secure-stack';
import { formatPolicyJson, formatPolicyText, policyExitCode } from './format';
import { testEnvironment } from './fixtures/environment';

const dir = mkdtempSync(join(tmpdir(), 'stratum-policy-engine-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, json: TfJson | string): string {
  const file = join(dir, name, 'cdk.tf.json');
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  return file;
}

const openDb = stack(
  r('aws_db_instance', 'db', {
    publicly_accessible: true,
    storage_encrypted: true,
    deletion_protection: true,
    manage_master_user_password: true,
  }),
);

describe('runPolicy', () => {
  test('a secure stack passes every profile with no finding at all', () => {
    const file = write('secure', secureStack());
    for (const profile of ['baseline', 'standard', 'strict'] as const) {
      const report = runPolicy({ files: [file], env: testEnvironment(profile), now: NOW });
      assert.deepEqual([...report.violations, ...report.warnings, ...report.unknown], [], profile);
      assert.equal(policyExitCode(report), 0);
    }
  });

  test('a violation fails the gate with file, address, rule, checkov id, severity, message and fix', () => {
    const file = write('open-db', openDb);
    const report = runPolicy({ files: [file], env: testEnvironment('baseline'), now: NOW });
    assert.equal(policyExitCode(report), 1);
    const json = JSON.parse(formatPolicyJson(report));
    assert.deepEqual(json.violations, [
      {
        file,
        address: 'aws_db_instance.db',
        rule: 'STRAT-RDS-002',
        checkov: 'CKV_AWS_17',
        checkovIds: ['CKV_AWS_17'],
        evidence: [],
        severity: 'critical',
        message: 'aws_db_instance.db sets publicly_accessible = true',
        fix: 'Set publicly_accessible = false and reach the database from inside the VPC (private subnets, a bastion via SSM, or RDS Proxy).',
      },
    ]);
    assert.deepEqual(Object.keys(json).sort(), [
      'blockingSeverities',
      'files',
      'passed',
      'profile',
      'suppressed',
      'unknown',
      'unknownBlocks',
      'violations',
      'warnings',
    ]);
  });

  test('an unparseable or truncated file fails closed, even beside good files', () => {
    const good = write('good', secureStack());
    const text = JSON.stringify(openDb, null, 2);
    const truncated = write('truncated', text.slice(0, Math.floor(text.length / 2)));
    assert.throws(
      () => runPolicy({ files: [good, truncated], now: NOW }),
      (e: unknown) =>
        e instanceof PolicyInputError && e.file === truncated && /looks truncated/.test(e.message),
    );
    const garbage = write('garbage', '<html>not json</html>');
    assert.throws(
      () => runPolicy({ files: [garbage] }),
      (e: unknown) => e instanceof PolicyInputError && e.file === garbage,
    );
    assert.throws(() => runPolicy({ files: [join(dir, 'missing', 'cdk.tf.json')] }), PolicyInputError);
  });

  test('stacks of one run resolve each other through remote state', () => {
    const network = write('network', {
      ...stack(r('aws_vpc', 'main', {})),
      output: { vpc_id: { value: '${aws_vpc.main.id}' } },
      terraform: { backend: { local: { path: '../state/network.tfstate' } } },
    });
    const security = write('security', {
      ...stack(
        r('aws_flow_log', 'vpc', {
          vpc_id: '${data.terraform_remote_state.network.outputs.vpc_id}',
          traffic_type: 'ALL',
        }),
      ),
      data: {
        terraform_remote_state: {
          network: { backend: 'local', config: { path: '../state/network.tfstate' } },
        },
      },
    });
    const together = runPolicy({ files: [network, security], env: testEnvironment('standard'), now: NOW });
    assert.equal(together.unknown.filter((f) => f.rule === 'STRAT-NET-001').length, 0);
    assert.equal(together.violations.filter((f) => f.rule === 'STRAT-NET-001').length, 0);
    const alone = runPolicy({ files: [network], env: testEnvironment('standard'), now: NOW });
    assert.equal(alone.violations.filter((f) => f.rule === 'STRAT-NET-001').length, 1);
  });

  test('findings carry the construct path from cdktf metadata', () => {
    const json = secureStack('web');
    const resource = json.resource as Record<string, Record<string, Record<string, unknown>>>;
    resource.aws_kms_key!.main!.enable_key_rotation = false;
    const [finding] = check(json).violations;
    assert.equal(finding?.constructPath, 'web/key');
  });
});

describe('formatPolicyText', () => {
  test('prints a table with the columns and a verdict line', () => {
    const report = check(openDb, { profile: 'baseline' });
    const text = formatPolicyText(report);
    const lines = text.split('\n');
    assert.match(lines[1] ?? '', /^FILE\s+RESOURCE\s+RULE\s+CHECKOV\s+SEVERITY\s+MESSAGE\s+FIX$/);
    assert.match(
      lines[2] ?? '',
      /stacks\/s0\/cdk\.tf\.json\s+aws_db_instance\.db\s+STRAT-RDS-002\s+CKV_AWS_17\s+critical\s+/,
    );
    assert.match(
      text,
      /policy FAILED: 1 violation\(s\), 0 unknown, 0 warning\(s\), 0 suppressed in 1 file\(s\); profile baseline blocks high, critical\./,
    );
    assert.match(formatPolicyText(check(secureStack())), /^policy passed: 0 violation/m);
  });
});
